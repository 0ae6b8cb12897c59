import { useEffect, useMemo, useRef } from 'react';
import type { CodeChoice } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { buildCodeTree, type CodeNode } from '../../codebook/codeTree';

interface Props {
  codes: readonly Code[] | undefined;
  choice: CodeChoice;
  onChange: (choice: CodeChoice) => void;
}

/**
 * The codes of the matrix: the codebook as a tree of check boxes. A family's box adds (or removes)
 * all its codes at once; « avec sous-codes » makes each row count its sub-codes' passages too.
 */
export function MatrixCodeChoice({ codes, choice, onChange }: Props) {
  const { t, tc } = useI18n();
  const roots = useMemo(() => buildCodeTree(codes ?? []), [codes]);
  const chosen = new Set(choice.codeIds);
  const set = (codeIds: number[]) => onChange({ ...choice, codeIds });

  const toggleCode = (id: number) => set(chosen.has(id) ? choice.codeIds.filter((c) => c !== id) : [...choice.codeIds, id]);
  const toggleFamily = (family: CodeNode) => {
    const ids = family.children.map((child) => child.code.id);
    const all = ids.every((id) => chosen.has(id));
    set(all ? choice.codeIds.filter((id) => !ids.includes(id)) : [...choice.codeIds, ...ids.filter((id) => !chosen.has(id))]);
  };

  const codeRow = (node: CodeNode, depth: number) => (
    <li key={node.code.id}>
      <label className="matrix-codes__item" style={{ paddingInlineStart: `${8 + depth * 18}px` }} title={node.code.path}>
        <input type="checkbox" checked={chosen.has(node.code.id)} onChange={() => toggleCode(node.code.id)} aria-label={node.code.path.split('/').join(' › ')} />
        <span className="swatch" style={{ backgroundColor: node.code.color }} aria-hidden="true" />
        <span className="matrix-codes__name">{node.code.name}</span>
      </label>
      {node.children.length > 0 ? <ul>{node.children.map((child) => codeRow(child, depth + 1))}</ul> : null}
    </li>
  );

  return (
    <div className="panel-scroll matrix-codes" data-testid="matrix-codes">
      <label className="matrix-codes__children">
        <input type="checkbox" checked={choice.withChildren} onChange={(event) => onChange({ ...choice, withChildren: event.target.checked })} />
        <span>
          {t('matrix.codes.withChildren')}
          <span className="matrix-codes__hint">{t('matrix.codes.withChildrenHint')}</span>
        </span>
      </label>
      <div className="matrix-codes__bar">
        <span className="matrix-codes__count" role="status">
          {tc(choice.codeIds.length, 'matrix.codes.chosen', 'matrix.codes.chosen.one')}
        </span>
        <Button size="sm" variant="ghost" disabled={choice.codeIds.length === 0} onClick={() => set([])}>
          {t('matrix.codes.clear')}
        </Button>
      </div>
      <p className="matrix-codes__hint">{t('matrix.codes.hint')}</p>
      {codes && codes.length === 0 ? <p className="empty-note">{t('matrix.codes.empty')}</p> : null}
      <ul className="matrix-codes__tree" aria-label={t('matrix.codes.list')}>
        {roots.map((root) => {
          if (root.children.length === 0) return codeRow(root, 0);
          const ids = root.children.map((child) => child.code.id);
          const count = ids.filter((id) => chosen.has(id)).length;
          return (
            <li key={root.code.id}>
              <label className="matrix-codes__item matrix-codes__family" title={root.code.path}>
                <FamilyBox checked={count === ids.length} mixed={count > 0 && count < ids.length} label={t('matrix.codes.family', { name: root.code.name })} onChange={() => toggleFamily(root)} />
                <span className="swatch" style={{ backgroundColor: root.code.color }} aria-hidden="true" />
                <span className="matrix-codes__name">{root.code.name}</span>
              </label>
              <ul>{root.children.map((child) => codeRow(child, 1))}</ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A family's box: ticked when all its codes are, half-ticked when some are. */
function FamilyBox({ checked, mixed, label, onChange }: { checked: boolean; mixed: boolean; label: string; onChange: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return <input ref={ref} type="checkbox" checked={checked} onChange={onChange} aria-label={label} />;
}
