import iconv from 'iconv-lite';
import type { Flow, FlowBlock, FlowCell, FlowParagraph } from '../../shared/import/flow';
import { ImportError } from './import-error';
import { headingFromStyleName, trimParagraph } from './xml';

/**
 * RTF (.rtf), hand-written. The RTF packages on npm either stopped in 2017 (rtf-parser,
 * @iarna/rtf-to-html), render into a browser DOM (rtf.js) or only tokenize and de-encapsulate
 * Outlook mail (rtf-stream-parser); none gives table rows with merged cells and paragraph styles.
 * RTF is a small token grammar (groups, control words, text), so this reader walks it once:
 * text in the document code page (\ansicpg, font \fcharset) through iconv-lite, \uN with \ucN
 * fallback skipping, destinations it does not show skipped, \info read for metadata, the
 * stylesheet read for heading styles, and tables rebuilt from \trowd … \cellx … \cell … \row
 * (column spans from the cell edges of all rows, \clmgf/\clmrg and \clvmgf/\clvmrg merges).
 */

type Dest = 'body' | 'skip' | 'fonttbl' | 'stylesheet' | 'style' | 'info' | 'meta' | 'date';

type StyleEntry = { index: number; name: string; outline?: number };
/** A cell of a row definition: its right edge (twips) and merge flags; a row's left edge is \trleft. */
type CellDef = { right: number; hmerge?: 'first' | 'next'; vmerge?: 'first' | 'next' };
type RowDef = { left: number; cells: CellDef[] };

interface Group {
  dest: Dest;
  uc: number;
  hidden: boolean;
  font?: number;
  /** The font number being defined in \fonttbl. */
  fontDef: number;
  /** The entry being defined in \stylesheet. */
  style?: StyleEntry;
  /** The metadata key of the \info field being read. */
  key: string;
}

const CHARS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201C', rdblquote: '\u201D',
  bullet: '\u2022', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', zwj: '\u200D', zwnj: '\u200C', tab: '\t', line: '\n',
};
const SYMBOLS: Record<string, string> = { '~': '\u00A0', _: '\u2011', '-': '', '{': '{', '}': '}', '\\': '\\' };
/** Destinations whose text is not part of the document body (for readers that do not know them). */
const SKIPPED = new Set([
  'colortbl', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'xe', 'tc', 'txe', 'shp', 'shpinst', 'nonshppict', 'nonesttables', 'listtable',
  'listoverridetable', 'revtbl', 'fldinst', 'pn', 'do', 'filetbl', 'rsidtbl', 'generator', 'pgdsctbl', 'themedata',
]);
const INFO_FIELDS: Record<string, string> = { title: 'title', author: 'author', subject: 'subject', keywords: 'keywords', creatim: 'created', revtim: 'modified' };
/** \fcharsetN → code page (0 and 1 follow the document's \ansicpg). */
const CHARSETS: Record<number, string> = {
  77: 'macintosh', 128: 'cp932', 129: 'cp949', 134: 'cp936', 136: 'cp950', 161: 'cp1253', 162: 'cp1254', 163: 'cp1258',
  177: 'cp1255', 178: 'cp1256', 186: 'cp1257', 204: 'cp1251', 222: 'cp874', 238: 'cp1250',
};
/** Cell edges closer than this (in twips) are the same grid line. */
const EDGE_TOLERANCE = 20;

class RtfReader {
  private pos = 0;
  private readonly stack: Group[] = [];
  private pending: number[] = [];
  private skipChars = 0;
  private ignorable = false;
  private codepage = 'cp1252';
  private defaultFont?: number;
  private readonly charsets = new Map<number, number>();
  private readonly styles = new Map<number, StyleEntry>();
  readonly metadata: Record<string, string> = {};
  private readonly dates: Record<string, Record<string, number>> = {};

