import { useCallback, useMemo, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../shared/domain/import';
import type { RefiImportReport } from '../../../shared/domain/refi-import';
import { ApiError, toWireError } from '../../../shared/errors';
import { useApi, useServiceEvent } from '../../app/Services';
import { baseName } from '../../app/paths';
import { isTooLarge, readAsBase64, tooLargeOutcome, unsupportedOutcome } from './files';

/** Where a file of the batch came from: a File (browser, drop) or a path the service reads (Electron). */
export type Source = File | string;

export interface SummaryItem {
  outcome: ImportOutcome;
  source: Source;
  /** A REFI-QDA file (`.qdpx`, `.qdc`) imported through `imports:refi`: what it brought and left out. */
  refi?: RefiImportReport;
}

export type Batch =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; current: string | null; cancelling: boolean }
  | {
      phase: 'summary';
      items: SummaryItem[];
      /** Files left out because the researcher cancelled. */
      notProcessed: number;
      /** Case tables that came with the documents: imported through the table dialog. */
      tables: Source[];
      /** Duplicates being imported anyway, by index in `items`. */
      retrying: number[];
    };

export interface ImportBatch {
  batch: Batch;
  runFiles(documents: File[], others: File[], tables: File[], refi?: File[]): Promise<SummaryItem[]>;
  runPaths(documents: string[], others: string[], tables: Source[], refi?: File[]): Promise<SummaryItem[]>;
  cancel(): void;
  importAnyway(indexes: number[]): Promise<void>;
  close(): void;
}

function failure(fileName: string, error: unknown): ImportOutcome {
  const wire = error instanceof ApiError ? error.wire : toWireError('INTERNAL', { details: error instanceof Error ? error.message : String(error) });
  return { fileName, status: 'failed', error: wire };
}

const nameOf = (source: Source) => (typeof source === 'string' ? baseName(source) : source.name);

/**
 * Runs an import batch. In the browser, files go one by one through `imports:upload`: a cancel
 * takes effect between two files, and the file in progress is imported whole or not at all by the
 * service. In Electron, `imports:paths` reads the files itself and reports `import:progress`.
 */
export function useImportBatch(): ImportBatch {
  const api = useApi();
  const [batch, setBatch] = useState<Batch>({ phase: 'idle' });
  const cancelled = useRef(false);
  const mode = useRef<'files' | 'paths'>('files');

  useServiceEvent('import:progress', ({ done, total, current }) => {
    if (mode.current !== 'paths') return;
    setBatch((b) => (b.phase === 'running' ? { ...b, done, total, current } : b));
  });

  const upload = useCallback(
    async (file: File, duplicates: 'skip' | 'import'): Promise<ImportOutcome> => {
      if (isTooLarge(file)) return tooLargeOutcome(file.name);
      try {
        const data = await readAsBase64(file);
        return await api.imports.upload({ fileName: file.name, data, duplicates });
      } catch (error) {
        return failure(file.name, error);
      }
    },
    [api],
  );

  const importRefi = useCallback(
    async (file: File): Promise<SummaryItem> => {
      try {
        const data = await readAsBase64(file);
        const refi = await api.imports.refi({ fileName: file.name, data });
        return { outcome: { fileName: file.name, status: 'imported' }, source: file, refi };
      } catch (error) {
        return { outcome: failure(file.name, error), source: file };
      }
    },
    [api],
  );

  const runFiles = useCallback(
    async (documents: File[], others: File[], tables: File[], refi: File[] = []) => {
      cancelled.current = false;
      mode.current = 'files';
      const items: SummaryItem[] = [];
      // REFI-QDA files go one at a time, after the documents of the same batch.
      const queue = [...documents, ...refi];
      for (const [index, file] of queue.entries()) {
        if (cancelled.current) break;
        setBatch((b) => ({ phase: 'running', done: index, total: queue.length, current: file.name, cancelling: b.phase === 'running' && b.cancelling }));
        items.push(index < documents.length ? { outcome: await upload(file, 'skip'), source: file } : await importRefi(file));
      }
      for (const file of others) items.push({ outcome: unsupportedOutcome(file.name), source: file });
      setBatch({ phase: 'summary', items, notProcessed: queue.length + others.length - items.length, tables, retrying: [] });
      return items;
    },
    [upload, importRefi],
  );

  const runPaths = useCallback(
    async (documents: string[], others: string[], tables: Source[], refi: File[] = []) => {
      cancelled.current = false;
      mode.current = 'paths';
      const items: SummaryItem[] = [];
      if (documents.length > 0) {
        setBatch({ phase: 'running', done: 0, total: documents.length, current: baseName(documents[0]!), cancelling: false });
        try {
          const outcomes = await api.imports.paths({ paths: documents });
          outcomes.forEach((outcome, i) => items.push({ outcome, source: documents[i] ?? outcome.fileName }));
        } catch (error) {
          documents.forEach((path) => items.push({ outcome: failure(baseName(path), error), source: path }));
        }
      }
      // REFI-QDA files (read by the service from the chosen paths) go one at a time, after the documents.
      for (const [index, file] of refi.entries()) {
        if (cancelled.current) break;
        setBatch({ phase: 'running', done: index, total: refi.length, current: file.name, cancelling: false });
        items.push(await importRefi(file));
      }
      for (const path of others) items.push({ outcome: unsupportedOutcome(baseName(path)), source: path });
      const expected = documents.length + refi.length + others.length;
      setBatch({ phase: 'summary', items, notProcessed: Math.max(0, expected - items.length), tables, retrying: [] });
      return items;
    },
    [api, importRefi],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    setBatch((b) => (b.phase === 'running' ? { ...b, cancelling: true } : b));
    if (mode.current === 'paths') void api.imports.cancel({}).catch(() => undefined);
  }, [api]);

  const importAnyway = useCallback(
    async (indexes: number[]) => {
      if (batch.phase !== 'summary') return;
      setBatch((b) => (b.phase === 'summary' ? { ...b, retrying: [...b.retrying, ...indexes] } : b));
      for (const index of indexes) {
        const item = batch.items[index];
        if (!item) continue;
        let outcome: ImportOutcome;
        if (typeof item.source === 'string') {
          try {
            outcome = (await api.imports.paths({ paths: [item.source], duplicates: 'import' }))[0] ?? failure(nameOf(item.source), new Error('no outcome'));
          } catch (error) {
            outcome = failure(nameOf(item.source), error);
          }
        } else outcome = await upload(item.source, 'import');
        setBatch((b) =>
          b.phase === 'summary'
            ? { ...b, items: b.items.map((it, i) => (i === index ? { ...it, outcome } : it)), retrying: b.retrying.filter((i) => i !== index) }
            : b,
        );
      }
    },
    [api, batch, upload],
  );

  const close = useCallback(() => setBatch({ phase: 'idle' }), []);

  return useMemo(() => ({ batch, runFiles, runPaths, cancel, importAnyway, close }), [batch, runFiles, runPaths, cancel, importAnyway, close]);
}

export { nameOf as sourceName };
