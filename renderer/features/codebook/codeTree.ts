import type { Code } from '../../../shared/domain/codebook';
import { foldForSearch } from '../../../shared/text/fold';

export interface CodeNode {
  code: Code;
  children: CodeNode[];
}

/** The flat list from `codebook:list` as a tree, siblings in their stored order. */
export function buildCodeTree(codes: readonly Code[]): CodeNode[] {
  const nodes = new Map<number, CodeNode>(codes.map((code) => [code.id, { code, children: [] }]));
  const roots: CodeNode[] = [];
  for (const code of codes) {
    const node = nodes.get(code.id)!;
    const parent = code.parentId === null ? undefined : nodes.get(code.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: CodeNode[]): void => {
    list.sort((a, b) => a.code.position - b.code.position || a.code.name.localeCompare(b.code.name, 'fr'));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/**
 * The codes whose name contains the query, with their ancestors so they stay in
 * place; a matching family keeps all its codes. An empty query keeps everything.
 */
export function filterCodeTree(roots: CodeNode[], query: string): CodeNode[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return roots;
  const matches = (code: Code) => foldForSearch(code.name).includes(needle);
  const walk = (list: CodeNode[]): CodeNode[] =>
    list.flatMap((node) => {
      if (matches(node.code)) return [node];
      const children = walk(node.children);
      return children.length > 0 ? [{ code: node.code, children }] : [];
    });
  return walk(roots);
}
