import { TextRemapper } from '../../../shared/coding/remap';
import type { MergeCodeDecision, MergeCounts, MergeDecisions, MergeReport, MergeTheirCode } from '../../../shared/domain/merge';
import { BaliseError } from '../../../shared/errors';
import { codePaths, matchCodes } from '../../../shared/merge/codes';
import { placeCoding, samePassage } from '../../../shared/merge/codings';
import { matchDocuments, type DocumentMatch } from '../../../shared/merge/documents';
import type { TextRange } from '../../../shared/offsets';
import type { MergeCode, MergeCoding, MergeMemo, MergeRows } from '../../db/repositories/merge';
import { planCases, type CasePlan } from './plan-cases';

/** Where something of theirs lands in my project: one of my rows, or one the merge creates from theirs. */
export type Landing = { mine: number } | { their: number };

export type CodeStep =
  | { their: MergeCode; action: 'use'; mineId: number; rename: boolean }
  | { their: MergeCode; action: 'create' }
  | { their: MergeCode; action: 'skip' };

export interface MergePlan {
  report: MergeReport;
  /** Their coders the merge brings, by name: null when I have one of that name. */
  coders: Map<string, string | null>;
  documents: { match: DocumentMatch; landing: Landing }[];
  codes: CodeStep[];
  codings: { their: MergeCoding; start: number; end: number }[];
  memos: { memo: MergeMemo; target: Landing | null }[];
  cases: CasePlan;
}

function emptyCounts(): MergeCounts {
  return {
    documents: { byHash: 0, byName: 0, new: 0 },
    codes: { matched: 0, renamed: 0, onlyTheirs: 0, onlyMine: 0, created: 0 },
    codings: { new: 0, alreadyHere: 0, unplaceable: 0, skipped: 0 },
    memos: { new: 0, alreadyHere: 0, skipped: 0 },
    coders: { new: 0 },
    cases: { new: 0, values: 0, conflicts: 0, links: 0 },
  };
}

/** A range of their text carried onto mine, kept only when it still covers the same words. */
function remapperFor(theirText: string, myText: string): (range: TextRange) => TextRange | null {
  const remapper = TextRemapper.between(theirText, myText);
  return (range) => {
    const mapped = remapper.mapRange(range, 'exclusive');
    return mapped && samePassage(theirText, range, myText, mapped) ? mapped : null;
  };
}

/** Their codes in tree order, each with what the merge does with it; fills the codes part of the report. */
function codeSteps(mine: MergeRows, theirs: MergeRows, decisions: MergeDecisions, report: MergeReport): { steps: CodeStep[]; onlyTheirs: Map<number, MergeTheirCode> } {
  const { matches, onlyMine } = matchCodes(mine.codes, theirs.codes);
  const byTheirId = new Map(theirs.codes.map((c) => [c.id, c]));
  const myIds = new Set(mine.codes.map((c) => c.id));
  const paths = codePaths(mine.codes);
  const onlyTheirs = new Map<number, MergeTheirCode>();
  const decided = new Map<string, MergeCodeDecision>(decisions.codeDecisions.map((d) => [d.theirPath, d]));
  const takeTheirs = new Set(decisions.renames.filter((r) => r.take === 'theirs').map((r) => r.guid.toLowerCase()));
  const counts = report.counts.codes;
  counts.onlyMine = onlyMine.length;
  report.onlyMine = onlyMine.map((id) => paths.get(id)!);
  const steps = matches.map((match): CodeStep => {
    const their = byTheirId.get(match.theirId)!;
    if (match.kind === 'matched') {
      counts.matched++;
      return { their, action: 'use', mineId: match.mineId!, rename: false };
    }
    if (match.kind === 'renamed') {
      counts.renamed++;
      report.renamed.push({ guid: their.guid, myPath: match.myPath!, theirPath: match.theirPath });
      return { their, action: 'use', mineId: match.mineId!, rename: takeTheirs.has(their.guid.toLowerCase()) };
    }
    counts.onlyTheirs++;
    const entry = { theirPath: match.theirPath, color: their.color, codings: 0 };
    report.onlyTheirs.push(entry);
    onlyTheirs.set(their.id, entry);
    const decision = decided.get(match.theirPath);
    if (decision?.action === 'skip') return { their, action: 'skip' };
    if (decision?.action === 'map') {
      if (decision.targetCodeId === undefined || !myIds.has(decision.targetCodeId)) throw new BaliseError('NOT_FOUND', { what: `Code ${decision.targetCodeId ?? '?'}` });
      return { their, action: 'use', mineId: decision.targetCodeId, rename: false };
    }
    counts.created++;
    return { their, action: 'create' };
  });
  return { steps, onlyTheirs };
}

/**
 * What merging their rows into mine would do, decided by the review (`decisions`): the report
 * shown before (preview) and after (apply), and the steps apply runs. Pure on the rows.
 */
