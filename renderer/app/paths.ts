/**
 * Path helpers for the in-app dialogs (browser mode). The renderer has no `path` module; the
 * separator is the one the folder already uses, so Windows folders get backslashes.
 */
export function separatorOf(folder: string): '/' | '\\' {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
}

export function joinPath(folder: string, file: string): string {
  const trimmed = folder.trim();
  const sep = separatorOf(trimmed);
  return trimmed.endsWith('/') || trimmed.endsWith('\\') ? `${trimmed}${file}` : `${trimmed}${sep}${file}`;
}

/** True when a file name holds a character Windows, macOS or Linux refuses (or a control character). */
export function hasForbiddenCharacter(name: string): boolean {
  return /[/\\:*?"<>|]/.test(name) || [...name].some((ch) => ch.charCodeAt(0) < 32);
}

export function projectFileName(name: string): string {
  const clean = name.trim();
  return clean.toLowerCase().endsWith('.balise') ? clean : `${clean}.balise`;
}

/** The folder part of a file path (`/home/x/Entretiens.balise` → `/home/x`). */
export function folderOf(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at > 0 ? file.slice(0, at) : file;
}

export function baseName(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(at + 1);
}
