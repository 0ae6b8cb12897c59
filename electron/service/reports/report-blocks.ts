/**
 * The pieces of the report's Word file: paragraphs in named styles (so that a copy into the policy
 * paper keeps its structure), small tables of counts, quotations with their source.
 */
import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Width of the text on an A4 page with 2.5 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1418;
/** Height of the text on that page. */
export const TEXT_HEIGHT = 16838 - 2 * 1418;

export const STYLE_QUOTE = 'Quote';
export const STYLE_SOURCE = 'QuoteSource';
export const STYLE_CAPTION = 'Caption';
export const STYLE_NOTE = 'ReportNote';

/**
 * French spacing for the report's own words: a no-break space before « : ; ! ? » and inside the
 * quotation marks, so that Word never leaves a colon or a « at the start of a line. The researchers'
 * passages are quoted as they are.
 */
export function typeset(text: string): string {
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

export const heading = (text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    text: typeset(text),
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    keepNext: true,
    keepLines: true,
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });

export const plain = (text: string) => new Paragraph({ children: [new TextRun(typeset(text))] });

export const note = (text: string) => new Paragraph({ style: STYLE_NOTE, children: [new TextRun(typeset(text))] });

/** « Label : text » with the label in bold, French spacing before the colon. */
export const labelled = (label: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}\u00a0: `, bold: true }), new TextRun(typeset(text))], spacing: { after: 80 } });

/** A passage as a quotation in French marks, its line breaks kept, then its source on its own line. */
export function quotation(text: string, source: string): Paragraph[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  const runs = lines.map((line, i) => new TextRun({ text: `${i === 0 ? '«\u00a0' : ''}${line}${i === lines.length - 1 ? '\u00a0»' : ''}`, ...(i > 0 ? { break: 1 } : {}) }));
  const out = [new Paragraph({ style: STYLE_QUOTE, children: runs, keepNext: source !== '' })];
  if (source !== '') out.push(new Paragraph({ style: STYLE_SOURCE, children: [new TextRun(`(${source})`)] }));
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'B8C2CC' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string, width: number, options: { header?: boolean; number?: boolean; color?: string; indent?: number } = {}): TableCell {
  const children: TextRun[] = [];
  if (options.color) children.push(new TextRun({ text: '■\u00a0', color: options.color.replace('#', '') }));
  children.push(new TextRun({ text: typeset(text), bold: options.header ?? false, size: 20 }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF1F4', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        children,
        alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
        keepNext: true,
        spacing: { after: 0 },
        ...(options.indent ? { indent: { left: 240 * options.indent } } : {}),
      }),
    ],
  });
}

export interface TableColumn {
  header: string;
  /** Share of the text width (the shares of a table add up to 1 or less). */
  share: number;
  number?: boolean;
}

/** A table of counts: a header row (repeated on a new page), then the rows; a row may carry a code's colour and an indent (its depth). */
export function countsTable(columns: readonly TableColumn[], rows: readonly { cells: string[]; color?: string; indent?: number }[]): Table {
  const widths = columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i]!, { header: true, number: c.number })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((text, i) => cell(text, widths[i]!, { number: columns[i]!.number, ...(i === 0 && row.color ? { color: row.color } : {}), ...(i === 0 && row.indent ? { indent: row.indent } : {}) })),
          }),
      ),
    ],
  });
}

/** A little air after a table (Word glues the next heading to it otherwise). */
export const gap = () => new Paragraph({ children: [], spacing: { after: 120 } });

/** The styles of the report: Calibri 11 pt, blue-grey headings, quotations indented with a bar. */
export const reportStyles = {
  default: {
    document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    title: { run: { font: 'Calibri', size: 48, bold: true, color: '1B2228' }, paragraph: { spacing: { after: 240 } } },
    heading1: { run: { font: 'Calibri', size: 34, bold: true, color: '1F4E79' }, paragraph: { spacing: { before: 360, after: 160 } } },
    heading2: { run: { font: 'Calibri', size: 28, bold: true, color: '2E5C8A' }, paragraph: { spacing: { before: 320, after: 120 } } },
    heading3: { run: { font: 'Calibri', size: 23, bold: true, color: '3A4A5A' }, paragraph: { spacing: { before: 200, after: 80 } } },
  },
  paragraphStyles: [
    {
      id: STYLE_QUOTE,
      name: 'Quote',
      basedOn: 'Normal',
      next: STYLE_SOURCE,
      quickFormat: true,
      run: { italics: true, color: '2B3640' },
      paragraph: {
        indent: { left: 567, right: 283 },
        spacing: { before: 160, after: 40 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '9AA7B4', space: 8 } },
      },
    },
    {
      id: STYLE_SOURCE,
      name: 'Source de citation',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 19, color: '4A5560' },
      paragraph: { indent: { left: 567 }, spacing: { after: 160 } },
    },
    {
      id: STYLE_CAPTION,
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 19, italics: true, color: '4A5560' },
      paragraph: { spacing: { before: 80, after: 240 } },
    },
    {
      id: STYLE_NOTE,
      name: 'Note du rapport',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 20, color: '4A5560' },
      paragraph: { spacing: { after: 80 } },
    },
  ],
};
