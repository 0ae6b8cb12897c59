import type { PseudonymEntry } from '../../../shared/domain/pseudonym';
import { ReplacementMap, Replacer } from '../../../shared/pseudonyms/replace';
import { readMemoBody, type SerializedNode } from '../../../shared/text/memo-body';
import type { Db } from '../../db/open';
import {
  caseRows,
  codeTexts,
  documentsToRewrite,
  memoRows,
  namedCaseParts,
  setDocumentRevision,
  textAttributeValues,
  unitLabels,
  updateAttributeValue,
  updateCase,
  updateCasePart,
  updateCodeTexts,
  updateDocumentNames,
  updateMemoText,
  updateUnitLabel,
} from '../../db/repositories/pseudonyms';
import { nextRevision } from '../../db/repositories/revisions';
import { codingsForEdit, rangedCaseLinksForEdit, unitsForEdit, writeTextEdit, type RangedRow } from '../../db/repositories/text-edits';

/**
 * Writes the accepted entries of the correspondence table into a project: every document's text
 * with its codings, structure units and ranged case links remapped exactly (the replacement list
 * is exact: no diff), document names, file names and metadata (the speakers an import listed), unit labels and structure values (speakers, columns…) and
 * the case parts named by them, case names and descriptions, text attribute values, codes' names,
 * descriptions and criteria (an in vivo code is named after a passage), memo titles and bodies (inside a rich body's text nodes and mailto links only). Documents whose text or
 * structure changed get a new revision (repositories/revisions.ts); the full-text index follows
 * `documents` by trigger. The caller runs it in one transaction: an undoable action when the
 * project is pseudonymised in place, a plain transaction on the copy a pseudonymised export is made from.
 */

export function replacerFor(entries: readonly PseudonymEntry[]): Replacer {
  return new Replacer(entries.filter((e) => e.decision === 'accepted').map((e) => ({ original: e.original, pseudonym: e.pseudonym })));
}

export interface RewriteOutcome {
  replacements: number;
  /** Documents whose text changed. */
  documents: number;
}

function replaced(replacer: Replacer, text: string): string {
  return replacer.replace(text).text;
}

/** JSON (a unit's attributes, a document's metadata) with every string value replaced, at any depth. */
function replaceJson(replacer: Replacer, json: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json;
  }
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const next = replaced(replacer, value);
      if (next !== value) changed = true;
      return next;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const out = walk(parsed);
  return changed ? JSON.stringify(out) : json;
}

/** A memo body: plain text replaced as it is; a rich body inside its text nodes (and mailto links). */
export function replaceMemoBody(replacer: Replacer, body: string): { body: string; text: string | null } {
  const read = readMemoBody(body);
  if (!read.ok) return { body, text: null };
  if (read.format === 'plain') {
    const next = replaced(replacer, body);
    return { body: next, text: next };
  }
  const walk = (node: SerializedNode) => {
    if (typeof node.text === 'string') node.text = replaced(replacer, node.text);
    if (typeof node.url === 'string' && /^mailto:/i.test(node.url)) node.url = `mailto:${replaced(replacer, node.url.slice('mailto:'.length))}`;
    for (const child of node.children ?? []) walk(child);
  };
  const state = structuredClone(read.state);
  walk(state.root);
  const next = JSON.stringify(state);
  if (next === JSON.stringify(read.state)) return { body, text: null };
  const reread = readMemoBody(next);
  return { body: next, text: reread.ok ? reread.text : null };
}

function changedRanges(rows: RangedRow[], map: ReplacementMap): RangedRow[] {
  const out: RangedRow[] = [];
  for (const row of rows) {
    const range = map.mapRange(row);
    if (range.start !== row.start || range.end !== row.end) out.push({ id: row.id, ...range });
  }
  return out;
}

export function rewriteProject(db: Db, replacer: Replacer): RewriteOutcome {
  let replacements = 0;
  let documents = 0;
  const structureChanged = new Set<number>();

  for (const unit of unitLabels(db)) {
    const label = unit.label === null ? null : replaced(replacer, unit.label);
    const attrs = replaceJson(replacer, unit.attrs);
    if (label !== unit.label || attrs !== unit.attrs) {
      updateUnitLabel(db, unit.id, label, attrs);
      structureChanged.add(unit.documentId);
    }
  }

  for (const doc of documentsToRewrite(db)) {
    const result = replacer.replace(doc.text);
    const name = replaced(replacer, doc.name);
    const sourceName = doc.sourceName === null ? null : replaced(replacer, doc.sourceName);
    const metadata = replaceJson(replacer, doc.metadata);
    if (name !== doc.name || sourceName !== doc.sourceName || metadata !== doc.metadata) updateDocumentNames(db, doc.id, name, sourceName, metadata);
    if (result.edits.length === 0) {
      if (structureChanged.has(doc.id)) setDocumentRevision(db, doc.id, nextRevision(db, doc.revision));
      continue;
    }
    const map = new ReplacementMap(result.edits);
    writeTextEdit(db, {
      documentId: doc.id,
      text: result.text,
      revision: nextRevision(db, doc.revision),
      codings: { moved: changedRanges(codingsForEdit(db, doc.id), map), removed: [] },
      units: changedRanges(unitsForEdit(db, doc.id), map),
      caseLinks: { moved: changedRanges(rangedCaseLinksForEdit(db, doc.id), map), removed: [] },
    });
    replacements += result.edits.length;
    documents += 1;
  }

  for (const part of namedCaseParts(db)) {
    const value = replaced(replacer, part.value);
    if (value !== part.value) updateCasePart(db, part.id, value);
  }
  for (const row of caseRows(db)) {
    const name = replaced(replacer, row.name);
    const description = replaced(replacer, row.description);
    if (name !== row.name || description !== row.description) updateCase(db, row.id, name, description);
  }
  for (const value of textAttributeValues(db)) {
    const next = replaced(replacer, value.value);
    if (next !== value.value) updateAttributeValue(db, value.caseId, value.attributeId, next);
  }
  for (const code of codeTexts(db)) {
    const next = { id: code.id, name: replaced(replacer, code.name), description: replaced(replacer, code.description), inclusion: replaced(replacer, code.inclusion), exclusion: replaced(replacer, code.exclusion) };
    if (next.name !== code.name || next.description !== code.description || next.inclusion !== code.inclusion || next.exclusion !== code.exclusion) updateCodeTexts(db, next);
  }
  for (const memo of memoRows(db)) {
    const title = replaced(replacer, memo.title);
    const body = replaceMemoBody(replacer, memo.body);
    const text = body.text ?? replaced(replacer, memo.text);
    if (title !== memo.title || body.body !== memo.body || text !== memo.text) updateMemoText(db, { id: memo.id, title, body: body.body, text });
  }
  return { replacements, documents };
}
