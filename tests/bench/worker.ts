import fs from 'node:fs';
import path from 'node:path';
import { ensureCoder } from '../../electron/db/repositories/coders';
import { insertCodeSeeds, listCodes } from '../../electron/db/repositories/codebook';
import { insertCodings, type NewCoding } from '../../electron/db/repositories/codings';
import { insertDocument } from '../../electron/db/repositories/documents';
import { createService } from '../../electron/service';
import { headlessHost } from '../../electron/service/host';
import { ProjectSession } from '../../electron/service/project-session';
import type { ImportOutcome } from '../../shared/domain/import';
import { median } from './report';
import { benchApplyCode, benchLexicalOpen, benchOpenTranscript, benchScroll, uiPrerequisites } from './ui';
import { codeWeights, generateCodebook, generateDocument, generateDocumentCodings, planCodingCounts } from './corpus';
import type { WrittenSet } from './import-files';
import { SEED, scales, type OperationId, type Scale, type ScaleName } from './scales';

/**
 * One bench operation at one scale, in a process of its own, so that its peak memory
 * (`maxRSS`) is its own. Started by run.ts with `fork`; answers with one message.
 * Projects in `dir`: `base.balise` (documents only) is left by insert-documents, `full.balise`
 * (documents, codebook, codings) by insert-codings; the read operations open `full.balise`.
 * The import operations import `files`, a folder run.ts has written beforehand (not timed).
 */
export interface WorkerRequest {
  op: OperationId;
  scale: ScaleName;
  dir: string;
  files?: WrittenSet;
}

export interface WorkerResult {
  samples: number[];
  /** Process peak resident memory, and resident memory before the operation (Node, tsx, modules). */
  peakMb: number;
  baseMb: number;
  /** Size of what the operation works on, for the growth table (file bytes, codings of a document). */
  size: number | null;
  /** What was measured, in words, for the notes. */
  detail?: string;
  /** Median time from the end of `open` until `close` returns (the rolling backup, the checkpoint). */
  backupCloseMs?: number;
  /** Import rows: what a progress bar and a cancel button would see (see `importFiles`). */
  importProgress?: ImportProgress;
}

export interface ImportProgress {
  files: number;
  /** Median over the reps of the longest time between two `import:progress` events. */
  longestStepMs: number;
  /** Cancel asked (as a message arriving) after `askedAfter` files: files imported, and how long after. */
  cancel?: { askedAfter: number; imported: number; afterMs: number };
}

const CODER = 'Banc d’essai';
const mb = (bytes: number): number => bytes / 1024 / 1024;
const now = (): string => new Date().toISOString();
const paths = (dir: string) => ({
  data: path.join(dir, 'data'),
  base: path.join(dir, 'base.balise'),
  full: path.join(dir, 'full.balise'),
  scratch: (name: string) => path.join(dir, name),
});

function removeProject(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(file + suffix, { force: true });
}

async function createProjects(scale: Scale, dir: string): Promise<number[]> {
  const p = paths(dir);
  const samples: number[] = [];
  for (let rep = 0; rep < Math.max(5, scale.writeReps); rep += 1) {
    const file = p.scratch(`create-${rep}.balise`);
    const t0 = performance.now();
    const session = ProjectSession.create(file, 'vide', `Création ${rep}`, CODER, p.data);
    samples.push(performance.now() - t0);
    await session.close();
    removeProject(file);
  }
  return samples;
}

/** Times the transaction only: the time spent generating each document inside it is taken out. */
async function insertDocuments(scale: Scale, dir: string): Promise<number[]> {
  const p = paths(dir);
  const samples: number[] = [];
  for (let rep = 0; rep < scale.writeReps; rep += 1) {
    const file = p.scratch(`documents-${rep}.balise`);
    const session = ProjectSession.create(file, 'vide', `Banc ${scale.name}`, CODER, p.data);
    let generating = 0;
    const t0 = performance.now();
    session.write((db) => {
      const at = now();
      for (let i = 0; i < scale.documents; i += 1) {
        const g0 = performance.now();
        const doc = generateDocument(SEED, i, scale.wordsPerDocument);
        generating += performance.now() - g0;
        insertDocument(db, doc, at);
      }
    });
    samples.push(performance.now() - t0 - generating);
    await session.close();
    if (rep === scale.writeReps - 1) fs.renameSync(file, p.base);
    removeProject(file);
  }
  return samples;
}

