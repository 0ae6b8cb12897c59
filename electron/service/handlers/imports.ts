import fs from 'node:fs';
import path from 'node:path';
import type { ImportOutcome } from '../../../shared/domain/import';
import { BaliseError, toWireError } from '../../../shared/errors';
import { checkpoint } from '../../db/open';
import { isDocumentFile, isRefiFile, isTableFile } from '../../importers/registry';
import type { Handlers } from '../context';
import { describeFailure, importDocument, prepareDocument, storePrepared, type PreparedFile } from '../import-document';

/** A group is stored when it holds this many files or this much parsing time, whichever first. */
const GROUP_FILES = 100;
const GROUP_MS = 250;

/** Files to import from the given paths; folders are walked (hidden files skipped). */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (entry: string): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(entry);
    } catch {
      files.push(entry); // reported as not found by the import itself
      return;
    }
    if (stat.isDirectory()) {
      const children = fs.readdirSync(entry, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      for (const child of children) {
        if (child.name.startsWith('.') || child.name.startsWith('~$')) continue;
        if (child.isDirectory() || isDocumentFile(child.name)) visit(path.join(entry, child.name));
      }
    } else files.push(entry);
  };
  paths.forEach(visit);
  return files;
}

export const importHandlers: Handlers<'imports:upload' | 'imports:paths' | 'imports:readChosenFile' | 'imports:cancel'> = {
  'imports:upload': async ({ fileName, data, duplicates }, context) => {
    const session = context.requireProject();
    const outcome = await importDocument(session, fileName, Buffer.from(data, 'base64'), duplicates);
    if (outcome.status === 'imported') context.emit('project:changed', { project: session.info() });
    return outcome;
  },

  /**
   * Files are parsed one by one, then stored in groups: one transaction per group (fewer disk
   * syncs), one savepoint and one undo entry per file (a failing file leaves nothing behind).
   * Between files the worker yields, so `imports:cancel` and progress get through.
   */
  'imports:paths': async ({ paths, duplicates }, context) => {
    const session = context.requireProject();
    const files = expandPaths(paths);
    const batch = { cancelled: false };
    context.importBatch = batch;
    const outcomes: ImportOutcome[] = [];
    let group: PreparedFile[] = [];
    let groupStarted = Date.now();
    const flush = (): void => {
      if (group.length === 0) return;
      const pending = group;
      group = [];
      outcomes.push(...session.write((db) => storePrepared(db, session.coder.name, pending, duplicates)));
    };
    try {
      for (const [index, file] of files.entries()) {
        await new Promise((resolve) => setImmediate(resolve));
        if (batch.cancelled) break;
        context.emit('import:progress', { done: index, total: files.length, current: path.basename(file) });
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(file);
        } catch (error) {
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          const wire = missing ? toWireError('FILE_NOT_FOUND', { path: file }) : describeFailure(path.basename(file), error).toWire();
          group.push({ fileName: path.basename(file), ok: false, outcome: { fileName: path.basename(file), status: 'failed', error: wire } });
          continue;
        }
        if (group.length === 0) groupStarted = Date.now();
        group.push(await prepareDocument(path.basename(file), bytes));
        if (group.length >= GROUP_FILES || Date.now() - groupStarted > GROUP_MS) flush();
      }
      flush();
    } finally {
      context.importBatch = null;
      context.emit('import:progress', { done: outcomes.length, total: files.length, current: null });
    }
    checkpoint(session.db);
    if (outcomes.some((o) => o.status === 'imported')) context.emit('project:changed', { project: session.info() });
    return outcomes;
  },

  'imports:readChosenFile': ({ path: file }, context) => {
    const resolved = path.resolve(file);
    if (!context.chosenFiles.has(resolved) || !(isTableFile(resolved) || isRefiFile(resolved))) {
      throw new BaliseError('UNSUPPORTED', { what: 'lecture d’un fichier qui n’a pas été choisi dans la boîte de dialogue' });
    }
    try {
      return { fileName: path.basename(resolved), data: fs.readFileSync(resolved).toString('base64') };
    } catch {
      throw new BaliseError('FILE_NOT_FOUND', { path: resolved });
    }
  },

  'imports:cancel': (_input, context) => {
    if (!context.importBatch) return { cancelled: false };
    context.importBatch.cancelled = true;
    return { cancelled: true };
  },
};

