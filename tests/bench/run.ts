import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSet, type WrittenSet } from './import-files';
import { human, json, median, type Row } from './report';
import { labelAt, operations, runsAt, scaleNames, scales, SEED, type ScaleName } from './scales';
import type { WorkerRequest, WorkerResult } from './worker';

/**
 * `npm run bench [-- --json] [--scale small[,medium]] [--operations id[,id]] [--keep]`
 *
 * For each scale, in a temporary folder, times the operations of scales.ts on real project files,
 * each operation in a forked process of its own (so its peak memory is its own), in order: the
 * write operations leave the project files that the read operations open. Before each import
 * operation, this process writes the field files it imports (not timed, not in its memory).
 * `--json` prints only a JSON array of {operation, scale, median_ms, peak_mb, budget_ms} on stdout;
 * progress always goes to stderr.
 */
interface Options {
  json: boolean;
  keep: boolean;
  scales: ScaleName[];
  /** `--operations a,b`: only these rows, with the rows that make the project files they read. */
  operations: string[] | null;
}

const PREREQUISITES = ['insert-documents', 'insert-codings'];

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, keep: false, scales: [], operations: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--operations') options.operations = (argv[(i += 1)] ?? '').split(',').filter(Boolean);
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg === '--scale' ? argv[(i += 1)] : arg.slice('--scale='.length);
      for (const name of (value ?? '').split(',').filter(Boolean)) {
        if (!scaleNames.includes(name as ScaleName)) throw new Error(`Unknown scale "${name}" (expected ${scaleNames.join(', ')})`);
        options.scales.push(name as ScaleName);
      }
    } else throw new Error(`Unknown argument "${arg}" (expected --json, --scale <name>, --operations <ids>, --keep)`);
  }
  if (options.scales.length === 0) options.scales = [...scaleNames];
  options.scales = scaleNames.filter((s) => options.scales.includes(s));
  return options;
}

const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** Forks worker.ts with the same loader flags as this process (tsx), and waits for its one answer. */
function runWorker(request: WorkerRequest): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = fork(workerFile, [JSON.stringify(request)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let answer: { ok: true; result: WorkerResult } | { ok: false; error: string } | undefined;
    child.on('message', (message) => {
      answer = message as typeof answer;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.ok) resolve(answer.result);
      else reject(new Error(`${request.op} (${request.scale}) failed: ${answer?.error ?? `exit code ${code}`}`));
    });
  });
}

const progress = (text: string): boolean => process.stderr.write(text);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const rows: Row[] = [];
  for (const scaleName of options.scales) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `balise-bench-${scaleName}-`));
    progress(`bench ${scaleName} in ${dir}\n`);
    try {
      for (const op of operations.filter((o) => runsAt(o, scaleName) && (!options.operations || options.operations.includes(o.id) || PREREQUISITES.includes(o.id)))) {
        let files: WrittenSet | undefined;
        const set = op.files?.(scales[scaleName]);
        if (set) {
          const g0 = performance.now();
          files = writeFileSet(SEED, set, path.join(dir, `files-${op.id}`));
          progress(`  (${files.files.toLocaleString('en-US')} .${set.format} file${files.files > 1 ? 's' : ''} written in ${((performance.now() - g0) / 1000).toFixed(1)} s)\n`);
        }
        progress(`  ${labelAt(op, scaleName)} … `);
        const t0 = performance.now();
        const result = await runWorker({ op: op.id, scale: scaleName, dir, ...(files ? { files } : {}) });
        const row: Row = {
          operation: op.id,
          scale: scaleName,
          reps: result.samples.length,
          medianMs: median(result.samples),
          minMs: Math.min(...result.samples),
          maxMs: Math.max(...result.samples),
          peakMb: result.peakMb,
          baseMb: result.baseMb,
          size: result.size,
        };
        if (result.backupCloseMs !== undefined) row.backupCloseMs = result.backupCloseMs;
        if (result.detail !== undefined) row.detail = result.detail;
        if (result.importProgress !== undefined) row.importProgress = result.importProgress;
        rows.push(row);
        progress(`${row.medianMs.toFixed(1)} ms, ${row.peakMb.toFixed(0)} MB (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
      }
    } finally {
      if (options.keep) progress(`  kept ${dir}\n`);
      else fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  if (options.json) process.stdout.write(`${JSON.stringify(json(rows))}\n`);
  else process.stdout.write(`${human(rows, elapsed)}\n`);
  // Dragging on the theme map is measured in Chromium by its own script (it builds its own project).
  progress('Frames while dragging a node of a 150-code theme map: npm run bench:map (tests/bench/map-frames.ts)\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