/** Codings for every document of `session`, read back from the project (texts are streamed). */
function planCodings(session: ProjectSession, scale: Scale): NewCoding[] {
  const codeIds = listCodes(session.db).map((c) => c.id);
  const coderIds = [session.coder.id];
  for (const name of ['Camille', 'Yanis', 'Inès', 'Mathéo'].slice(0, scale.coders - 1)) {
    coderIds.push(session.write((db) => ensureCoder(db, name, now()).id));
  }
  const counts = planCodingCounts(SEED, scale.documents, scale.codings);
  const weights = codeWeights(codeIds.length);
  const codings: NewCoding[] = [];
  const rows = session.db.prepare('SELECT id, text FROM documents ORDER BY id').iterate() as IterableIterator<{ id: number; text: string }>;
  let index = 0;
  for (const row of rows) {
    for (const c of generateDocumentCodings(SEED, index, row.text, counts[index]!, weights, coderIds.length)) {
      codings.push({ documentId: row.id, codeId: codeIds[c.codeIndex]!, coderId: coderIds[c.coderIndex]!, start: c.start, end: c.end });
    }
    index += 1;
  }
  return codings;
}

async function bulkInsertCodings(scale: Scale, dir: string): Promise<number[]> {
  const p = paths(dir);
  const samples: number[] = [];
  for (let rep = 0; rep < scale.writeReps; rep += 1) {
    const file = p.scratch(`codings-${rep}.balise`);
    fs.copyFileSync(p.base, file);
    const session = await ProjectSession.open(file, CODER, p.data);
    session.write((db) => insertCodeSeeds(db, generateCodebook(SEED, scale.families, scale.perFamily), now()));
    const codings = planCodings(session, scale);
    const t0 = performance.now();
    session.write((db) => insertCodings(db, codings, now()));
    samples.push(performance.now() - t0);
    await session.close();
    if (rep === scale.writeReps - 1) fs.renameSync(file, p.full);
    removeProject(file);
  }
  return samples;
}

async function openProject(scale: Scale, dir: string): Promise<{ samples: number[]; backupCloseMs: number }> {
  const p = paths(dir);
  const samples: number[] = [];
  const closing: number[] = [];
  for (let rep = 0; rep < scale.readReps; rep += 1) {
    const t0 = performance.now();
    const session = await ProjectSession.open(p.full, CODER, p.data);
    const t1 = performance.now();
    samples.push(t1 - t0);
    await session.close();
    closing.push(performance.now() - t1);
  }
  return { samples, backupCloseMs: median(closing) };
}

