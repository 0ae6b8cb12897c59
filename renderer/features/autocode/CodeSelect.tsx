import { useMemo } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { buildCodeTree, type CodeNode } from '../codebook/codeTree';

interface Props {
  id: string;
  codes: Code[];
  value: number | null;
  placeholder: string;
  onChange: (id: number | null) => void;
}

function flatten(nodes: CodeNode[], depth: number, out: { code: Code; depth: number }[]): void {
  for (const node of nodes) {
    out.push({ code: node.code, depth });
    flatten(node.children, depth + 1, out);
  }
}

/** Every code of the codebook, families included, indented under their family as in the tree. */
export function CodeSelect({ id, codes, value, placeholder, onChange }: Props) {
  const options = useMemo(() => {
    const out: { code: Code; depth: number }[] = [];
    flatten(buildCodeTree(codes), 0, out);
    // Em spaces indent a code under its family (an option cannot hold other markup).
    return out.map(({ code, depth }) => ({ id: code.id, label: '\u2003'.repeat(depth) + code.name }));
  }, [codes]);
  return (
    <select id={id} className="input" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
