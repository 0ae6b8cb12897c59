import type { Flow, FlowBlock, FlowCell, FlowParagraph, FlowTable } from '../../shared/import/flow';
import { ImportError } from './import-error';
import {
  attr, child, childElements, flattenBlocks, headingFromStyleName, intAttr, is, isElement, parseXml, trimParagraph,
  type Document, type Element, type Node,
} from './xml';
import { openZipPackage, type ZipPackage } from './zip';

/**
 * OpenDocument text (.odt): content.xml and meta.xml read with fflate (zip) and @xmldom/xmldom
 * (DOM), walked by namespace. Headings are text:h, or text:p whose paragraph style descends from a
 * heading style (LibreOffice writes a heading it exported from Word as text:p style "P1", parent
 * "Heading_20_1"); lists are text:list items; tables keep their spans and vertical merges.
 */

const uri = (name: string): string => `urn:oasis:names:tc:opendocument:xmlns:${name}:1.0`;
const ns = (name: string): ReadonlySet<string> => new Set([uri(name)]);
const TEXT = ns('text');
const TABLE = ns('table');
const STYLE = ns('style');
const OFFICE = ns('office');
const META = ns('meta');
const DC = new Set(['http://purl.org/dc/elements/1.1/']);

/** Inline elements whose content does not belong to the paragraph's text (footnotes, ruby annotations). */
const SKIPPED_INLINE = new Set(['note', 'ruby-text']);
const TEXT_NODE = 3;
const CDATA_NODE = 4;
/** Cap for number-columns-repeated / number-rows-repeated (spreadsheet-style runs of empty cells). */
const MAX_REPEAT = 64;

interface Style {
  display?: string;
  parent?: string;
  outline?: number;
}

function readStyles(docs: (Document | undefined)[]): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const doc of docs) {
    for (const container of doc?.documentElement ? childElements(doc.documentElement) : []) {
      if (!is(container, OFFICE, 'styles') && !is(container, OFFICE, 'automatic-styles')) continue;
      for (const style of childElements(container).filter((e) => is(e, STYLE, 'style'))) {
        const name = attr(style, STYLE, 'name');
        if (!name || attr(style, STYLE, 'family') !== 'paragraph') continue;
        const outline = intAttr(style, STYLE, 'default-outline-level', 0);
        styles.set(name, { display: attr(style, STYLE, 'display-name'), parent: attr(style, STYLE, 'parent-style-name'), outline: outline > 0 ? outline : undefined });
      }
    }
  }
  return styles;
}

/** The text of a paragraph: runs of white space collapse to one space, text:s, text:tab and text:line-break do not. */
class Line {
  private text = '';
  private collapsible = false;

  add(node: Node): void {
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const item = node.childNodes.item(i);
      if (!item) continue;
      if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_NODE) this.words(item.nodeValue ?? '');
      else if (isElement(item) && is(item, TEXT)) this.element(item);
    }
  }

  private words(raw: string): void {
    let text = raw.replace(/[ \t\r\n]+/g, ' ');
    if (this.collapsible && text.startsWith(' ')) text = text.slice(1);
    if (text.length === 0) return;
    this.text += text;
    this.collapsible = text.endsWith(' ');
  }

  /** Spaces, tabs and breaks given as elements; a space written after a line break does not show. */
  private raw(text: string): void {
    this.text += text;
    this.collapsible = text === '\n';
  }

  private element(element: Element): void {
    const name = element.localName ?? '';
    if (name === 's') this.raw(' '.repeat(Math.max(1, Math.min(1000, intAttr(element, TEXT, 'c', 1)))));
    else if (name === 'tab') this.raw('\t');
    else if (name === 'line-break') this.raw('\n');
    else if (!SKIPPED_INLINE.has(name)) this.add(element);
  }

  toString(): string {
    return trimParagraph(this.text);
  }
}

class Reader {
  constructor(private readonly styles: Map<string, Style>) {}

  blocks(container: Element, listItem: boolean, out: FlowBlock[] = []): FlowBlock[] {
    for (const element of childElements(container)) {
      const name = element.localName;
      if (is(element, TABLE, 'table')) {
        const table = this.table(element);
        if (table.rows.length > 0) out.push(table);
      } else if (!is(element, TEXT)) continue;
      else if (name === 'p' || name === 'h') this.paragraph(element, listItem, out);
      else if (name === 'list') {
        for (const item of childElements(element)) {
          if (is(item, TEXT, 'list-item')) this.blocks(item, true, out);
          else if (is(item, TEXT, 'list-header')) this.blocks(item, listItem, out);
        }
      } else if (name === 'numbered-paragraph') this.blocks(element, true, out);
      else if (name === 'section') this.blocks(element, listItem, out);
    }
    return out;
  }

  private paragraph(element: Element, listItem: boolean, out: FlowBlock[]): void {
    const line = new Line();
    line.add(element);
    const text = line.toString();
    if (text.length === 0) return;
    const styleLevel = this.styleHeading(attr(element, TEXT, 'style-name'));
    const heading = element.localName === 'h' ? Math.min(6, Math.max(1, intAttr(element, TEXT, 'outline-level', styleLevel ?? 1))) : styleLevel;
    const paragraph: FlowParagraph = { type: 'paragraph', text };
    if (heading) paragraph.headingLevel = heading;
    else if (listItem) paragraph.listItem = true;
    out.push(paragraph);
  }

