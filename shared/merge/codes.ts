/**
 * Which of my codes each of theirs is (pure, on plain rows): the same path (« Freins/Mobilité »)
 * first; else the same GUID under another path, a code renamed or moved on one side; else a code
 * only in theirs. My codes nothing points to are « only mine ».
 */
export interface MergeCodeRow {
  id: number;
  parentId: number | null;
  name: string;
  guid: string;
  color: string;
}

export interface CodeMatch {
  theirId: number;
  theirPath: string;
  kind: 'matched' | 'renamed' | 'onlyTheirs';
  mineId: number | null;
  /** With `renamed`: my path of the same code. */
  myPath: string | null;
}

/** Path of each code, its names from the root joined by « / ». */
export function codePaths(rows: readonly MergeCodeRow[]): Map<number, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<number, string>();
  const pathOf = (row: MergeCodeRow, depth = 0): string => {
    const known = paths.get(row.id);
    if (known !== undefined) return known;
    const parent = row.parentId === null || depth > rows.length ? undefined : byId.get(row.parentId);
    const path = parent ? `${pathOf(parent, depth + 1)}/${row.name}` : row.name;
    paths.set(row.id, path);
    return path;
  };
  for (const row of rows) pathOf(row);
  return paths;
}

/** Theirs in tree order (a parent before its children), so codes can be created in this order. */
export function treeOrder(rows: readonly MergeCodeRow[]): MergeCodeRow[] {
  const children = new Map<number | null, MergeCodeRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: MergeCodeRow[] = [];
  const visit = (parent: number | null) => {
    for (const row of children.get(parent) ?? []) {
      out.push(row);
      visit(row.id);
    }
  };
  visit(null);
  return out;
}

export function matchCodes(mine: readonly MergeCodeRow[], theirs: readonly MergeCodeRow[]): { matches: CodeMatch[]; onlyMine: number[] } {
  const myPaths = codePaths(mine);
  const theirPaths = codePaths(theirs);
  const mineByPath = new Map([...myPaths].map(([id, path]) => [path, id]));
  const mineByGuid = new Map(mine.map((c) => [c.guid.toLowerCase(), c.id]));
  const pathMatched = new Set<number>();
  for (const their of theirs) {
    const id = mineByPath.get(theirPaths.get(their.id)!);
    if (id !== undefined) pathMatched.add(id);
  }
  const used = new Set<number>();
  const matches = treeOrder(theirs).map((their): CodeMatch => {
    const theirPath = theirPaths.get(their.id)!;
    const byPath = mineByPath.get(theirPath);
    if (byPath !== undefined) {
      used.add(byPath);
      return { theirId: their.id, theirPath, kind: 'matched', mineId: byPath, myPath: null };
    }
    const byGuid = mineByGuid.get(their.guid.toLowerCase());
    // A code of mine already matched by path (theirs renamed it and made another of its old name) stays with that one.
    if (byGuid !== undefined && !pathMatched.has(byGuid) && !used.has(byGuid)) {
      used.add(byGuid);
      return { theirId: their.id, theirPath, kind: 'renamed', mineId: byGuid, myPath: myPaths.get(byGuid)! };
    }
    return { theirId: their.id, theirPath, kind: 'onlyTheirs', mineId: null, myPath: null };
  });
  const onlyMine = mine.filter((c) => !used.has(c.id)).map((c) => c.id);
  return { matches, onlyMine };
}
