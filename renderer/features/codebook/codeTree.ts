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

/** The id of the node and of all its descendants. */
export function subtreeIds(node: CodeNode): number[] {
  return [node.code.id, ...node.children.flatMap(subtreeIds)];
}

export function findNode(roots: readonly CodeNode[], id: number): CodeNode | undefined {
  for (const node of roots) {
    if (node.code.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** Where a dragged code lands on a row: the top quarter (before), the bottom quarter (after), or the middle (inside). */
export type DropPlace = 'before' | 'inside' | 'after';

export function dropPlace(offsetY: number, height: number): DropPlace {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
}

export interface MoveTarget {
  parentId: number | null;
  /** Index among the new siblings, the moved code left out (what `codebook:move` expects). */
  index: number;
}

function siblingsOf(roots: readonly CodeNode[], parentId: number | null): readonly CodeNode[] {
  return parentId === null ? roots : (findNode(roots, parentId)?.children ?? []);
}

/**
 * Where `codebook:move` must put `movedId` when it is dropped `place` the row of `targetId`;
 * null when the drop would change nothing or put a code inside itself.
 */
export function moveTargetFor(roots: readonly CodeNode[], movedId: number, targetId: number, place: DropPlace): MoveTarget | null {
  const moved = findNode(roots, movedId);
  const target = findNode(roots, targetId);
  if (!moved || !target || subtreeIds(moved).includes(targetId)) return null;
  if (place === 'inside') {
    const kids = target.children.filter((c) => c.code.id !== movedId);
    return { parentId: targetId, index: kids.length };
  }
  const parentId = target.code.parentId;
  const siblings = siblingsOf(roots, parentId).filter((c) => c.code.id !== movedId);
  const at = siblings.findIndex((c) => c.code.id === targetId);
  const index = place === 'before' ? at : at + 1;
  return unchanged(roots, moved, parentId, index) ? null : { parentId, index };
}

function unchanged(roots: readonly CodeNode[], moved: CodeNode, parentId: number | null, index: number): boolean {
  if (moved.code.parentId !== parentId) return false;
  return siblingsOf(roots, parentId).findIndex((c) => c.code.id === moved.code.id) === index;
}

export type KeyMove = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The keyboard way to move a code (Alt+arrows): up and down among its siblings, indent into the
 * sibling above (as its last sub-code), outdent to just after its parent. Null when it cannot.
 */
export function keyboardMove(roots: readonly CodeNode[], id: number, move: KeyMove): MoveTarget | null {
  const node = findNode(roots, id);
  if (!node) return null;
  const parentId = node.code.parentId;
  const siblings = siblingsOf(roots, parentId);
  const at = siblings.findIndex((c) => c.code.id === id);
  switch (move) {
    case 'up':
      return at > 0 ? { parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId, index: at + 1 } : null;
    case 'indent': {
      const above = siblings[at - 1];
      return above ? { parentId: above.code.id, index: above.children.length } : null;
    }
    case 'outdent': {
      if (parentId === null) return null;
      const parent = findNode(roots, parentId)!;
      const grand = siblingsOf(roots, parent.code.parentId);
      return { parentId: parent.code.parentId, index: grand.findIndex((c) => c.code.id === parentId) + 1 };
    }
  }
}

/** Same name as a sibling, ignoring case and accents' Unicode form (the service refuses it too). */
export function siblingNameTaken(codes: readonly Code[], parentId: number | null, name: string, exceptId?: number): Code | undefined {
  const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('fr');
  return codes.find((c) => c.parentId === parentId && c.id !== exceptId && fold(c.name) === fold(name));
}

/** « Nouveau code », else « Nouveau code 2 », « Nouveau code 3 »… free among the siblings. */
export function freeName(codes: readonly Code[], parentId: number | null, base: string): string {
  if (!siblingNameTaken(codes, parentId, base)) return base;
  for (let n = 2; ; n += 1) if (!siblingNameTaken(codes, parentId, `${base} ${n}`)) return `${base} ${n}`;
}
