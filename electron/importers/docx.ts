import type { Flow, FlowBlock, FlowCell, FlowParagraph, FlowTable } from '../../shared/import/flow';
import { ImportError } from './import-error';
import {
  attr, child, childElements, flattenBlocks, headingFromStyleName, intAttr, is, parseXml, trimParagraph,
  type Document, type Element,
} from './xml';
import { openZipPackage, type ZipPackage } from './zip';

/**
 * Word (.docx): word/document.xml read directly with fflate (zip) and @xmldom/xmldom (DOM).
 * Mammoth was not used: it turns the file into HTML through a style map that knows headings only
 * by style name (not w:outlineLvl, not styles based on a heading, not ids like "Titre1"), and it
 * pulls in jszip, underscore and an older xmldom; reading the few WordprocessingML elements we
 * need (paragraphs, runs, tables with w:gridSpan and w:vMerge) is shorter and exact.
 */

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const REL = new Set(['http://schemas.openxmlformats.org/package/2006/relationships']);
const XML_NS = new Set(['http://www.w3.org/XML/1998/namespace']);

/** Inline containers whose runs show in the text (w:ins is kept, w:del and w:moveFrom are not). */
const INLINE_CONTAINERS = new Set(['r', 'hyperlink', 'ins', 'moveTo', 'smartTag', 'sdt', 'sdtContent', 'fldSimple', 'customXml', 'dir', 'bdo']);

interface Style {
  name?: string;
  basedOn?: string;
  outline?: number;
  list: boolean;
}

const val = (element: Element | undefined): string | undefined => (element ? attr(element, W, 'val') : undefined);
/** The w:val of a property child (`<w:pPr><w:outlineLvl w:val="1"/>`). */
const prop = (parent: Element | undefined, name: string): string | undefined => val(parent && child(parent, W, name));
const intProp = (parent: Element | undefined, name: string, fallback: number): number => {
  const property = parent && child(parent, W, name);
  return property ? intAttr(property, W, 'val', fallback) : fallback;
};

function readStyles(doc: Document | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!doc) return styles;
  for (const style of childElements(doc.documentElement!).filter((e) => is(e, W, 'style'))) {
    const id = attr(style, W, 'styleId');
    if (!id) continue;
    const pPr = child(style, W, 'pPr');
    const outline = prop(pPr, 'outlineLvl');
    const numId = prop(pPr && child(pPr, W, 'numPr'), 'numId');
    styles.set(id, {
      name: prop(style, 'name'),
      basedOn: prop(style, 'basedOn'),
      outline: outline === undefined ? undefined : Number.parseInt(outline, 10),
      list: numId !== undefined && numId !== '0',
    });
  }
  return styles;
}

/** Outline levels are 0-based (9 means body text); headings are 1–6. */
function levelFromOutline(outline: number | undefined): number | undefined {
  if (outline === undefined || Number.isNaN(outline) || outline < 0 || outline > 8) return undefined;
  return Math.min(6, outline + 1);
}

/** Heading level and list membership of a paragraph style, following w:basedOn. */
function styleTraits(styles: Map<string, Style>, id: string | undefined): { heading?: number; list: boolean } {
  let list = false;
  let heading: number | undefined;
  for (let depth = 0, current = id; current !== undefined && depth < 20; depth += 1) {
    const style = styles.get(current);
    if (!style) break;
    list ||= style.list;
    heading ??= levelFromOutline(style.outline) ?? headingFromStyleName(style.name) ?? headingFromStyleName(current);
    current = style.basedOn;
  }
  // A style used but missing from styles.xml (LibreOffice writes "Heading2" so) still names its level.
  heading ??= headingFromStyleName(id);
  return { heading, list };
}

/** The text of the runs in a paragraph (or an inline container), in order. */
function inlineText(node: Element, out: string[]): void {
  for (const element of childElements(node)) {
    if (!is(element, W)) continue;
    switch (element.localName) {
      case 't': {
        const text = element.textContent ?? '';
        out.push(attr(element, XML_NS, 'space') === 'preserve' ? text : text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''));
        break;
      }
      case 'tab':
      case 'ptab':
        out.push('\t');
        break;
      case 'br':
      case 'cr':
        out.push('\n');
        break;
      case 'noBreakHyphen':
        out.push('\u2011');
        break;
      default:
        if (INLINE_CONTAINERS.has(element.localName ?? '')) inlineText(element, out);
    }
  }
}

class Reader {
  constructor(private readonly styles: Map<string, Style>) {}

  blocks(container: Element): FlowBlock[] {
    const blocks: FlowBlock[] = [];
    for (const element of childElements(container)) {
      if (!is(element, W)) continue;
      if (element.localName === 'p') {
        const paragraph = this.paragraph(element);
        if (paragraph) blocks.push(paragraph);
      } else if (element.localName === 'tbl') {
        const table = this.table(element);
        if (table.rows.length > 0) blocks.push(table);
      } else if (element.localName === 'sdt' || element.localName === 'customXml') {
        const content = element.localName === 'sdt' ? child(element, W, 'sdtContent') : element;
        if (content) blocks.push(...this.blocks(content));
      }
    }
    return blocks;
  }