  /** Heading level of a paragraph style, from its outline level or its name, following parents. */
  private styleHeading(name: string | undefined): number | undefined {
    for (let depth = 0, current = name; current !== undefined && depth < 20; depth += 1) {
      const style = this.styles.get(current);
      const level = (style?.outline ? Math.min(6, style.outline) : undefined) ?? headingFromStyleName(style?.display) ?? headingFromStyleName(current);
      if (level) return level;
      current = style?.parent;
    }
    return undefined;
  }

  private table(table: Element): FlowTable {
    const rows: FlowCell[][] = [];
    // Column → width of a cell above that spans rows down into it.
    const spanning = new Map<number, number>();
    for (const tr of this.rowsOf(table)) {
      const row: FlowCell[] = [];
      let column = 0;
      let coveredUntil = 0;
      for (const cell of childElements(tr)) {
        const covered = is(cell, TABLE, 'covered-table-cell');
        if (!covered && !is(cell, TABLE, 'table-cell')) continue;
        const repeat = Math.min(MAX_REPEAT, Math.max(1, intAttr(cell, TABLE, 'number-columns-repeated', 1)));
        for (let k = 0; k < repeat; k += 1, column += 1) {
          if (covered) {
            if (column < coveredUntil) continue; // covered from the left by a column span
            const colSpan = spanning.get(column) ?? 1;
            row.push({ paragraphs: [], colSpan, mergedAbove: true });
            coveredUntil = column + colSpan;
            continue;
          }
          const colSpan = Math.max(1, intAttr(cell, TABLE, 'number-columns-spanned', 1));
          if (intAttr(cell, TABLE, 'number-rows-spanned', 1) > 1) spanning.set(column, colSpan);
          else spanning.delete(column);
          row.push({ paragraphs: flattenBlocks(this.blocks(cell, false)), colSpan });
          coveredUntil = column + colSpan;
        }
      }
      const repeat = Math.min(MAX_REPEAT, Math.max(1, intAttr(tr, TABLE, 'number-rows-repeated', 1)));
      if (row.length > 0) for (let k = 0; k < repeat; k += 1) rows.push(k === 0 ? row : row.map((c) => ({ ...c, paragraphs: [...c.paragraphs] })));
    }
    return { type: 'table', rows };
  }

  /** Rows in order, through header rows, row groups and rows containers. */
  private rowsOf(parent: Element): Element[] {
    return childElements(parent).flatMap((e) => {
      if (is(e, TABLE, 'table-row')) return [e];
      return ['table-header-rows', 'table-rows', 'table-row-group'].some((n) => is(e, TABLE, n)) ? this.rowsOf(e) : [];
    });
  }
}

function readPart(pkg: ZipPackage, name: string): Document | undefined {
  const text = pkg.readText(name);
  return text === undefined ? undefined : parseXml(text, name);
}

function readMetadata(doc: Document | undefined): Record<string, string> {
  const metadata: Record<string, string> = {};
  const meta = doc?.documentElement ? child(doc.documentElement, OFFICE, 'meta') : undefined;
  const fields: [ReadonlySet<string>, string, string][] = [
    [DC, 'title', 'title'], [META, 'initial-creator', 'author'], [DC, 'creator', 'author'], [DC, 'subject', 'subject'],
    [DC, 'description', 'description'], [META, 'creation-date', 'created'], [DC, 'date', 'modified'],
  ];
  for (const [space, name, key] of fields) {
    const value = meta ? child(meta, space, name)?.textContent?.trim() : undefined;
    if (value && !metadata[key]) metadata[key] = value;
  }
  const keywords = meta ? childElements(meta).filter((e) => is(e, META, 'keyword')).map((e) => e.textContent?.trim()).filter(Boolean) : [];
  if (keywords.length > 0) metadata.keywords = keywords.join(', ');
  return metadata;
}

export function parseOdt(bytes: Uint8Array): Flow {
  const pkg = openZipPackage(bytes, 'odt');
  const manifest = readPart(pkg, 'META-INF/manifest.xml');
  if (manifest?.getElementsByTagNameNS(uri('manifest'), 'encryption-data').length) throw new ImportError('PASSWORD_PROTECTED', 'encrypted odt');
  const content = readPart(pkg, 'content.xml');
  if (!content?.documentElement) throw new ImportError('CORRUPT_FILE', 'content.xml absent de l’archive');
  const body = child(content.documentElement, OFFICE, 'body');
  const text = body ? child(body, OFFICE, 'text') : undefined;
  if (!text) throw new ImportError('CORRUPT_FILE', 'content.xml sans office:text (pas un document texte)');
  const styles = readStyles([readPart(pkg, 'styles.xml'), content]);
  return { blocks: new Reader(styles).blocks(text, false), metadata: readMetadata(readPart(pkg, 'meta.xml')) };
}
