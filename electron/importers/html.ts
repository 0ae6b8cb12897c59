import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Flow, FlowBlock, FlowCell, FlowParagraph, FlowTable } from '../../shared/import/flow';
import { decodeDeclared, decodeText } from './encoding';

/**
 * HTML (.html, .htm): noScribe transcripts (one `<p>` per speaker turn, `S01: [00:00:12] …`) and
 * pages saved from a browser or a word processor. parse5 builds the document as a browser would;
 * the body is read into headings, paragraphs, list items and tables. Text is kept as it reads:
 * turns are recognised later by the interpreter.
 */

const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'img']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'address', 'figure',
  'figcaption', 'ul', 'ol', 'dl', 'dt', 'dd', 'details', 'summary', 'fieldset', 'legend', 'form', 'center', 'caption',
  'body', 'html', 'hr', 'menu', 'hgroup',
]);
const META_NAMES = new Set(['author', 'description', 'keywords', 'date', 'subject', 'audio_source', 'generator']);

interface Context {
  headingLevel?: number;
  listItem?: boolean;
  pre?: boolean;
}

function isElement(node: T.Node): node is T.Element {
  return 'tagName' in node;
}

function attr(element: T.Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function children(node: T.Node): T.ChildNode[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

/** Collects the paragraphs and tables of a piece of the document, in reading order. */
class Collector {
  readonly blocks: FlowBlock[] = [];
  private parts: string[] = [];
  private context: Context = {};

  walk(node: T.Node, context: Context): void {
    if (node.nodeName === '#text') {
      const value = (node as T.TextNode).value;
      if (this.parts.length === 0) this.context = context;
      this.parts.push(context.pre ? value : value.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (!isElement(node)) {
      for (const child of children(node)) this.walk(child, context);
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag) || attr(node, 'hidden') !== undefined) return;
    if (tag === 'br') {
      this.parts.push('\n');
      return;
    }
    if (tag === 'table') {
      this.flush();
      const table = readTable(node);
      if (table.rows.length > 0) this.blocks.push(table);
      return;
    }
    const heading = /^h([1-6])$/.exec(tag);
    const block = heading !== null || tag === 'li' || tag === 'pre' || BLOCKS.has(tag);
    let inner = context;
    if (heading) inner = { ...context, headingLevel: Number(heading[1]) };
    else if (tag === 'li') inner = { ...context, listItem: true };
    else if (tag === 'pre') inner = { ...context, pre: true };
    if (block) this.flush();
    for (const child of children(node)) this.walk(child, inner);
    if (block) this.flush();
  }

  flush(): void {
    const raw = this.parts.join('');
    this.parts = [];
    const text = this.context.pre
      ? raw.replace(/^\n/, '').replace(/\s+$/, '')
      : raw.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').replace(/^[ \n]+|[ \n]+$/g, '');
    if (text.length === 0) return;
    const paragraph: FlowParagraph = { type: 'paragraph', text };
    if (this.context.headingLevel) paragraph.headingLevel = this.context.headingLevel;
    if (this.context.listItem) paragraph.listItem = true;
    this.blocks.push(paragraph);
  }
}

function cellParagraphs(cell: T.Element): FlowParagraph[] {
  const collector = new Collector();
  for (const child of children(cell)) collector.walk(child, {});
  collector.flush();
  // A table nested in a cell is read as its cells' paragraphs, row by row.
  return collector.blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs))));
}

function rowsOf(table: T.Element): T.Element[] {
  const rows: T.Element[] = [];
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...children(child).filter(isElement).filter((c) => c.tagName === 'tr'));
  }
  return rows;
}

function span(element: T.Element, name: string, fallback: number, max: number): number {
  const n = Number.parseInt(attr(element, name) ?? '', 10);
  return Number.isNaN(n) || n < 0 ? fallback : Math.min(n, max);
}

/**
 * Reads a table into rows of cells. A cell spanning several rows (rowspan) is followed, in each
 * row it covers, by an empty cell of the same width marked mergedAbove, as Word's vertical merges.
 */
function readTable(table: T.Element): FlowTable {
  const rows: FlowCell[][] = [];
  const covering = new Map<number, { colSpan: number; remaining: number }>();
  const cover = (row: FlowCell[], column: number): number => {
    const c = covering.get(column)!;
    row.push({ paragraphs: [], colSpan: c.colSpan, mergedAbove: true });
    c.remaining -= 1;
    if (c.remaining <= 0) covering.delete(column);
    return column + c.colSpan;
  };
  for (const tr of rowsOf(table)) {
    const row: FlowCell[] = [];
    const started: [number, { colSpan: number; remaining: number }][] = [];
    let column = 0;
    for (const td of children(tr).filter(isElement)) {
      if (td.tagName !== 'td' && td.tagName !== 'th') continue;
      while (covering.has(column)) column = cover(row, column);
      const colSpan = Math.max(1, span(td, 'colspan', 1, 1000));
      const rowSpan = span(td, 'rowspan', 1, 65534);
      row.push({ paragraphs: cellParagraphs(td), colSpan });
      if (rowSpan !== 1) started.push([column, { colSpan, remaining: rowSpan === 0 ? Infinity : rowSpan - 1 }]);
      column += colSpan;
    }
    // Cells still covered from above after this row's last cell (leaving a gap empty, if any).
    for (const next of [...covering.keys()].filter((k) => k >= column).sort((a, b) => a - b)) {
      if (next > column) row.push({ paragraphs: [], colSpan: next - column });
      column = cover(row, next);
    }
    for (const [at, c] of started) covering.set(at, c);
    if (row.length > 0) rows.push(row);
  }
  return { type: 'table', rows };
}

function find(node: T.Node, tag: string): T.Element | undefined {
  for (const child of children(node)) {
    if (isElement(child) && child.tagName === tag) return child;
    const found = isElement(child) && !SKIPPED.has(child.tagName) ? find(child, tag) : undefined;
    if (found) return found;
  }
  return undefined;
}

function readMetadata(document: T.Document): Record<string, string> {
  const metadata: Record<string, string> = {};
  const head = find(document, 'html') ? children(find(document, 'html')!).find((c) => c.nodeName === 'head') : undefined;
  for (const node of head ? children(head) : []) {
    if (!isElement(node)) continue;
    if (node.tagName === 'title') {
      const title = node.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('').trim();
      if (title) metadata.title = title;
    }
    const name = attr(node, 'name')?.toLowerCase();
    const content = attr(node, 'content')?.trim();
    if (node.tagName === 'meta' && name && META_NAMES.has(name) && content) metadata[name] = content;
  }
  return metadata;
}

/** The charset a page declares in its first bytes: <meta charset>, http-equiv content type or an XML declaration. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return meta?.[1] ?? xml?.[1];
}

export function parseHtml(bytes: Uint8Array): Flow {
  const charset = declaredCharset(bytes);
  const text = charset ? decodeDeclared(bytes, charset) : decodeText(bytes).text;
  const document = parse(text);
  const html = find(document, 'html');
  const body = html ? children(html).find((c): c is T.Element => isElement(c) && c.tagName === 'body') : undefined;
  const collector = new Collector();
  collector.walk(body ?? document, {});
  collector.flush();
  return { blocks: collector.blocks, metadata: readMetadata(document) };
}