  paragraph(p: Element): FlowParagraph | undefined {
    const parts: string[] = [];
    inlineText(p, parts);
    const text = trimParagraph(parts.join(''));
    if (text.length === 0) return undefined;
    const pPr = child(p, W, 'pPr');
    const traits = styleTraits(this.styles, prop(pPr, 'pStyle'));
    const direct = prop(pPr, 'outlineLvl');
    const heading = direct !== undefined ? levelFromOutline(Number.parseInt(direct, 10)) : traits.heading;
    const numPr = pPr && child(pPr, W, 'numPr');
    const list = numPr ? prop(numPr, 'numId') !== '0' : traits.list;
    const paragraph: FlowParagraph = { type: 'paragraph', text };
    if (heading) paragraph.headingLevel = heading;
    else if (list) paragraph.listItem = true;
    return paragraph;
  }

  table(tbl: Element): FlowTable {
    const rows: FlowCell[][] = [];
    for (const tr of this.unwrap(tbl, 'tr')) {
      const trPr = child(tr, W, 'trPr');
      if (trPr && child(trPr, W, 'del')) continue;
      const row: FlowCell[] = [];
      // Grid columns skipped before the first cell stay as an empty cell, so columns line up.
      const before = intProp(trPr, 'gridBefore', 0);
      if (before > 0) row.push({ paragraphs: [], colSpan: before });
      for (const tc of this.unwrap(tr, 'tc')) {
        const tcPr = child(tc, W, 'tcPr');
        const colSpan = Math.max(1, intProp(tcPr, 'gridSpan', 1));
        const vMerge = tcPr && child(tcPr, W, 'vMerge');
        const hMerge = tcPr && child(tcPr, W, 'hMerge');
        const paragraphs = flattenBlocks(this.blocks(tc));
        const previous = row[row.length - 1];
        // Legacy horizontal merge: a "continue" cell widens the one before it.
        if (hMerge && val(hMerge) !== 'restart' && previous) {
          previous.colSpan += colSpan;
          previous.paragraphs.push(...paragraphs);
          continue;
        }
        const cell: FlowCell = { paragraphs, colSpan };
        if (vMerge && val(vMerge) !== 'restart') cell.mergedAbove = true;
        row.push(cell);
      }
      if (row.length > 0) rows.push(row);
    }
    return { type: 'table', rows };
  }

  /** Rows of a table or cells of a row, looking through content controls and custom XML. */
  private unwrap(parent: Element, localName: string): Element[] {
    return childElements(parent).flatMap((e) => {
      if (is(e, W, localName)) return [e];
      if (is(e, W, 'sdt')) return child(e, W, 'sdtContent') ? this.unwrap(child(e, W, 'sdtContent')!, localName) : [];
      return is(e, W, 'customXml') ? this.unwrap(e, localName) : [];
    });
  }
}

/** The part a package relationship points to (e.g. the main document from _rels/.rels). */
function relationTarget(pkg: ZipPackage, relsPath: string, typeSuffix: string, baseDir: string): string | undefined {
  const text = pkg.readText(relsPath);
  if (text === undefined) return undefined;
  const rels = parseXml(text, relsPath).documentElement;
  const rel = rels ? childElements(rels).find((e) => is(e, REL, 'Relationship') && (e.getAttribute('Type') ?? '').endsWith(typeSuffix)) : undefined;
  const target = rel?.getAttribute('Target');
  if (!target || rel?.getAttribute('TargetMode') === 'External') return undefined;
  return target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`;
}

const CORE_FIELDS: Record<string, string> = { title: 'title', creator: 'author', subject: 'subject', keywords: 'keywords', description: 'description', created: 'created', modified: 'modified' };

function readMetadata(pkg: ZipPackage): Record<string, string> {
  const metadata: Record<string, string> = {};
  const text = pkg.readText('docProps/core.xml');
  const root = text === undefined ? null : parseXml(text, 'docProps/core.xml').documentElement;
  for (const element of root ? childElements(root) : []) {
    const key = CORE_FIELDS[element.localName ?? ''];
    const value = element.textContent?.trim();
    if (key && value) metadata[key] = value;
  }
  return metadata;
}

export function parseDocx(bytes: Uint8Array): Flow {
  const pkg = openZipPackage(bytes, 'docx');
  const documentPath = relationTarget(pkg, '_rels/.rels', '/officeDocument', '') ?? 'word/document.xml';
  const documentText = pkg.readText(documentPath);
  if (documentText === undefined) throw new ImportError('CORRUPT_FILE', `${documentPath} absent de l’archive`);
  const baseDir = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${baseDir}_rels/${documentPath.slice(baseDir.length)}.rels`;
  const stylesPath = relationTarget(pkg, relsPath, '/styles', baseDir) ?? `${baseDir}styles.xml`;
  const stylesText = pkg.readText(stylesPath);
  const styles = readStyles(stylesText === undefined ? undefined : parseXml(stylesText, stylesPath));
  const body = child(parseXml(documentText, documentPath).documentElement!, W, 'body');
  if (!body) throw new ImportError('CORRUPT_FILE', `${documentPath} sans corps de texte (w:body)`);
  return { blocks: new Reader(styles).blocks(body), metadata: readMetadata(pkg) };
}
