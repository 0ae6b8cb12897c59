import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useApi, useServiceEvent } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { TableImportDialog } from '../tables/TableImportDialog';
import { ChooseFilesDialog } from './ChooseFilesDialog';
import { DropOverlay } from './DropOverlay';
import { base64ToBytes, documentFormats, sortFiles, tableFormats } from './files';
import { ImportDialog } from './ImportDialog';
import { useFileDrop } from './useFileDrop';
import { splitRefi } from './refiFiles';
import { useImportBatch } from './useImportBatch';
import { baseName } from '../../app/paths';

export interface ImportCommands {
  /** « Importer… »: the native dialog in Electron, the in-app file dialog in a browser. */
  chooseFiles(): void;
  /** Files from a drop or a file input: documents to the batch, tables to the table dialog. */
  importFiles(files: File[]): void;
  importTable(file: File): void;
}

const ImportContext = createContext<ImportCommands | null>(null);

export function useImport(): ImportCommands {
  const commands = useContext(ImportContext);
  if (!commands) throw new Error('useImport() outside <ImportProvider>');
  return commands;
}

interface Props {
  nativeDialogs: boolean;
  /** A batch brought documents in: the documents list comes to the front. */
  onImported: () => void;
  onOpenDocument: (id: number) => void;
  onCheckSpeakers: (id: number, name: string) => void;
  onShowCases: () => void;
  children: ReactNode;
}

/** Everything that brings files into the project, and the dialogs that go with it. */
export function ImportProvider({ nativeDialogs, onImported, onOpenDocument, onCheckSpeakers, onShowCases, children }: Props) {
  const api = useApi();
  const toasts = useToasts();
  const { batch, runFiles, runPaths, cancel, importAnyway, close } = useImportBatch();
  const [choosing, setChoosing] = useState(false);
  const [tables, setTables] = useState<File[]>([]);
  // Dropping files while the chooser is open imports them: the chooser says so.
  const busy = batch.phase === 'running' || tables.length > 0;

  const importFiles = useCallback(
    (files: File[]) => {
      setChoosing(false);
      const { refi, rest } = splitRefi(files, (file) => file.name);
      const sorted = sortFiles(rest, (file) => file.name);
      if (sorted.documents.length + sorted.others.length + refi.length === 0) {
        if (sorted.tables.length === 0) toasts.showInfo('import.nothingToImport', { formats: `${documentFormats} ${tableFormats}` });
        else setTables(sorted.tables);
        return;
      }
      void runFiles(sorted.documents, sorted.others, sorted.tables, refi).then((items) => items.some((i) => i.outcome.status === 'imported') && onImported());
    },
    [runFiles, toasts, onImported],
  );

  const chooseFiles = useCallback(() => {
    if (busy || choosing) return;
    if (!nativeDialogs) return setChoosing(true);
    void (async () => {
      try {
        const { paths } = await api.dialogs.chooseImportFiles({});
        if (paths.length === 0) return;
        const { refi, rest } = splitRefi(paths, baseName);
        const sorted = sortFiles(rest, baseName);
        // The sandboxed page cannot read a path: the service hands over the tables and REFI-QDA files chosen here.
        const read = (chosen: string[]) =>
          Promise.all(
            chosen.map(async (chosenPath) => {
              const { fileName, data } = await api.imports.readChosenFile({ path: chosenPath });
              return new File([base64ToBytes(data)], fileName);
            }),
          );
        const tableFiles = await read(sorted.tables);
        const refiFiles = await read(refi);
        if (sorted.documents.length + sorted.others.length + refiFiles.length === 0) {
          setTables(tableFiles);
          return;
        }
        const items = await runPaths(sorted.documents, sorted.others, tableFiles, refiFiles);
        if (items.some((i) => i.outcome.status === 'imported')) onImported();
      } catch (error) {
        toasts.showError(error);
      }
    })();
  }, [api, busy, choosing, nativeDialogs, runPaths, toasts, onImported]);

  const importTable = useCallback((file: File) => setTables((queue) => [file, ...queue.filter((f) => f !== file)]), []);

  useServiceEvent('menu:command', ({ command }) => {
    if (command === 'import') chooseFiles();
  });
  const dragging = useFileDrop(!busy, importFiles);

  const commands = useMemo(() => ({ chooseFiles, importFiles, importTable }), [chooseFiles, importFiles, importTable]);
  const table = tables[0];

  return (
    <ImportContext.Provider value={commands}>
      {children}
      {dragging ? <DropOverlay /> : null}
      {choosing ? (
        <ChooseFilesDialog
          onClose={() => setChoosing(false)}
          onImport={importFiles}
        />
      ) : null}
      {batch.phase !== 'idle' ? (
        <ImportDialog
          batch={batch}
          onCancel={cancel}
          onClose={close}
          onImportAnyway={(indexes) => void importAnyway(indexes)}
          onOpenDocument={(id) => {
            close();
            onOpenDocument(id);
          }}
          onCheckSpeakers={onCheckSpeakers}
          onImportTable={importTable}
        />
      ) : null}
      {table ? (
        <TableImportDialog
          key={`${table.name}-${table.size}-${table.lastModified}`}
          file={table}
          onClose={() => setTables((queue) => queue.slice(1))}
          onShowCases={() => {
            setTables([]);
            close();
            onShowCases();
          }}
        />
      ) : null}
    </ImportContext.Provider>
  );
}
