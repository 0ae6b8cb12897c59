import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Flow, FlowParagraph } from '../../shared/import/flow';
import { normaliseText } from './encoding';
import { ImportError } from './import-error';

/**
 * PDF (.pdf) through pdf.js (legacy build, for Node and Electron's main process): the text layer of
 * each page is rebuilt into lines, then paragraphs, by position and font size. Running headers and
 * footers (lines at the page edges that recur on most pages, page numbers included) are dropped,
 * words hyphenated at a line end are rejoined, larger-font lines become headings.
 */

/**
 * Loaded at run time by a specifier esbuild cannot follow, so that the CommonJS bundle of the main
 * process imports the package from node_modules as the ES module it is: bundled, it loses the
 * import.meta.url it needs to load its worker code and its Node polyfills.
 */
const PDFJS_MODULE = 'pdfjs-dist/legacy/build/pdf.mjs';
async function loadPdfJs(specifier = PDFJS_MODULE): Promise<typeof PdfJs> {
  return (await import(specifier)) as typeof PdfJs;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

interface PageLines {
  page: number;
  /** The page's vertical extent (MediaBox), to tell its top and bottom margins. */
  bottom: number;
  top: number;
  lines: Line[];
}

const TIMESTAMP_START = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s/;
const BULLET = /^[•◦▪‣●○■□–]\s+/;
const SENTENCE_END = /[.!?…:»”"]$/;
/** Second halves of French compounds kept hyphenated when they fall at a line start (peut-|être, dis-|moi). */
const COMPOUND_TAILS = new Set(['là', 'ci', 'vous', 'nous', 'moi', 'toi', 'lui', 'eux', 'elle', 'elles', 'il', 'ils', 'on', 'je', 'tu', 'même', 'mêmes', 'être', 'dire', 't', 'y', 'en', 'le', 'la', 'les']);

/** Rebuilds the lines of a page from its text items (content order, a new line when the baseline moves). */
function pageLines(items: TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    const [, , c, d, x, y] = item.transform as number[];
    const size = Math.hypot(c ?? 0, d ?? 0) || item.height;
    if (item.str.length === 0) continue;
    if (!line || Math.abs((y ?? 0) - line.y) > 0.5 * Math.max(size, line.size)) {
      line = { text: '', x: x ?? 0, right: x ?? 0, y: y ?? 0, size, page };
      lines.push(line);
    }
    const gap = (x ?? 0) - line.right;
    if (line.text && !/\s$/.test(line.text) && !/^\s/.test(item.str) && gap > 0.2 * size) line.text += ' ';
    line.text += item.str;
    line.right = Math.max(line.right, (x ?? 0) + item.width);
    if (item.str.trim()) line.size = Math.max(line.size, size);
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text.length > 0);
}

/** Drops lines at the top or bottom edge of pages whose text (digits aside) recurs on most pages. */
function dropRunningLines(pages: PageLines[]): void {
  const withText = pages.filter((p) => p.lines.length > 0);
  if (withText.length < 2) return;
  const key = (l: Line): string => l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
  const edges = (p: PageLines): Line[] => {
    const margin = (p.top - p.bottom) * 0.15;
    return [...p.lines.slice(0, 2), ...p.lines.slice(-2)].filter((l) => l.y > p.top - margin || l.y < p.bottom + margin);
  };
  const pagesWith = new Map<string, number>();
  for (const p of withText) for (const k of new Set(edges(p).map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(withText.length * 0.6));
  for (const p of withText) {
    const running = new Set(edges(p).filter((l) => (pagesWith.get(key(l)) ?? 0) >= threshold));
    p.lines = p.lines.filter((l) => !running.has(l));
  }
}

/** The value that covers the most characters, among rounded values. */
function dominant(lines: Line[], value: (l: Line) => number): number {
  const weights = new Map<number, number>();
  for (const l of lines) {
    const v = Math.round(value(l) * 2) / 2;
    weights.set(v, (weights.get(v) ?? 0) + l.text.length);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function joinLines(before: string, after: string, hyphenated: Set<string>): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + after;
  const split = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}[\p{L}\p{M}]*)/u.exec(after);
  if (split && next) {
    const compound = `${split[1]}-${next[1]}`.toLowerCase();
    if (COMPOUND_TAILS.has(next[1]!) || hyphenated.has(compound)) return before + after;
    return before.slice(0, -1) + after;
  }
  return `${before} ${after}`;
}

interface Paragraph {
  lines: Line[];
  listItem: boolean;
}

function buildParagraphs(pages: PageLines[]): FlowParagraph[] {
  const all = pages.flatMap((p) => p.lines);
  const bodySize = dominant(all, (l) => l.size) || 12;
  const body = all.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const leftMargin = dominant(body, (l) => l.x);
  const rightMargin = Math.max(0, ...body.map((l) => l.right));
  // Line pitch relative to the font size, from the closest spacings (paragraph gaps are wider).
  const pitches = all
    .slice(1)
    .map((l, i) => ({ l, prev: all[i]! }))
    .filter(({ l, prev }) => l.page === prev.page && Math.abs(l.size - prev.size) < 0.5 && prev.y > l.y)
    .map(({ l, prev }) => (prev.y - l.y) / l.size)
    .filter((r) => r > 0.8 && r < 3)
    .sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 4)] ?? 1.2;
  // Hyphenated words printed whole somewhere: a line-end hyphen in the same word is kept.
  const hyphenated = new Set(all.flatMap((l) => l.text.toLowerCase().match(/\p{L}+-\p{L}+/gu) ?? []));

  const paragraphs: Paragraph[] = [];
  for (const line of all) {
    const current = paragraphs[paragraphs.length - 1];
    const prev = current?.lines[current.lines.length - 1];
    const bullet = BULLET.test(line.text);
    const sameSize = prev !== undefined && Math.abs(prev.size - line.size) < Math.max(0.5, 0.1 * line.size);
    const continues =
      prev !== undefined &&
      sameSize &&
      !bullet &&
      !TIMESTAMP_START.test(line.text) &&
      (line.page === prev.page
        ? prev.y > line.y &&
          prev.y - line.y <= 1.4 * pitch * Math.max(prev.size, line.size) &&
          !(SENTENCE_END.test(prev.text) && (line.x - leftMargin > 0.8 * line.size || prev.right < rightMargin - 2 * line.size))
        : !SENTENCE_END.test(prev.text) && /^\p{Ll}/u.test(line.text));
    if (continues) current!.lines.push(line);
    else paragraphs.push({ lines: [{ ...line, text: line.text.replace(BULLET, '') }], listItem: bullet });
  }
  return paragraphs.map(({ lines, listItem }) => {
    const first = lines[0]!;
    const text = lines.slice(1).reduce((t, l) => joinLines(t, l.text, hyphenated), first.text);
    const paragraph: FlowParagraph = { type: 'paragraph', text: normaliseText(text), page: first.page };
    if (first.size >= bodySize * 1.15) paragraph.headingLevel = first.size >= bodySize * 1.5 ? 1 : 2;
    if (listItem) paragraph.listItem = true;
    return paragraph;
  });
}