  // Paragraph properties (until \pard) and the paragraph, cell, row and table being read.
  private para = { style: 0, outline: undefined as number | undefined, list: false, inTable: false };
  private text = '';
  private cell: FlowParagraph[] = [];
  private rowCells: FlowParagraph[][] = [];
  private rowDef: RowDef = { left: 0, cells: [] };
  private cellDef: Omit<CellDef, 'right'> = {};
  private tableRows: { def: RowDef; cells: FlowParagraph[][] }[] = [];
  readonly blocks: FlowBlock[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  private get top(): Group {
    return this.stack[this.stack.length - 1]!;
  }

  read(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      this.pos += 1;
      if (c === 0x7b || c === 0x7d) this.flush();
      if (c === 0x7b) this.open();
      else if (c === 0x7d) {
        if (this.close()) return this.finish();
      } else if (c === 0x5c) this.control();
      else if (c === 0x09) this.emit('\t');
      else if (c !== 0x0d && c !== 0x0a && this.stack.length > 0) this.byte(c);
    }
    throw new ImportError('CORRUPT_FILE', 'le RTF s’arrête dans un groupe ouvert (fichier tronqué ?)');
  }

  private open(): void {
    const parent = this.stack[this.stack.length - 1];
    const group: Group = parent ? { ...parent } : { dest: 'body', uc: 1, hidden: false, fontDef: 0, key: '' };
    if (parent?.dest === 'stylesheet') Object.assign(group, { dest: 'style', style: { index: 0, name: '' } });
    this.stack.push(group);
    this.skipChars = 0;
  }

  /** Ends a group; true when it was the outermost one. */
  private close(): boolean {
    const group = this.stack.pop();
    if (group?.dest === 'style' && group.style && this.stack[this.stack.length - 1]?.dest === 'stylesheet') {
      this.styles.set(group.style.index, { ...group.style, name: group.style.name.replace(/;\s*$/, '').trim() });
    }
    this.skipChars = 0;
    this.ignorable = false;
    return this.stack.length === 0;
  }

  private byte(value: number): void {
    if (this.skipChars > 0) this.skipChars -= 1;
    else if (this.top.dest !== 'skip') this.pending.push(value);
  }

  /** Decodes the bytes gathered so far (kept together so double-byte characters stay whole). */
  private flush(): void {
    if (this.pending.length === 0) return;
    const font = this.top.font;
    const charset = font === undefined ? undefined : this.charsets.get(font);
    const codepage = (charset !== undefined && CHARSETS[charset]) || this.codepage;
    const text = iconv.decode(Buffer.from(this.pending), codepage);
    this.pending = [];
    this.append(text);
  }

  private emit(text: string): void {
    this.flush();
    this.append(text);
  }

  private append(text: string): void {
    const group = this.top;
    if (group.dest === 'body' && !group.hidden) this.text += text;
    else if (group.dest === 'style' && group.style) group.style.name += text;
    else if (group.dest === 'meta') this.metadata[group.key] = (this.metadata[group.key] ?? '') + text;
  }

