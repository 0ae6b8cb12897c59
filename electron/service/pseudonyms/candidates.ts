import crypto from 'node:crypto';
import type { CandidateContext, PseudonymCandidate, PseudonymEntry, PseudonymPreview } from '../../../shared/domain/pseudonym';
import { detectCandidates, withoutPseudonyms, type DetectedCandidate } from '../../../shared/pseudonyms/detect';
import { ReplacementMap, Replacer } from '../../../shared/pseudonyms/replace';
import { PseudonymMaker, pseudonymKey } from '../../../shared/pseudonyms/schemes';
import type { Db } from '../../db/open';
import { caseNames, corpusDocuments, corpusState, listPseudonyms, otherTexts, speakerNames, type CorpusDocument } from '../../db/repositories/pseudonyms';
import { codingsForEdit } from '../../db/repositories/text-edits';
import { replacerFor } from './rewrite';
import { placesToDetect, pseudonymSettings } from './settings';

const CONTEXTS = 5;
const CONTEXT_CHARS = 40;

const detections = new WeakMap<Db, { key: string; found: DetectedCandidate[] }>();

/**
 * What detection finds in the project now (documents, and the names, descriptions, attribute
 * values and memos of otherTexts), before stored decisions. Kept per connection while all that,
 * speakers, case names and places stay the same (the table's pseudonyms are filtered out
 * afterwards): each decision of the review table needs it, and reading a large corpus again takes seconds.
 */
export function detectInProject(db: Db, entries: PseudonymEntry[], documents?: CorpusDocument[]): DetectedCandidate[] {
  const speakers = speakerNames(db);
  const cases = caseNames(db);
  const places = placesToDetect(pseudonymSettings(db));
  const others = otherTexts(db);
  const pseudonyms = entries.filter((e) => e.decision === 'accepted').map((e) => e.pseudonym);
  const key = crypto.createHash('sha256').update(JSON.stringify([corpusState(db), speakers, cases, places, others])).digest('hex');
  let cached = detections.get(db);
  if (cached?.key !== key) {
    const texts = [...(documents ?? corpusDocuments(db)).map((d) => d.text), ...others];
    cached = { key, found: detectCandidates({ texts, speakers, caseNames: cases, places, pseudonyms: [] }) };
    detections.set(db, cached);
  }
  return withoutPseudonyms(cached.found, pseudonyms);
}

function context(doc: CorpusDocument, start: number, end: number): CandidateContext {
  const before = doc.text.slice(Math.max(0, start - CONTEXT_CHARS), start).replace(/\s+/gu, ' ');
  const after = doc.text.slice(end, end + CONTEXT_CHARS).replace(/\s+/gu, ' ');
  return { documentId: doc.id, documentName: doc.name, start, end, before, after };
}

/**
 * The review table: detection merged with the stored decisions, each with its occurrences counted
 * as the replacement would make them (whole words, longest first, never inside a pseudonym), most
 * frequent first. Pending lines carry the pseudonym the scheme proposes (none under « free » for
 * people). Detected lines found nowhere are dropped, except speakers and case names (they are
 * replaced in the structure and the case table too).
 */
export function listCandidates(db: Db): PseudonymCandidate[] {
  const documents = corpusDocuments(db);
  const entries = listPseudonyms(db);
  const lines = new Map<string, PseudonymCandidate>();
  for (const entry of entries) {
    lines.set(pseudonymKey(entry.original), {
      original: entry.original,
      kind: entry.kind,
      source: entry.source,
      count: 0,
      documentCount: 0,
      contexts: [],
      decision: entry.decision,
      pseudonym: entry.decision === 'accepted' ? entry.pseudonym : null,
    });
  }
  for (const found of detectInProject(db, entries, documents)) {
    const key = pseudonymKey(found.original);
    if (!lines.has(key)) lines.set(key, { ...found, count: 0, documentCount: 0, contexts: [], decision: 'pending', pseudonym: null });
  }

  // One matcher for all lines: each occurrence counts for the longest line it belongs to.
  const all = [...lines.values()];
  const placeholders = new Map(all.map((line, i) => [`\u0000${i}`, line]));
  const counter = new Replacer(
    [...placeholders].map(([placeholder, line]) => ({ original: line.original, pseudonym: placeholder })),
    entries.filter((e) => e.decision === 'accepted').map((e) => e.pseudonym),
  );
  for (const doc of documents) {
    const seen = new Set<PseudonymCandidate>();
    for (const occurrence of counter.occurrences(doc.text)) {
      const line = placeholders.get(occurrence.text);
      if (!line) continue;
      line.count += 1;
      if (!seen.has(line)) {
        seen.add(line);
        line.documentCount += 1;
      }
      if (line.contexts.length < CONTEXTS) line.contexts.push(context(doc, occurrence.start, occurrence.end));
    }
  }

  // Lines found only outside the documents (a name in a memo or the case table) count no
  // occurrence in the corpus but stay: replacing them there matters as much.
  const elsewhere = new Set<PseudonymCandidate>();
  for (const text of otherTexts(db)) for (const occurrence of counter.occurrences(text)) elsewhere.add(placeholders.get(occurrence.text)!);
  const kept = all.filter((line) => line.count > 0 || elsewhere.has(line) || line.decision !== 'pending' || line.source === 'speaker' || line.source === 'case');
  kept.sort((a, b) => b.count - a.count || a.original.localeCompare(b.original, 'fr'));
  const maker = new PseudonymMaker(pseudonymSettings(db), [...kept.map((l) => l.original), ...entries.filter((e) => e.decision === 'accepted').map((e) => e.pseudonym)]);
  for (const line of kept) if (line.decision === 'pending') line.pseudonym = maker.make(line.kind, line.original);
  return kept;
}

/** Whether a range overlaps one of the edits (sorted, non-overlapping: their ends are sorted too). */
function overlapsAny(edits: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edits[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < edits.length && edits[low]!.start < end;
}

/** Replacements per document the accepted entries would make, and the codings they would move or change. */
export function previewPseudonymisation(db: Db): PseudonymPreview {
  const replacer = replacerFor(listPseudonyms(db));
  const preview: PseudonymPreview = { documents: [], replacements: 0, codingsMoved: 0, codingsChanged: 0 };
  for (const doc of corpusDocuments(db)) {
    const edits = replacer.occurrences(doc.text);
    preview.documents.push({ documentId: doc.id, name: doc.name, replacements: edits.length });
    preview.replacements += edits.length;
    if (edits.length === 0) continue;
    const map = new ReplacementMap(edits);
    for (const coding of codingsForEdit(db, doc.id)) {
      const range = map.mapRange(coding);
      if (overlapsAny(edits, coding.start, coding.end)) preview.codingsChanged += 1;
      else if (range.start !== coding.start) preview.codingsMoved += 1;
    }
  }
  return preview;
}
