/**
 * Recordings beside transcripts: a document may point at an audio or video file kept beside the
 * project. The file is never copied into the project nor sent anywhere; the project stores its
 * path, relative to the project's folder when it lies inside it (so a folder moved whole, or
 * shared, keeps its links), absolute otherwise. The renderer only ever sees the file's name and
 * whether it is there; the bytes are served by document id (HTTP /media/<id>, balise-media://).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMedia } from '../../shared/domain/document';
import { BaliseError } from '../../shared/errors';
import { mediaExtensions, mediaTypeOf } from '../../shared/media/formats';

/** What a transport needs to serve a document's recording. */
export interface MediaFile {
  path: string;
  type: string;
}

/** The stored form of a recording's path: `entretiens/e01.mp3` inside the project's folder, absolute outside. */
export function storedMediaPath(projectFile: string, mediaFile: string): string {
  const folder = path.dirname(path.resolve(projectFile));
  const absolute = path.resolve(mediaFile);
  const relative = path.relative(folder, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  // Forward slashes: the project may be opened on another system.
  return relative.split(path.sep).join('/');
}

/** The absolute path of a stored recording path. */
export function resolveMediaPath(projectFile: string, stored: string): string {
  if (path.isAbsolute(stored) || /^[a-zA-Z]:[\\/]/.test(stored) || stored.startsWith('\\\\')) return path.resolve(stored);
  return path.resolve(path.dirname(path.resolve(projectFile)), ...stored.split('/'));
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** What the renderer may know of a link: the file's name, and whether it is there. */
export function describeMedia(projectFile: string, stored: string): DocumentMedia {
  const name = stored.slice(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1);
  return { name, available: isRegularFile(resolveMediaPath(projectFile, stored)) };
}

/**
 * Checks a file chosen as a recording: it exists, is a regular file (not a folder or a device),
 * and has an audio or video extension (the link's target too, when it is a symbolic link).
 * Returns its absolute path.
 */
export function checkMediaFile(file: string): string {
  const absolute = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new BaliseError('FILE_NOT_FOUND', { path: absolute });
  }
  if (!stat.isFile()) throw new BaliseError('MEDIA_NOT_A_FILE', { path: absolute });
  const formats = mediaExtensions.map((ext) => `.${ext}`).join(', ');
  if (mediaTypeOf(absolute) === null || mediaTypeOf(fs.realpathSync(absolute)) === null) {
    throw new BaliseError('MEDIA_UNSUPPORTED_TYPE', { file: path.basename(absolute), formats });
  }
  return absolute;
}

/** The file to serve for a stored link, or null when it is gone or no longer a recording. */
export function mediaFileOf(projectFile: string, stored: string): MediaFile | null {
  const file = resolveMediaPath(projectFile, stored);
  const type = mediaTypeOf(file);
  if (type === null || !isRegularFile(file)) return null;
  // The file may have been replaced by a symbolic link since it was linked: check where it leads.
  try {
    if (mediaTypeOf(fs.realpathSync(file)) === null) return null;
  } catch {
    return null;
  }
  return { path: file, type };
}

const MAX_LISTED = 200;

/** Audio and video files in `folder` and its subfolders one level down (hidden ones skipped), by name. */
export function mediaInFolder(folder: string): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = [];
  const entries = (dir: string): fs.Dirent[] => {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
    } catch {
      return [];
    }
  };
  for (const entry of entries(folder)) {
    if (entry.isFile() && mediaTypeOf(entry.name)) found.push({ name: entry.name, path: path.join(folder, entry.name) });
    if (entry.isDirectory()) {
      for (const child of entries(path.join(folder, entry.name))) {
        if (child.isFile() && mediaTypeOf(child.name)) found.push({ name: `${entry.name}/${child.name}`, path: path.join(folder, entry.name, child.name) });
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name, 'fr')).slice(0, MAX_LISTED);
}