  private control(): void {
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) return;
    if (c === 0x27) {
      const hex = String.fromCharCode(b[this.pos + 1] ?? 0, b[this.pos + 2] ?? 0);
      this.pos += 3;
      if (/^[0-9a-f]{2}$/i.test(hex)) this.byte(Number.parseInt(hex, 16));
      return;
    }
    const isLetter = (x: number | undefined): boolean => x !== undefined && ((x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a));
    if (!isLetter(c)) {
      this.pos += 1;
      this.symbol(c === 0x0a || c === 0x0d ? 'par' : String.fromCharCode(c));
      return;
    }
    const start = this.pos;
    // The spec caps a control word at 32 letters and its parameter at 10 digits.
    while (isLetter(b[this.pos]) && this.pos - start < 32) this.pos += 1;
    const name = String.fromCharCode(...b.subarray(start, this.pos));
    const digits = this.pos;
    if (b[this.pos] === 0x2d) this.pos += 1;
    while (b[this.pos]! >= 0x30 && b[this.pos]! <= 0x39 && this.pos - digits < 11) this.pos += 1;
    const param = this.pos > digits ? Number.parseInt(String.fromCharCode(...b.subarray(digits, this.pos)), 10) : undefined;
    if (b[this.pos] === 0x20) this.pos += 1;
    this.word(name, Number.isNaN(param) ? undefined : param);
  }

  private symbol(s: string): void {
    if (s === '*') this.ignorable = true;
    else if (s === 'par') this.word('par', undefined);
    else if (this.skipChars > 0) this.skipChars -= 1;
    else if (SYMBOLS[s] !== undefined) this.emit(SYMBOLS[s]);
  }

  private word(name: string, param: number | undefined): void {
    this.flush();
    const group = this.top;
    if (name === 'bin') {
      this.pos += Math.max(0, param ?? 0);
      return;
    }
    if (this.skipChars > 0) {
      this.skipChars -= 1;
      return;
    }
    const ignorable = this.ignorable;
    this.ignorable = false;
    if (group.dest === 'skip') return;
    if (group.dest === 'info' && INFO_FIELDS[name]) {
      Object.assign(group, { dest: name.endsWith('tim') ? 'date' : 'meta', key: INFO_FIELDS[name] });
      return;
    }
    if (name === 'fonttbl' || name === 'stylesheet' || name === 'info') group.dest = name;
    else if (SKIPPED.has(name) || name === 'listtext' || name === 'pntext' || (ignorable && name !== 'fldrslt')) {
      group.dest = 'skip';
      if (name === 'listtext' || name === 'pntext') this.para.list = true;
    } else if (name === 'u' && param !== undefined) {
      this.emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      this.skipChars = group.uc;
    } else if (name === 'uc') group.uc = Math.max(0, param ?? 1);
    else if (CHARS[name] !== undefined) this.emit(CHARS[name]);
    else if (group.dest === 'fonttbl') {
      if (name === 'f') group.fontDef = param ?? 0;
      else if (name === 'fcharset') this.charsets.set(group.fontDef, param ?? 0);
    } else if (group.dest === 'style' && group.style) {
      if (name === 's') group.style.index = param ?? 0;
      else if (name === 'outlinelevel') group.style.outline = param;
    } else if (group.dest === 'date') {
      (this.dates[group.key] ??= {})[name] = param ?? 0;
    } else if (group.dest === 'body') this.bodyWord(name, param, group);
  }

  private bodyWord(name: string, param: number | undefined, group: Group): void {
    if (name === 'ansicpg' && param && iconv.encodingExists(`cp${param}`)) this.codepage = `cp${param}`;
    else if (name === 'mac' || name === 'pc' || name === 'pca') this.codepage = { mac: 'macintosh', pc: 'cp437', pca: 'cp850' }[name];
    else if (name === 'deff') this.defaultFont = param;
    else if (name === 'f') group.font = param;
    else if (name === 'plain') Object.assign(group, { font: this.defaultFont, hidden: false });
    else if (name === 'v') group.hidden = param !== 0;
    else if (name === 'par' || name === 'sect') this.endParagraph();
    else if (name === 'pard') this.para = { style: 0, outline: undefined, list: false, inTable: false };
    else if (name === 's') this.para.style = param ?? 0;
    else if (name === 'outlinelevel') this.para.outline = param;
    else if (name === 'ls') this.para.list = (param ?? 0) > 0;
    else if (name === 'intbl') this.para.inTable = true;
    else if (name === 'itap') this.para.inTable = (param ?? 1) > 0;
    else if (name === 'nestcell' || name === 'nestrow') this.endParagraph(true);
    else if (name === 'cell') {
      this.endParagraph(true);
      this.rowCells.push(this.cell);
      this.cell = [];
    } else if (name === 'row') this.endRow();
    else if (name === 'trowd') {
      this.rowDef = { left: 0, cells: [] };
      this.cellDef = {};
    } else if (name === 'trleft') this.rowDef.left = param ?? 0;
    else if (name === 'clmgf' || name === 'clmrg') this.cellDef.hmerge = name === 'clmgf' ? 'first' : 'next';
    else if (name === 'clvmgf' || name === 'clvmrg') this.cellDef.vmerge = name === 'clvmgf' ? 'first' : 'next';
    else if (name === 'cellx') {
      this.rowDef.cells.push({ right: param ?? 0, ...this.cellDef });
      this.cellDef = {};
    }
  }

  private endParagraph(inCell = false): void {
    const text = trimParagraph(this.text);
    this.text = '';
    const style = this.styles.get(this.para.style);
    const outline = this.para.outline ?? style?.outline;
    const heading = outline !== undefined && outline >= 0 && outline < 9 ? Math.min(6, outline + 1) : headingFromStyleName(style?.name);
    const paragraph: FlowParagraph = { type: 'paragraph', text };
    if (heading) paragraph.headingLevel = heading;
    else if (this.para.list) paragraph.listItem = true;
    if (inCell || this.para.inTable) {
      if (text) this.cell.push(paragraph);
      return;
    }
    this.endTable();
    if (text) this.blocks.push(paragraph);
  }

  private endRow(): void {
    if (this.cell.length > 0) this.rowCells.push(this.cell);
    this.tableRows.push({ def: { left: this.rowDef.left, cells: [...this.rowDef.cells] }, cells: this.rowCells });
    this.cell = [];
    this.rowCells = [];
  }

  private endTable(): void {
    if (this.rowCells.length > 0 || this.cell.length > 0) this.endRow();
    if (this.tableRows.length > 0) this.blocks.push({ type: 'table', rows: buildRows(this.tableRows) });
    this.tableRows = [];
  }

  private finish(): void {
    this.flush();
    if (trimParagraph(this.text)) this.endParagraph();
    this.endTable();
    for (const [key, d] of Object.entries(this.dates)) {
      const pad = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
      if ((d.yr ?? 0) > 0) this.metadata[key] = `${d.yr}-${pad(d.mo)}-${pad(d.dy)}T${pad(d.hr)}:${pad(d.min)}`;
    }
    for (const key of Object.keys(this.metadata)) {
      const value = this.metadata[key]!.trim();
      if (value) this.metadata[key] = value;
      else delete this.metadata[key];
    }
  }
}

