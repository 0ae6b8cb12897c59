import type { Element } from '@xmldom/xmldom';
import type { RefiCodeRow } from '../../db/repositories/refi';
import { storedGuid } from './refi-guids';
import type { XmlWriter } from './refi-xml';

/** The codes to export: all, or those chosen with their ancestors (so that each keeps its place in the tree). */
export function chosenCodes(codes: readonly RefiCodeRow[], codeIds: readonly number[] | undefined): RefiCodeRow[] {
  if (!codeIds) return [...codes];
  const byId = new Map(codes.map((c) => [c.id, c]));
  const kept = new Set<number>();
  for (const id of codeIds) {
    for (let code = byId.get(id); code && !kept.has(code.id); code = code.parentId === null ? undefined : byId.get(code.parentId)) kept.add(code.id);
  }
  return codes.filter((c) => kept.has(c.id));
}

/** The description REFI-QDA carries: Balise's definition, then its inclusion and exclusion criteria when there are some. */
export function codeDescription(code: RefiCodeRow): string {
  const parts = [code.description.trim()];
  if (code.inclusion.trim()) parts.push(`Critères d'inclusion : ${code.inclusion.trim()}`);
  if (code.exclusion.trim()) parts.push(`Critères d'exclusion : ${code.exclusion.trim()}`);
  return parts.filter((p) => p !== '').join('\n\n');
}

export interface CodebookOptions {
  seed: string;
  /** NoteRef targets per code id (project files only: the codebook schema has no NoteRef). */
  noteRefs?: ReadonlyMap<number, readonly string[]>;
}

/**
 * Writes `<Codes>` with nested `<Code>`s under `parent` (a project's `CodeBook` or a codebook's root).
 * Every Balise code can be coded: `isCodable="true"`. Returns the GUID of each code by id; nothing when there is no code.
 */
export function writeCodes(xml: XmlWriter, parent: Element, codes: readonly RefiCodeRow[], options: CodebookOptions): Map<number, string> {
  const guids = new Map(codes.map((c) => [c.id, storedGuid(c.guid, options.seed, 'code', c.id)]));
  if (codes.length === 0) return guids;
  const children = new Map<number | null, RefiCodeRow[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const code of codes) {
    const parentId = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    children.set(parentId, [...(children.get(parentId) ?? []), code]);
  }
  const write = (into: Element, code: RefiCodeRow) => {
    const element = xml.add(into, 'Code', { guid: guids.get(code.id), name: code.name, isCodable: true, color: code.color.toUpperCase() });
    const description = codeDescription(code);
    if (description) xml.add(element, 'Description', {}, description);
    for (const target of options.noteRefs?.get(code.id) ?? []) xml.add(element, 'NoteRef', { targetGUID: target });
    for (const child of children.get(code.id) ?? []) write(element, child);
  };
  const codesElement = xml.add(parent, 'Codes');
  for (const code of children.get(null) ?? []) write(codesElement, code);
  return guids;
}
