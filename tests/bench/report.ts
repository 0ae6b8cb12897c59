import { budgetAt, describeScale, IMPORT_NOTE, labelAt, operations, scales, type Operation, type OperationId, type ScaleName } from './scales';
import type { ImportProgress } from './worker';

/** One measured operation at one scale. `json()` gives the public shape of `npm run bench -- --json`. */
export interface Row {
  operation: OperationId;
  scale: ScaleName;
  reps: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakMb: number;
  baseMb: number;
  size: number | null;
  backupCloseMs?: number;
  detail?: string;
  importProgress?: ImportProgress;
}

export interface JsonRow {
  operation: string;
  scale: ScaleName;
  median_ms: number;
  peak_mb: number;
  budget_ms: number | null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));
const opOf = (id: OperationId): Operation => operations.find((o) => o.id === id)!;

export function json(rows: Row[]): JsonRow[] {
  return rows.map((r) => ({
    operation: labelAt(opOf(r.operation), r.scale),
    scale: r.scale,
    median_ms: round(r.medianMs, 3),
    peak_mb: round(r.peakMb, 1),
    budget_ms: budgetAt(opOf(r.operation), r.scale),
  }));
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function table(header: string[], body: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...body.map(line)].join('\n');
}

function verdict(row: Row): string {
  const budget = budgetAt(opOf(row.operation), row.scale);
  const memoryBudget = scales[row.scale].memoryBudgetMb;
  if (budget === null && memoryBudget === null) return '—';
  const ok = (budget === null || row.medianMs < budget) && (memoryBudget === null || row.peakMb < memoryBudget);
  return ok ? '✓' : '✗';
}

function mainTable(rows: Row[]): string {
  const body = rows.map((r) => {
    const op = opOf(r.operation);
    const budget = budgetAt(op, r.scale);
    const memoryBudget = scales[r.scale].memoryBudgetMb;
    return [
      labelAt(op, r.scale),
      r.scale,
      String(r.reps),
      ms(r.medianMs),
      `${ms(r.minMs)}–${ms(r.maxMs)}`,
      r.peakMb.toFixed(0),
      `+${Math.max(0, r.peakMb - r.baseMb).toFixed(0)}`,
      budget === null ? '—' : `< ${budget}`,
      memoryBudget === null ? '—' : `< ${memoryBudget}`,
      verdict(r),
    ];
  });
  const header = ['operation', 'scale', 'reps', 'median ms', 'min–max ms', 'peak MB', 'over start', 'budget ms', 'budget MB', 'ok'];
  return table(header, body, [false, false, true, true, true, true, true, true, true, false]);
}

/** How much bigger the thing an operation works on is from one scale to the next. */
function sizeRatio(op: Operation, a: Row, b: Row): number | null {
  const sa = scales[a.scale];
  const sb = scales[b.scale];
  switch (op.driver) {
    case 'nothing':
      return null;
    case 'words':
      return (sb.documents * sb.wordsPerDocument) / (sa.documents * sa.wordsPerDocument);
    case 'codings':
      return sb.codings / sa.codings;
    case 'file':
    case 'document':
    case 'input':
      return a.size && b.size ? b.size / a.size : null;
  }
}

const driverLabel: Record<Operation['driver'], string> = {
  nothing: 'constant',
  words: 'words in corpus',
  codings: 'codings in corpus',
  file: 'project file bytes',
  document: 'codings in that document',
  input: 'bytes of files imported',
};

