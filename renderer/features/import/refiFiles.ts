import { refiExtensions } from '../../../shared/domain/import';

export { refiExtensions };

export const refiAccept = refiExtensions.join(',');
export const refiFormats = refiExtensions.join(' ');

export function isRefiName(name: string): boolean {
  const lower = name.toLowerCase();
  return refiExtensions.some((extension) => lower.endsWith(extension));
}

/** Splits REFI-QDA files from the rest of a batch (they go one at a time, after the documents). */
export function splitRefi<F>(files: readonly F[], nameOf: (file: F) => string): { refi: F[]; rest: F[] } {
  const refi: F[] = [];
  const rest: F[] = [];
  for (const file of files) (isRefiName(nameOf(file)) ? refi : rest).push(file);
  return { refi, rest };
}