/** Read calls through the real service, on `full.balise` opened once. */
async function readCalls(op: OperationId, scale: Scale, dir: string): Promise<Pick<WorkerResult, 'samples' | 'size' | 'detail'>> {
  const p = paths(dir);
  const service = createService({ dataDir: p.data, appVersion: 'bench', host: headlessHost, defaultProjectFolder: dir });
  try {
    await service.call('projects:open', { path: p.full });
    const documents = await service.call('documents:list', {});
    const largest = documents.reduce((a, b) => (b.codingCount > a.codingCount ? b : a));
    const codes = op.startsWith('extracts-') || op.startsWith('cooccurrence-') ? await service.call('codebook:list', {}) : [];
    const largestCode = codes.reduce((a, b) => (b.codingCount > a.codingCount ? b : a), codes[0]!);
    const familyCount = (id: number) => codes.filter((c) => c.id === id || c.parentId === id).reduce((sum, c) => sum + c.codingCount, 0);
    const family = codes.filter((c) => c.parentId === null).reduce((a, b) => (familyCount(b.id) > familyCount(a.id) ? b : a), codes[0]!);
    let extracts = 0;
    let counted = 0;
    const call = async (): Promise<unknown> => {
      if (op === 'extracts-code' || op === 'extracts-family') {
        const code = op === 'extracts-code' ? largestCode : family;
        const result = await service.call('extracts:list', { query: { op: 'code', codeId: code.id, withChildren: op === 'extracts-family' }, filters: {}, context: true, limit: op === 'extracts-family' ? 5_000 : 100_000 });
        extracts = result.extracts.length;
        counted = result.counts.passages;
        return result;
      }
      if (op === 'cooccurrence-overlap' || op === 'cooccurrence-unit') {
        const matrix = await service.call('analysis:cooccurrence', { codeIds: codes.map((c) => c.id), withChildren: false, mode: op === 'cooccurrence-overlap' ? 'overlap' : 'unit', within: 0, filters: {} });
        extracts = matrix.pairs.length;
        counted = matrix.codes.reduce((sum, c) => sum + c.passages, 0);
        return matrix;
      }
      if (op === 'list-codes') return service.call('codebook:list', {});
      if (op === 'get-document') return service.call('documents:get', { id: largest.id });
      return service.call('projects:info', {});
    };
    const samples: number[] = [];
    for (let rep = 0; rep < scale.readReps; rep += 1) {
      const t0 = performance.now();
      await call();
      samples.push(performance.now() - t0);
    }
    if (op.startsWith('cooccurrence-')) return { samples, size: counted, detail: `${codes.length} codes, ${counted.toLocaleString('en-US')} passages, ${extracts.toLocaleString('en-US')} co-occurring pairs` };
    if (op.startsWith('extracts-')) return { samples, size: extracts, detail: `${extracts.toLocaleString('en-US')} extracts with context of ${counted.toLocaleString('en-US')} counted` };
    if (op !== 'get-document') return { samples, size: null };
    const detail = `document ${largest.id}: ${largest.characterCount.toLocaleString('en-US')} characters, ${largest.codingCount} codings`;
    return { samples, size: largest.codingCount, detail };
  } finally {
    await service.close();
  }
}

const SEARCHES: Partial<Record<OperationId, string>> = {
  'search-word': 'telephone',
  'search-phrase': '"mot de passe"',
  'search-prefix': 'numéri*',
  'search-autocode': 'telephone',
};

/**
 * The text search through the real service on `full.balise` opened once: the first call reads the
 * documents into the word cache (timed apart, in the detail), the samples are the calls after it.
 */
async function searchCalls(op: OperationId, scale: Scale, dir: string): Promise<Pick<WorkerResult, 'samples' | 'size' | 'detail'>> {
  const p = paths(dir);
  const query = SEARCHES[op]!;
  const service = createService({ dataDir: p.data, appVersion: 'bench', host: headlessHost, defaultProjectFolder: dir });
  try {
    await service.call('projects:open', { path: p.full });
    const codeId = (await service.call('codebook:list', {}))[0]!.id;
    const call = () =>
      op === 'search-autocode'
        ? service.call('search:autocode', { query, codeId, scope: 'sentence', preview: true })
        : service.call('search:run', { query, limit: 500 });
    const c0 = performance.now();
    const first = await call();
    const cold = performance.now() - c0;
    const samples: number[] = [];
    for (let rep = 0; rep < scale.readReps; rep += 1) {
      const t0 = performance.now();
      await call();
      samples.push(performance.now() - t0);
    }
    const n = (x: number): string => x.toLocaleString('en-US');
    const found =
      'passages' in first
        ? `${n(first.hits)} results → ${n(first.passages)} sentences in ${n(first.documents)} documents`
        : `${n(first.hits)} results in ${n(first.documents)} documents, ${n(first.groups.reduce((k, g) => k + g.hits.length, 0))} listed`;
    return { samples, size: null, detail: `« ${query} »: ${found}; first call ${cold.toFixed(0)} ms (reads the documents into the word cache)` };
  } finally {
    await service.close();
  }
}

