import type { UnitAttributes, UnitKind } from './domain/document';

/** A structure unit before it is stored: ranges are UTF-16 offsets (see offsets.ts). */
export interface UnitDraft {
  kind: UnitKind;
  start: number;
  end: number;
  label: string | null;
  attrs: UnitAttributes;
  /** Index of the parent draft in the same list, or null. */
  parent: number | null;
}

export interface BuiltDocument {
  text: string;
  units: UnitDraft[];
}

/**
 * Builds a document text and its structure units together, so offsets are right by construction.
 * Blocks are separated by a blank line; text is normalised to NFC. Importers and the demo corpus use it.
 */
export class DocumentBuilder {
  private text = '';
  private readonly units: UnitDraft[] = [];
  private readonly open: number[] = [];

  private appendBlock(content: string): { start: number; end: number } {
    const clean = content.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    if (this.text.length > 0) this.text += '\n\n';
    const start = this.text.length;
    this.text += clean;
    return { start, end: this.text.length };
  }

  private add(kind: UnitKind, range: { start: number; end: number }, label: string | null, attrs: UnitAttributes): number {
    const parent = this.open.length > 0 ? (this.open[this.open.length - 1] ?? null) : null;
    this.units.push({ kind, ...range, label, attrs, parent });
    return this.units.length - 1;
  }

  heading(content: string, level = 1): this {
    this.add('heading', this.appendBlock(content), content.trim(), { level });
    return this;
  }

  paragraph(content: string, attrs: UnitAttributes = {}): this {
    this.add('paragraph', this.appendBlock(content), null, attrs);
    return this;
  }

  /** A cell of a generic table, labelled by its column header. */
  cell(content: string, attrs: UnitAttributes): this {
    this.add('cell', this.appendBlock(content), attrs.column ?? null, attrs);
    return this;
  }

  /** A speaker turn; the speaker label and time are kept as attributes, not repeated in the text. */
  turn(speaker: string, content: string, time?: string): this {
    const attrs: UnitAttributes = { speaker: speaker.trim() };
    if (time) attrs.time = time;
    this.add('turn', this.appendBlock(content), speaker.trim(), attrs);
    return this;
  }

  /** An answer in an observation grid: the prompt and the column say what it answers and who wrote it. */
  answer(content: string, attrs: UnitAttributes): this {
    this.add('answer', this.appendBlock(content), attrs.prompt ?? null, attrs);
    return this;
  }

  /** Opens a container unit (a grid, a block); units added until `end()` are its children. */
  begin(kind: 'grid' | 'block' | 'table', label: string, attrs: UnitAttributes = {}): this {
    const index = this.add(kind, { start: this.text.length === 0 ? 0 : this.text.length + 2, end: 0 }, label, attrs);
    this.open.push(index);
    return this;
  }

  end(): this {
    const index = this.open.pop();
    if (index === undefined) throw new Error('DocumentBuilder.end() without begin()');
    const unit = this.units[index]!;
    unit.start = Math.min(unit.start, this.text.length);
    unit.end = this.text.length;
    return this;
  }

  build(): BuiltDocument {
    if (this.open.length > 0) throw new Error('DocumentBuilder.build() with unclosed containers');
    return { text: this.text, units: this.units.map((u) => ({ ...u, attrs: { ...u.attrs } })) };
  }
}
