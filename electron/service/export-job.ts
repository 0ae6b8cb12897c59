import type { ExportStep } from '../../shared/contract/exports';
import { BaliseError } from '../../shared/errors';
import type { ServiceContext } from './context';

/** How an export says how far it is, and learns that it should stop. */
export interface ExportProgress {
  /**
   * `done` of `total` through `step`. Yields to the event loop, so `exports:cancel` and the
   * progress event get through; throws EXPORT_CANCELLED when the export was cancelled.
   */
  step(step: ExportStep, done: number, total: number): Promise<void>;
}

/** For callers that show no progress (the CLI, tests). */
export const silentProgress: ExportProgress = { step: async () => undefined };

/** Items between two progress steps in a long loop: often enough to cancel within a blink. */
export const ITEMS_PER_STEP = 250;

/** Events at most this often, but always the first and last of a step. */
const EMIT_EVERY_MS = 100;

/** The export in progress: its progress events and its cancellation. */
export class ExportJob implements ExportProgress {
  private cancelled = false;
  private lastEmit = 0;

  constructor(private readonly emit: ServiceContext['emit']) {}

  cancel(): void {
    this.cancelled = true;
  }

  async step(step: ExportStep, done: number, total: number): Promise<void> {
    const now = Date.now();
    if (done === 0 || done >= total || now - this.lastEmit >= EMIT_EVERY_MS) {
      this.lastEmit = now;
      this.emit('export:progress', { step, done, total });
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (this.cancelled) throw new BaliseError('EXPORT_CANCELLED');
  }
}

/** Runs one export as the context's export in progress (one at a time: a second waits for none, it replaces the first's handle). */
export async function runExport<T>(context: ServiceContext, work: (progress: ExportProgress) => Promise<T>): Promise<T> {
  const job = new ExportJob((event, payload) => context.emit(event, payload));
  context.exportJob = job;
  try {
    return await work(job);
  } finally {
    if (context.exportJob === job) context.exportJob = null;
  }
}

/** Walks `items`, reporting a `write` step every ITEMS_PER_STEP items. */
export async function eachWithProgress<T>(items: readonly T[], progress: ExportProgress, visit: (item: T, index: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i % ITEMS_PER_STEP === 0) await progress.step('write', i, items.length);
    visit(items[i]!, i);
  }
  await progress.step('write', items.length, items.length);
}
