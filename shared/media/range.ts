/**
 * HTTP byte ranges (RFC 9110 §14) for serving recordings: players seek by asking for a part of
 * the file. One range is answered; a list of several is answered whole (servers may ignore Range).
 */
export interface ByteRange {
  start: number;
  /** Inclusive, as in Content-Range. */
  end: number;
}

/**
 * The part of a file of `size` bytes a Range header asks for: a range, 'unsatisfiable' (answer
 * 416), or null to send the whole file (no header, another unit, several ranges).
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!m) return null;
  const specs = m[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (specs.length !== 1) return specs.length === 0 ? 'unsatisfiable' : null;
  const spec = /^(\d*)-(\d*)$/.exec(specs[0]!);
  if (!spec || (spec[1] === '' && spec[2] === '')) return 'unsatisfiable';
  if (spec[1] === '') {
    const suffix = Number(spec[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(spec[1]);
  const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** The headers of a partial or whole answer (without the content type). */
export function rangeHeaders(range: ByteRange | null, size: number): Record<string, string> {
  if (range === null) return { 'Accept-Ranges': 'bytes', 'Content-Length': String(size) };
  return {
    'Accept-Ranges': 'bytes',
    'Content-Length': String(range.end - range.start + 1),
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
  };
}
