/** Recordings a transcript can be linked to: extension → content type sent with the bytes. */
export const mediaTypes: Readonly<Record<string, string>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
  webm: 'video/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
};

export const mediaExtensions: readonly string[] = Object.keys(mediaTypes);

/** The lower-case extension of a file name or path, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The content type of a recording, or null when its extension is not one Balise plays. */
export function mediaTypeOf(name: string): string | null {
  return mediaTypes[extensionOf(name)] ?? null;
}

/** Whether a recording has pictures to show (a video element) or only sound. */
export function mediaKindOf(name: string): 'audio' | 'video' {
  return (mediaTypeOf(name) ?? '').startsWith('video/') ? 'video' : 'audio';
}
