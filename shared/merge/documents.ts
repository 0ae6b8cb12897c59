/**
 * Which of my documents each of theirs is (pure, on plain rows): the same content hash first,
 * else the same name. A match whose texts differ carries their codings onto my text (remapping).
 */
export interface MergeDocumentRow {
  id: number;
  name: string;
  hash: string;
  text: string;
}

export interface DocumentMatch {
  theirId: number;
  kind: 'hash' | 'name' | 'new';
  /** My document, unless `new`. */
  mineId: number | null;
  /** Matched, but their text is not mine (edited on one side, or another document of that name). */
  textDiffers: boolean;
}

function firstBy<K>(rows: readonly MergeDocumentRow[], key: (row: MergeDocumentRow) => K): Map<K, MergeDocumentRow> {
  const map = new Map<K, MergeDocumentRow>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) if (!map.has(key(row))) map.set(key(row), row);
  return map;
}

export function matchDocuments(mine: readonly MergeDocumentRow[], theirs: readonly MergeDocumentRow[]): DocumentMatch[] {
  const byHash = firstBy(mine, (d) => d.hash);
  const byName = firstBy(mine, (d) => d.name);
  return theirs.map((their) => {
    const hashed = byHash.get(their.hash);
    if (hashed) return { theirId: their.id, kind: 'hash', mineId: hashed.id, textDiffers: hashed.text !== their.text };
    const named = byName.get(their.name);
    if (named) return { theirId: their.id, kind: 'name', mineId: named.id, textDiffers: named.text !== their.text };
    return { theirId: their.id, kind: 'new', mineId: null, textDiffers: false };
  });
}
