import { createHash } from 'node:crypto';

/**
 * Stable GUIDs for what Balise does not give one (coders, documents, memos, cases, attributes,
 * selections): a name-based UUID (version 5 layout, SHA-1) of the project's seed, the kind of
 * entity and its key, so that two exports of the same project carry the same GUIDs.
 */
export function derivedGuid(seed: string, kind: string, key: string | number): string {
  const hash = createHash('sha1').update(`balise\u0000${seed}\u0000${kind}\u0000${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const GUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;

/** A GUID Balise stored (codes, codings) as it is, or a derived one if it does not fit the schema's pattern. */
export function storedGuid(stored: string, seed: string, kind: string, key: number): string {
  return GUID.test(stored) ? stored : derivedGuid(seed, kind, key);
}
