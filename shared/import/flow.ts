/**
 * The intermediate model every document parser produces (docx, odt, rtf, pdf, html, txt, md, vtt,
 * srt): a flow of paragraphs and tables, close to what the researcher sees in the file. One
 * interpreter (structure.ts) then recognises headings, speaker turns and observation grids in it,
 * whatever the format, so the same interview in .docx, .odt and .pdf yields the same turns.
 *
 * Texts are plain Unicode strings (any normalisation happens in the DocumentBuilder). Line breaks
 * inside a paragraph are '\n'.
 */
export interface FlowParagraph {
  type: 'paragraph';
  text: string;
  /** 1–6 when the file marks it as a heading (style, outline level, <h1>, markdown #). */
  headingLevel?: number;
  /** True for an item of a bulleted or numbered list. */
  listItem?: boolean;
  /** Known from the format's structure (VTT voice, SRT/VTT cue time): no guessing needed. */
  speaker?: string;
  /** `hh:mm:ss` (or `hh:mm:ss.mmm` for cues). */
  time?: string;
  /** Page number (1-based) for paginated sources such as PDF. */
  page?: number;
}

export interface FlowCell {
  /** Paragraphs of the cell, in order (a cell may hold a bulleted list). */
  paragraphs: FlowParagraph[];
  /** Number of grid columns the cell spans (w:gridSpan, table:number-columns-spanned, \cellx). */
  colSpan: number;
  /** Vertically merged with the cell above (w:vMerge continue, covered-table-cell). */
  mergedAbove?: boolean;
}

export interface FlowTable {
  type: 'table';
  rows: FlowCell[][];
}

export type FlowBlock = FlowParagraph | FlowTable;

export interface Flow {
  blocks: FlowBlock[];
  /** Title, author, dates… as found in the file's properties. */
  metadata: Record<string, string>;
}

/** Error raised by a parser for a file it cannot read; the message key says why, in French. */
export type ImportProblem =
  | 'EMPTY_FILE'
  | 'CORRUPT_FILE'
  | 'PASSWORD_PROTECTED'
  | 'UNSUPPORTED_TYPE'
  | 'TOO_LARGE'
  | 'NO_TEXT'
  | 'NO_HEADER'
  | 'UNREADABLE_ENCODING';