export function planMerge(fileName: string, mine: MergeRows, theirs: MergeRows, decisions: MergeDecisions): MergePlan {
  const report: MergeReport = { fileName, counts: emptyCounts(), textDifferences: [], renamed: [], onlyTheirs: [], onlyMine: [], conflicts: [], newCoders: [] };
  const counts = report.counts;

  // Documents.
  const myDocs = new Map(mine.documents.map((d) => [d.id, d]));
  const theirDocs = new Map(theirs.documents.map((d) => [d.id, d]));
  const documents = matchDocuments(mine.documents, theirs.documents).map((match) => {
    if (match.kind === 'new') counts.documents.new++;
    else if (match.kind === 'hash') counts.documents.byHash++;
    else counts.documents.byName++;
    return { match, landing: (match.mineId !== null ? { mine: match.mineId } : { their: match.theirId }) as Landing };
  });
  const remap = new Map<number, (range: TextRange) => TextRange | null>();
  const differences = new Map<number, MergeReport['textDifferences'][number]>();
  for (const { match } of documents) {
    if (!match.textDiffers) continue;
    const their = theirDocs.get(match.theirId)!;
    const my = myDocs.get(match.mineId!)!;
    remap.set(match.theirId, remapperFor(their.text, my.text));
    const difference = { theirName: their.name, myName: my.name, by: match.kind as 'hash' | 'name', codings: 0, unplaceable: 0 };
    differences.set(match.theirId, difference);
    report.textDifferences.push(difference);
  }

  // Codes.
  const { steps: codes, onlyTheirs: onlyTheirsById } = codeSteps(mine, theirs, decisions, report);
  const stepOf = new Map(codes.map((s) => [s.their.id, s]));
  const skippedCodes = new Set(codes.filter((s) => s.action === 'skip').map((s) => s.their.id));

  // Codings.
  const hereGuids = new Map(mine.codings.map((c) => [c.guid.toLowerCase(), c.id]));
  const codingLanding = new Map<number, Landing>();
  const codings: MergePlan['codings'] = [];
  const coderNames = new Set<string>();
  const placement = { hereGuids: new Set(hereGuids.keys()), skippedCodes, remap };
  for (const coding of theirs.codings) {
    const fate = placeCoding(coding, placement);
    const difference = differences.get(coding.documentId);
    if (fate.kind === 'alreadyHere') {
      counts.codings.alreadyHere++;
      codingLanding.set(coding.id, { mine: hereGuids.get(coding.guid.toLowerCase())! });
      continue;
    }
    if (difference) difference.codings++;
    const onlyTheirs = onlyTheirsById.get(coding.codeId);
    if (onlyTheirs) onlyTheirs.codings++;
    if (fate.kind === 'skipped') counts.codings.skipped++;
    else if (fate.kind === 'unplaceable') {
      counts.codings.unplaceable++;
      if (difference) difference.unplaceable++;
    } else {
      counts.codings.new++;
      codings.push({ their: coding, start: fate.start, end: fate.end });
      codingLanding.set(coding.id, { their: coding.id });
      if (coding.coderName) coderNames.add(coding.coderName);
    }
  }

  // Memos and comments: those not already here (same target, coder and body).
  const docLanding = new Map(documents.map((d) => [d.match.theirId, d.landing]));
  const codeLanding = (id: number | null): Landing | null => {
    const step = id === null ? undefined : stepOf.get(id);
    if (!step || step.action === 'skip') return null;
    return step.action === 'use' ? { mine: step.mineId } : { their: step.their.id };
  };
  const key = (kind: string, target: Landing | null, coder: string | null, title: string, body: string) =>
    JSON.stringify([kind, target && 'mine' in target ? target.mine : null, coder, title, body]);
  const myMemos = new Set(
    mine.memos.map((m) => key(m.kind, m.kind === 'project' ? null : { mine: (m.documentId ?? m.codeId ?? m.codingId)! }, m.coderName, m.title, m.body)),
  );
  const memos: MergePlan['memos'] = [];
  for (const memo of theirs.memos) {
    const target =
      memo.kind === 'project'
        ? null
        : memo.kind === 'document'
          ? (docLanding.get(memo.documentId!) ?? null)
          : memo.kind === 'code'
            ? codeLanding(memo.codeId)
            : (codingLanding.get(memo.codingId!) ?? null);
    if (memo.kind !== 'project' && target === null) {
      counts.memos.skipped++;
      continue;
    }
    if ((target === null || 'mine' in target) && myMemos.has(key(memo.kind, target, memo.coderName, memo.title, memo.body))) {
      counts.memos.alreadyHere++;
      continue;
    }
    counts.memos.new++;
    memos.push({ memo, target });
    if (memo.coderName) coderNames.add(memo.coderName);
  }

  // Coders: matched by name, created with their colour.
  const myCoders = new Set(mine.coders.map((c) => c.name));
  const coders = new Map<string, string | null>();
  for (const name of coderNames) {
    const color = myCoders.has(name) ? null : (theirs.coders.find((c) => c.name === name)?.color ?? '#1f6feb');
    coders.set(name, color);
    if (color !== null) report.newCoders.push({ name, color });
  }
  counts.coders.new = report.newCoders.length;

  const cases = planCases(mine, theirs, docLanding, remap, report);
  return { report, coders, documents, codes, codings, memos, cases };
}
