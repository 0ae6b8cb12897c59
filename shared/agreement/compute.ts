/**
 * Agreement per code, per document and overall, from the codings of the chosen coders.
 *
 * - A coder who has no coding at all in a document (of any code) did not code it: their values
 *   there are missing, not « not coded ». A document with fewer than two such coders adds nothing.
 * - Character level: every character of the document (UTF-16 units, as offsets) is compared.
 *   Unit level: every structural unit (the finest present: grid answer, turn, cell or paragraph,
 *   `readingUnits`); a coder coded a unit with a code when one of their codings of it overlaps it.
 * - Uncoded text left out (`exclude`): per code, only the characters (units) at least one coder
 *   coded with that code; for a document and overall, those at least one coder coded with any of
 *   the chosen codes (each code's table is then restricted to that text).
 * - Overall and per document: the per-code tables (and coincidence matrices) added up.
 */
import type { AgreementFigures, AgreementLevel, UncodedChoice } from '../domain/agreement';
import type { TextRange } from '../offsets';
import { addSegment, addTallies, emptyTally, figuresOf, type Tally } from './coefficients';
import { characterSegments, overlapsAny, unionOf, unitSegments } from './intervals';

export interface AgreementCodingInput extends TextRange {
  /** The chosen code this coding counts for (a sub-code's coding counts for its chosen ancestor). */
  codeId: number;
  coderId: number;
}

export interface AgreementDocumentInput {
  documentId: number;
  /** Length of the text in UTF-16 units. */
  length: number;
  /** Structural units (innermost reading units); none: the whole text is one unit. */
  units: readonly TextRange[];
  /** Chosen coders with at least one coding (any code) in the document. */
  presentCoderIds: readonly number[];
  codings: readonly AgreementCodingInput[];
}

export interface AgreementInput {
  coderIds: readonly number[];
  codeIds: readonly number[];
  level: AgreementLevel;
  uncoded: UncodedChoice;
  documents: readonly AgreementDocumentInput[];
}

export interface AgreementFiguresResult {
  byCode: ({ codeId: number } & AgreementFigures)[];
  byDocument: ({ documentId: number } & AgreementFigures)[];
  overall: AgreementFigures;
}

/** Characters of a region, or units sharing a character with it. */
function sizeOf(level: AgreementLevel, units: readonly TextRange[], region: readonly TextRange[]): number {
  if (level === 'character') return region.reduce((sum, r) => sum + r.end - r.start, 0);
  return units.filter((unit) => overlapsAny(region, unit)).length;
}

/**
 * The tally of one code in one document over `region`, whose size in characters or units is
 * `regionSize` (computed once per region). A code nobody present applied there is one segment of
 * « not coded » values of that size.
 */
function tallyOf(level: AgreementLevel, units: readonly TextRange[], region: readonly TextRange[], coders: readonly (readonly TextRange[] | null)[], regionSize: () => number): Tally {
  const tally = emptyTally();
  if (coders.every((list) => !list || list.length === 0)) {
    addSegment(tally, regionSize(), coders.map((list) => (list ? 0 : null)));
    return tally;
  }
  const segments = level === 'character' ? characterSegments(region, coders) : unitSegments(units, region, coders, regionSize());
  for (const segment of segments) addSegment(tally, segment.weight, segment.values);
  return tally;
}

function once(compute: () => number): () => number {
  let value: number | null = null;
  return () => (value ??= compute());
}

export function computeAgreement(input: AgreementInput): AgreementFiguresResult {
  const { coderIds, codeIds, level, uncoded } = input;
  const perCode = new Map(codeIds.map((id) => [id, emptyTally()]));
  const byDocument: AgreementFiguresResult['byDocument'] = [];
  const overall = emptyTally();
  for (const doc of input.documents) {
    const documentTally = emptyTally();
    const present = new Set(doc.presentCoderIds);
    if (coderIds.filter((id) => present.has(id)).length >= 2) {
      const whole: TextRange[] = doc.length > 0 ? [{ start: 0, end: doc.length }] : [];
      const units = doc.units.length > 0 ? doc.units : whole;
      const chosenCodes = new Set(codeIds);
      const chosenCoders = new Set(coderIds);
      const codings = doc.codings.filter((c) => chosenCodes.has(c.codeId) && chosenCoders.has(c.coderId) && present.has(c.coderId));
      const anyCode = unionOf(codings, doc.length);
      const byCode = new Map<number, AgreementCodingInput[]>();
      for (const coding of codings) {
        const list = byCode.get(coding.codeId);
        if (list) list.push(coding);
        else byCode.set(coding.codeId, [coding]);
      }
      const wholeSize = once(() => sizeOf(level, units, whole));
      const anyCodeSize = once(() => sizeOf(level, units, anyCode));
      for (const codeId of codeIds) {
        const ofCode = byCode.get(codeId) ?? [];
        const coders = coderIds.map((coderId) => (present.has(coderId) ? unionOf(ofCode.filter((c) => c.coderId === coderId), doc.length) : null));
        // Left out, a code's own region is what its coders coded: every unit sharing a character
        // with it is touched by a coding, so no unit is left to count as « not coded » by all.
        const own = uncoded === 'include' ? tallyOf(level, units, whole, coders, wholeSize) : tallyOf(level, units, unionOf(ofCode, doc.length), coders, () => 0);
        addTallies(perCode.get(codeId)!, own);
        addTallies(documentTally, uncoded === 'include' ? own : tallyOf(level, units, anyCode, coders, anyCodeSize));
      }
    }
    addTallies(overall, documentTally);
    byDocument.push({ documentId: doc.documentId, ...figuresOf(documentTally, coderIds.length) });
  }
  return {
    byCode: codeIds.map((codeId) => ({ codeId, ...figuresOf(perCode.get(codeId)!, coderIds.length) })),
    byDocument,
    overall: figuresOf(overall, coderIds.length),
  };
}

/**
 * For each code of the codebook, the chosen codes its codings count for: itself when chosen, and
 * with `withChildren` every chosen ancestor too.
 */
export function chosenCodesOf(codes: readonly { id: number; parentId: number | null }[], chosen: readonly number[], withChildren: boolean): Map<number, number[]> {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const wanted = new Set(chosen);
  const result = new Map<number, number[]>();
  for (const code of codes) {
    const targets: number[] = [];
    const seen = new Set<number>();
    for (let at: number | null | undefined = code.id; at !== null && at !== undefined && !seen.has(at); at = withChildren ? parentOf.get(at) : null) {
      seen.add(at);
      if (wanted.has(at)) targets.push(at);
    }
    if (targets.length > 0) result.set(code.id, targets);
  }
  return result;
}