function problemOf(error: unknown): ImportError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportError('PASSWORD_PROTECTED', message);
  return new ImportError('CORRUPT_FILE', message.slice(0, 200));
}

async function readMetadata(doc: PdfJs.PDFDocumentProxy, pdfjs: typeof PdfJs): Promise<Record<string, string>> {
  const metadata: Record<string, string> = {};
  const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
  const fields = info as Record<string, unknown>;
  for (const [from, to] of [['Title', 'title'], ['Author', 'author'], ['Subject', 'subject'], ['Keywords', 'keywords'], ['Producer', 'producer']] as const) {
    const value = fields[from];
    if (typeof value === 'string' && value.trim()) metadata[to] = value.trim();
  }
  const created = fields.CreationDate;
  const date = typeof created === 'string' ? pdfjs.PDFDateString.toDateObject(created) : null;
  if (date && !Number.isNaN(date.getTime())) metadata.created = date.toISOString();
  return metadata;
}

export async function parsePdf(bytes: Uint8Array): Promise<Flow> {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PdfJs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw problemOf(error);
  }
  try {
    const pages: PageLines[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      const [, bottom = 0, , top = 842] = page.view;
      pages.push({ page: n, bottom, top, lines: pageLines(items, n) });
      page.cleanup();
    }
    if (!pages.some((p) => p.lines.length > 0)) throw new ImportError('NO_TEXT', `${doc.numPages} page(s) without a text layer`);
    dropRunningLines(pages);
    return { blocks: buildParagraphs(pages), metadata: await readMetadata(doc, pdfjs) };
  } catch (error) {
    throw error instanceof ImportError ? error : problemOf(error);
  } finally {
    await task.destroy();
  }
}