/**
 * A table's rows from their cells and row definitions. The grid is every cell edge of every row;
 * a cell spans as many grid columns as edges it covers, so a full-width row in a 2-column table
 * (one \cellx at the right edge) gets colSpan 2, as Word's w:gridSpan would say.
 */
function buildRows(tableRows: { def: RowDef; cells: FlowParagraph[][] }[]): FlowCell[][] {
  const edges: number[] = [];
  for (const x of tableRows.flatMap((r) => [r.def.left, ...r.def.cells.map((c) => c.right)]).sort((a, b) => a - b)) {
    if (edges.length === 0 || x - edges[edges.length - 1]! > EDGE_TOLERANCE) edges.push(x);
  }
  return tableRows.map(({ def, cells }) => {
    const row: (FlowCell & { left: number; right: number })[] = [];
    let left = def.left;
    cells.forEach((paragraphs, i) => {
      const d = def.cells[i];
      const right = d?.right ?? left;
      const previous = row[row.length - 1];
      if (d?.hmerge === 'next' && previous) {
        previous.right = right;
        previous.paragraphs.push(...paragraphs);
      } else row.push({ paragraphs, colSpan: 1, left, right, ...(d?.vmerge === 'next' ? { mergedAbove: true } : {}) });
      left = right;
    });
    return row.map(({ left: l, right: r, ...cell }) => ({ ...cell, colSpan: Math.max(1, edges.filter((e) => e > l + EDGE_TOLERANCE && e <= r + EDGE_TOLERANCE).length) }));
  });
}

export function parseRtf(bytes: Uint8Array): Flow {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  if (!head.startsWith('{\\rtf')) throw new ImportError('CORRUPT_FILE', 'pas un fichier RTF (en-tête {\\rtf absent)');
  const reader = new RtfReader(bytes);
  reader.read();
  return { blocks: reader.blocks, metadata: reader.metadata };
}