/**
 * Applies a code to a few words of the most coded document, then reloads that document's codings,
 * as the coding view does; each rep on other words, in `full.balise` (a copy: the file stays as it was).
 */
async function applyCode(scale: Scale, dir: string): Promise<Pick<WorkerResult, 'samples' | 'size' | 'detail'>> {
  const p = paths(dir);
  const file = p.scratch('apply-code.balise');
  fs.copyFileSync(p.full, file);
  const service = createService({ dataDir: p.data, appVersion: 'bench', host: headlessHost, defaultProjectFolder: dir });
  try {
    await service.call('projects:open', { path: file });
    const documents = await service.call('documents:list', {});
    const largest = documents.reduce((a, b) => (b.codingCount > a.codingCount ? b : a));
    const { text } = await service.call('documents:get', { id: largest.id });
    const codes = await service.call('codebook:list', {});
    const samples: number[] = [];
    for (let rep = 0; rep < scale.readReps; rep += 1) {
      const start = Math.floor(((rep + 0.5) / scale.readReps) * (text.length - 200));
      const t0 = performance.now();
      await service.call('codings:add', { documentId: largest.id, codeId: codes[rep % codes.length]!.id, start, end: start + 60 });
      await service.call('codings:forDocument', { documentId: largest.id });
      samples.push(performance.now() - t0);
    }
    const total = (await service.call('projects:info', {})).codings;
    return { samples, size: total, detail: `document ${largest.id} (${largest.codingCount} codings), project ${total.toLocaleString('en-US')} codings` };
  } finally {
    await service.close();
    removeProject(file);
  }
}

