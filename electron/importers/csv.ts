import Papa from 'papaparse';
import type { ImportedTable } from '../../shared/import/table';
import { tableFromGrid, type GridRow } from './column-types';
import { decodeText } from './encoding';
import { ImportError } from './import-error';

/** French Excel writes ';' (the comma is the decimal mark); other tools ',' or tabs. */
export const CSV_DELIMITERS = [';', ',', '\t'];

/** A delimiter that cannot occur in text: a file with a single column is not split at all. */
const NO_SPLIT = '\u001f';

/**
 * papaparse guesses from the first 10 records (a delimiter giving the same count of cells on each).
 * When it cannot (a single column, or ragged rows), the delimiter found most in the header line
 * wins; none at all means a single column.
 */
function chooseDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy', preview: 10 });
  if (!preview.errors.some((e) => e.code === 'UndetectableDelimiter')) return preview.meta.delimiter;
  const headerLine = /^[^\n]*\S[^\n]*$/m.exec(text)?.[0] ?? '';
  const counts = CSV_DELIMITERS.map((d) => headerLine.split(d).length - 1);
  const best = Math.max(...counts);
  return best > 0 ? (CSV_DELIMITERS[counts.indexOf(best)] ?? NO_SPLIT) : NO_SPLIT;
}

const isBlankLine = (line: string, delimiter: string): boolean => line.split(delimiter).every((cell) => cell.replace(/"/g, '').trim() === '');

/**
 * Parses the decoded text into records, each with the line it starts on (a quoted cell may hold
 * line breaks, so records and lines differ). Blank lines, and lines of delimiters only, are
 * skipped; a quote left open or badly closed is a broken file rather than a guess at where the
 * cell ends. `blankHeaderLine` is the line of an empty row (delimiters only) before the header.
 */
function readRecords(text: string, delimiter: string): { rows: GridRow[]; blankHeaderLine: number | null } {
  const rows: GridRow[] = [];
  let position = 0; // where the previous record ended (after its line break)
  let line = 1; // the line at `position`
  let blankHeaderLine: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      for (let next = text.indexOf('\n', position); next !== -1 && next < end; next = text.indexOf('\n', position)) {
        const skipped = text.slice(position, next);
        if (!isBlankLine(skipped, delimiter)) break;
        if (rows.length === 0 && blankHeaderLine === null && skipped.includes(delimiter)) blankHeaderLine = line;
        position = next + 1;
        line += 1;
      }
      if (result.errors.some((e) => e.type === 'Quotes')) {
        throw new ImportError('CORRUPT_FILE', `ligne ${line} : guillemets non refermés ou mal placés`);
      }
      rows.push({ cells: result.data, line });
      for (let next = text.indexOf('\n', position); next !== -1 && next < end; next = text.indexOf('\n', next + 1)) line += 1;
      position = end;
    },
  });
  return { rows, blankHeaderLine };
}

/**
 * A survey or case table in CSV (French Excel: ';', Windows-1252 or UTF-8 with BOM, decimal
 * commas, multi-line quoted cells). The encoding and the delimiter (among ';', ',' and tab) are
 * detected; the first row must be the header; columns are typed by column-types.ts.
 */
export function parseCsv(bytes: Uint8Array): ImportedTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = chooseDelimiter(text);
  const { rows, blankHeaderLine } = readRecords(text, delimiter);
  if (blankHeaderLine !== null) throw new ImportError('NO_HEADER', `ligne ${blankHeaderLine} vide`);
  if (rows.length === 0) throw new ImportError('EMPTY_FILE');
  const source: ImportedTable['source'] = { format: 'csv', encoding };
  if (delimiter !== NO_SPLIT) source.delimiter = delimiter;
  return tableFromGrid(rows, source);
}
