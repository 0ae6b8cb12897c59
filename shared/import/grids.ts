import type { UnitAttributes } from '../domain/document';
import type { FlowCell, FlowTable } from './flow';

/**
 * Recognises the StESS protocol's observation grids in a table, tolerantly:
 * - prompt/answer grids: a header row (grid title | column labels), then rows "prompt | answer(s)",
 *   with full-width rows naming blocks (Recensement des besoins…) or holding a free answer;
 * - answer-only grids (the day-1 grid "situations observées | en quoi cela vous interpelle | …"):
 *   every cell is an answer, labelled by its column header;
 * - any other table with a header row is kept as a generic table, its cells labelled by header.
 * Every answer keeps grid, block, prompt, column (who wrote it) and beneficiary number.
 */
export interface GridAnswer {
  text: string;
  attrs: UnitAttributes;
}

export interface GridBlock {
  label: string | null;
  answers: GridAnswer[];
}

export interface InterpretedTable {
  kind: 'grid' | 'table';
  label: string;
  attrs: UnitAttributes;
  blocks: GridBlock[];
}

const PROMPT_HEADERS = /^(les\s+)?questions?\b|contexte|environnement|prise de note|b[ée]n[ée]ficiaire|th[èe]me|item|crit[èe]re|rubrique/i;
const GENERIC_TITLES = /^(les\s+)?questions?$|^th[èe]mes?$|^items?$/i;
const ANSWER_GRID_HEADERS = /situations? observ[ée]es?|interpelle|similaires|diff[ée]rentes/i;
const BENEFICIARY = /b[ée]n[ée]ficiaire\s*(?:n[°o]\s*)?(\d+)/i;
const NEW_BENEFICIARY = /nouveau\s+b[ée]n[ée]ficiaire/i;

export function cellText(cell: FlowCell): string {
  return cell.paragraphs
    .map((p) => (p.listItem ? `• ${p.text.trim()}` : p.text.trim()))
    .filter((t) => t.length > 0)
    .join('\n');
}

/** "RECENSEMENT DES SAVOIR-FAIRE" → "Recensement des savoir-faire"; mixed case is kept; a final ':' dropped. */
export function tidyLabel(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('fr')) {
    const lower = text.toLocaleLowerCase('fr');
    return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
  }
  return text;
}

function columnCount(table: FlowTable): number {
  return Math.max(0, ...table.rows.map((row) => row.reduce((n, c) => n + Math.max(1, c.colSpan), 0)));
}

/** Cells of a row placed on the grid's columns (a spanning cell sits at its first column). */
function placed(row: FlowCell[]): { column: number; cell: FlowCell }[] {
  let column = 0;
  return row.map((cell) => {
    const at = column;
    column += Math.max(1, cell.colSpan);
    return { column: at, cell };
  });
}

function isFullWidth(row: FlowCell[], columns: number): boolean {
  const filled = row.filter((c) => !c.mergedAbove && cellText(c).length > 0);
  return columns > 1 && (row.length === 1 || (filled.length === 1 && (filled[0]!.colSpan >= columns || row.length < columns)));
}

function looksLikeBlockLabel(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.length > 0 && letters === letters.toLocaleUpperCase('fr');
  return text.length <= 100 && !/[.!?»]$/.test(text) && (upper || /^(recensement|échanges|echanges|analyse)/i.test(text));
}

export function interpretTable(table: FlowTable, context: { heading: string | null; beneficiaries: number }): InterpretedTable {
  const columns = columnCount(table);
  const [headerRow = [], ...body] = table.rows;
  const headers: string[] = new Array<string>(columns).fill('');
  for (const { column, cell } of placed(headerRow)) headers[column] = tidyLabel(cellText(cell));
  const firstColumn = body.filter((r) => !isFullWidth(r, columns)).map((r) => cellText(r[0] ?? { paragraphs: [], colSpan: 1 }));
  const questions = firstColumn.filter((t) => t.endsWith('?')).length;
  const promptColumn =
    columns >= 2 && (PROMPT_HEADERS.test(headers[0] ?? '') || (firstColumn.length > 0 && questions * 2 >= firstColumn.length));
  const answerGrid = !promptColumn && headers.some((h) => ANSWER_GRID_HEADERS.test(h));

  const title = headers[0] ?? '';
  const label = promptColumn && !GENERIC_TITLES.test(title) ? title : (context.heading ?? title) || 'Tableau';
  const beneficiary = BENEFICIARY.exec(title)?.[1];
  const attrs: UnitAttributes = { grid: label };
  if (beneficiary) attrs.beneficiary = Number(beneficiary);
  else if (NEW_BENEFICIARY.test(title)) attrs.beneficiary = Math.max(1, context.beneficiaries) + 1;

  const blocks: GridBlock[] = [{ label: null, answers: [] }];
  const answerColumnLabel = promptColumn && columns === 2 ? headers[1] || undefined : undefined;
  for (const row of body) {
    const current = blocks[blocks.length - 1]!;
    if (isFullWidth(row, columns)) {
      const text = cellText(row.find((c) => cellText(c).length > 0) ?? row[0]!);
      if (text.length === 0) continue;
      if (looksLikeBlockLabel(text)) blocks.push({ label: tidyLabel(text), answers: [] });
      else current.answers.push({ text, attrs: answerAttrs(attrs, current.label, null, answerColumnLabel) });
      continue;
    }
    const cells = placed(row);
    const prompt = promptColumn ? tidyLabel(cellText(cells[0]?.cell ?? { paragraphs: [], colSpan: 1 })) || null : null;
    for (const { column, cell } of cells) {
      if (promptColumn && column === 0) continue;
      const text = cell.mergedAbove ? '' : cellText(cell);
      if (text.length === 0) continue;
      current.answers.push({ text, attrs: answerAttrs(attrs, current.label, prompt, headers[column] || undefined) });
    }
  }
  return {
    kind: promptColumn || answerGrid ? 'grid' : 'table',
    label,
    attrs,
    blocks: blocks.filter((b) => b.label !== null || b.answers.length > 0),
  };
}

function answerAttrs(grid: UnitAttributes, block: string | null, prompt: string | null, column: string | undefined): UnitAttributes {
  const attrs: UnitAttributes = { ...grid };
  if (block) attrs.block = block;
  if (prompt) attrs.prompt = prompt;
  if (column) attrs.column = column;
  return attrs;
}