/** Throws unless every file was imported with the turns and grid answers its generator wrote. */
function checkImported(outcomes: ImportOutcome[], files: WrittenSet): void {
  const failed = outcomes.find((o) => o.status !== 'imported');
  if (failed) throw new Error(`${failed.fileName}: ${failed.status} ${JSON.stringify(failed.error ?? failed.duplicateOf ?? '')}`);
  const sum = (key: string): number => outcomes.reduce((total, o) => total + (o.counts?.[key] ?? 0), 0);
  const found = { files: outcomes.length, turns: sum('turns'), answers: sum('answers') };
  const expected = { files: files.files, ...files.expected };
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`imported ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
}

/**
 * `imports:paths` on the folder, through the real service, each rep into a fresh project (created
 * and closed outside the timing). Also records the longest wait between two progress events, and,
 * once, whether a cancel asked mid-batch is honoured: it is sent as a macrotask (setImmediate),
 * which is how an IPC or worker-thread message reaches the service.
 */
async function importFiles(op: OperationId, scale: Scale, dir: string, files: WrittenSet): Promise<Pick<WorkerResult, 'samples' | 'size' | 'detail' | 'importProgress'>> {
  const p = paths(dir);
  const service = createService({ dataDir: p.data, appVersion: 'bench', host: headlessHost, defaultProjectFolder: dir });
  let events: number[] = [];
  let onProgress: ((done: number) => void) | null = null;
  service.onEvent((event, payload) => {
    if (event !== 'import:progress') return;
    events.push(performance.now());
    onProgress?.((payload as { done: number }).done);
  });
  const samples: number[] = [];
  const steps: number[] = [];
  const run = async (rep: string): Promise<{ outcomes: ImportOutcome[]; t0: number; t1: number }> => {
    const file = p.scratch(`${op}-${rep}.balise`);
    await service.call('projects:create', { path: file, template: 'vide', name: `Import ${rep}` });
    events = [];
    const t0 = performance.now();
    const outcomes = await service.call('imports:paths', { paths: [files.folder], duplicates: 'import' });
    const t1 = performance.now();
    await service.call('projects:close', {});
    removeProject(file);
    return { outcomes, t0, t1 };
  };
  try {
    for (let rep = 0; rep < scale.importReps; rep += 1) {
      const { outcomes, t0, t1 } = await run(String(rep));
      samples.push(t1 - t0);
      checkImported(outcomes, files);
      const marks = [t0, ...events, t1];
      steps.push(Math.max(...marks.slice(1).map((t, i) => t - marks[i]!)));
    }
    const progress: ImportProgress = { files: files.files, longestStepMs: median(steps) };
    // The cancel probe imports the whole folder again when cancel is not honoured: not at large scale.
    if (files.files >= 20 && scale.name !== 'large') {
      const askedAfter = 10;
      let askedAt = 0;
      onProgress = (done) => {
        if (done !== askedAfter || askedAt) return;
        askedAt = performance.now();
        setImmediate(() => void service.call('imports:cancel', {}));
      };
      const { outcomes, t1 } = await run('cancel');
      onProgress = null;
      progress.cancel = { askedAfter, imported: outcomes.filter((o) => o.status === 'imported').length, afterMs: t1 - askedAt };
    }
    const n = (x: number): string => x.toLocaleString('en-US');
    const found = `${n(files.expected.turns)} turns and ${n(files.expected.answers)} grid answers found`;
    return {
      samples,
      size: files.bytes,
      importProgress: progress,
      detail: `${n(files.files)} file${files.files > 1 ? 's' : ''}, ${n(files.words)} words, ${mb(files.bytes).toFixed(1)} MB; ${found}`,
    };
  } finally {
    await service.close();
  }
}

async function runOperation(request: WorkerRequest): Promise<WorkerResult> {
  const scale = scales[request.scale];
  const { dir, op } = request;
  fs.mkdirSync(paths(dir).data, { recursive: true });
  const baseMb = mb(process.memoryUsage.rss());
  const result: WorkerResult = { samples: [], peakMb: 0, baseMb, size: null };
  if (op === 'create') result.samples = await createProjects(scale, dir);
  else if (op === 'insert-documents') result.samples = await insertDocuments(scale, dir);
  else if (op === 'insert-codings') result.samples = await bulkInsertCodings(scale, dir);
  else if (op === 'open') {
    const opened = await openProject(scale, dir);
    result.samples = opened.samples;
    result.backupCloseMs = opened.backupCloseMs;
    result.size = fs.statSync(paths(dir).full).size;
    result.detail = `project file ${mb(result.size).toFixed(1)} MB`;
  } else if (op.startsWith('import-')) {
    if (!request.files) throw new Error(`${op}: no files to import`);
    Object.assign(result, await importFiles(op, scale, dir, request.files));
  } else if (op === 'apply-code') Object.assign(result, await applyCode(scale, dir));
  else if (op.startsWith('search-')) Object.assign(result, await searchCalls(op, scale, dir));
  else if (op.startsWith('ui-')) {
    const missing = uiPrerequisites();
    if (missing) throw new Error(`${op}: ${missing}`);
    const p = paths(dir);
    if (op === 'ui-open-transcript') Object.assign(result, await benchOpenTranscript(dir, p.full, p.data, scale.readReps));
    else if (op === 'ui-scroll') Object.assign(result, await benchScroll(dir, p.full, p.data));
    else if (op === 'ui-lexical-open') Object.assign(result, await benchLexicalOpen(dir, p.full, p.data, Math.min(5, scale.readReps)));
    else Object.assign(result, await benchApplyCode(dir, p.full, p.data, scale.readReps));
  } else Object.assign(result, await readCalls(op, scale, dir));
  result.peakMb = process.resourceUsage().maxRSS / 1024;
  return result;
}

if (process.send && process.argv[2]) {
  const request = JSON.parse(process.argv[2]) as WorkerRequest;
  runOperation(request).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.send!({ ok: false, error: String(error) }, () => process.exit(1));
    },
  );
}
