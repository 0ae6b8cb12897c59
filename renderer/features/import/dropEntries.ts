import { isHiddenName, roleOf } from './files';

/**
 * The files of a drop: loose files as they are, folders walked (sub-folders too), keeping from
 * folders only what Balise imports (documents and tables, not hidden files). The entries must be
 * taken while the drop event is being handled; they are read afterwards.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const pending: Promise<File[]>[] = [];
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve([...transfer.files]);
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    const file = item.getAsFile();
    if (entry?.isDirectory) pending.push(walkFolder(entry as FileSystemDirectoryEntry));
    else if (file) pending.push(Promise.resolve([file]));
  }
  return Promise.all(pending).then((lists) => lists.flat());
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

async function walkFolder(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries gives the folder's entries in batches (100 in Chromium) until an empty one.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) entries.push(...batch);
  entries.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const files: File[] = [];
  for (const entry of entries) {
    if (isHiddenName(entry.name)) continue;
    if (entry.isDirectory) files.push(...(await walkFolder(entry as FileSystemDirectoryEntry)));
    else if (roleOf(entry.name) !== 'other') {
      const file = await fileOf(entry as FileSystemFileEntry);
      if (file) files.push(file);
    }
  }
  return files;
}