function growthTable(rows: Row[]): string | null {
  const order = (Object.keys(scales) as ScaleName[]).filter((s) => rows.some((r) => r.scale === s));
  if (order.length < 2) return null;
  const body: string[][] = [];
  for (const op of operations) {
    for (let i = 1; i < order.length; i += 1) {
      const a = rows.find((r) => r.operation === op.id && r.scale === order[i - 1]);
      const b = rows.find((r) => r.operation === op.id && r.scale === order[i]);
      if (!a || !b) continue;
      const time = b.medianMs / a.medianMs;
      const size = sizeRatio(op, a, b);
      const exponent = size && Math.abs(Math.log(size)) > Math.log(1.5) ? Math.log(time) / Math.log(size) : null;
      const shape =
        a.medianMs < 1 && b.medianMs < 1
          ? 'under 1 ms: too small to judge'
          : exponent === null
            ? time < 3 ? 'flat (fsync-bound, disk noise)' : 'grows with no size driver ✗'
            : exponent <= 1.15 ? 'linear or better' : exponent <= 1.3 ? '≈ n log n' : 'faster than linear ✗';
      body.push([
        op.label,
        `${a.scale} → ${b.scale}`,
        driverLabel[op.driver],
        size === null ? '—' : `×${size.toFixed(1)}`,
        `×${time.toFixed(2)}`,
        exponent === null ? '—' : exponent.toFixed(2),
        shape,
      ]);
    }
  }
  const header = ['operation', 'scales', 'size measured as', 'size ratio', 'time ratio', 'exponent', 'growth'];
  return table(header, body, [false, false, false, true, true, true, false]);
}

export function human(rows: Row[], elapsedS: number): string {
  const order = (Object.keys(scales) as ScaleName[]).filter((s) => rows.some((r) => r.scale === s));
  const lines = ['Balise bench — real ProjectSession, repositories and service on SQLite files (better-sqlite3), no mocks.', ''];
  for (const s of order) lines.push(`  ${s}: ${describeScale(scales[s])}`);
  lines.push('', mainTable(rows), '');
  const growth = growthTable(rows);
  if (growth) {
    lines.push('How costs grow (exponent = log(time ratio) / log(size ratio); 1 is linear):', '', growth, '');
  }
  lines.push('Notes:');
  const measured = operations.filter((op) => rows.some((r) => r.operation === op.id));
  for (const op of measured) if (op.note) lines.push(`  - ${op.label}: ${op.note}.`);
  if (measured.some((op) => op.files)) lines.push(`  - ${IMPORT_NOTE}.`);
  for (const r of rows.filter((row) => row.backupCloseMs !== undefined)) {
    lines.push(`  - backup+close after open, ${r.scale}: ${ms(r.backupCloseMs!)} ms (median); ${r.detail ?? ''}.`);
  }
  for (const r of rows.filter((row) => row.operation === 'get-document' && row.detail)) {
    lines.push(`  - most coded document, ${r.scale}: ${r.detail}.`);
  }
  for (const r of rows.filter((row) => (row.operation.startsWith('search-') || row.operation.startsWith('extracts-')) && row.detail)) {
    lines.push(`  - ${labelAt(opOf(r.operation), r.scale)}, ${r.scale}: ${r.detail}.`);
  }
  for (const r of rows.filter((row) => row.importProgress)) {
    const { longestStepMs, cancel } = r.importProgress!;
    const label = labelAt(opOf(r.operation), r.scale);
    lines.push(`  - ${label}, ${r.scale}: ${r.detail ?? ''}; progress events at most ${ms(longestStepMs)} ms apart.`);
    if (cancel) {
      const { files } = r.importProgress!;
      lines.push(
        cancel.imported < files
          ? `    Cancel asked after file ${cancel.askedAfter}: honoured, ${cancel.imported} of ${files} files imported, batch ended ${ms(cancel.afterMs)} ms later.`
          : `    Cancel asked after file ${cancel.askedAfter}: NOT honoured ✗, all ${files} files imported, batch ended ${ms(cancel.afterMs)} ms later.`,
      );
    }
  }
  const base = rows.map((r) => r.baseMb);
  lines.push(
    `  - peak MB: maxRSS of a process running only that operation (each operation runs in its own forked process),`,
    `    so it includes Node, tsx and the loaded modules (${Math.min(...base).toFixed(0)}–${Math.max(...base).toFixed(0)} MB before any work); "over start" is the rise above that.`,
    '  - budget ms: only the imports of 200 .txt and 200 .docx files (medium) are the very operations of a DESIGN.md',
    '    time budget; none is claimed for the others. The 500 MB memory budget (main process, 2,000 documents)',
    '    is checked on every row of the large scale.',
    `  - total time ${elapsedS.toFixed(0)} s on ${process.platform}, Node ${process.version}.`,
  );
  return lines.join('\n');
}
