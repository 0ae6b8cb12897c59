/**
 * Numbers and dates as French users write them, read the same way by the table importers
 * (electron/importers/column-types.ts) and by the case table's typed cells (shared/cases/values.ts).
 */

const GROUP = '[ \\u00a0\\u202f\\u2009\\u2007]';
/** French: "12", "2,6", "12.5", "1 234,5" (normal, no-break or narrow no-break spaces). */
const FRENCH = new RegExp(`^(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:[,.](\\d+))?$`);
/** French with dots for thousands: "1.234,5" (the comma makes it unambiguous). */
const FRENCH_DOTS = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/;
/** English: "12", "12.5", "1,234", "1,234,567.5". */
const ENGLISH = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** Integer parts longer than this lose precision as doubles: they are identifiers, not numbers. */
const MAX_DIGITS = 15;

function cleanNumber(cell: string): { sign: number; body: string } {
  const text = cell.trim();
  const first = text.charAt(0);
  const signed = first === '-' || first === '+' || first === '\u2212';
  return { sign: first === '-' || first === '\u2212' ? -1 : 1, body: signed ? text.slice(1) : text };
}

function toNumber(sign: number, integer: string, decimals: string | undefined): number | null {
  const digits = integer.replace(/[^\d]/g, '');
  // "01234" (postal code, SIRET, phone number) is an identifier; "0,5" is a number.
  if ((digits.length > 1 && digits.startsWith('0')) || digits.length > MAX_DIGITS) return null;
  const value = sign * Number(decimals === undefined ? digits : `${digits}.${decimals}`);
  return value === 0 ? 0 : value; // no -0
}

/** Reads a number in French notation (decimal comma, or a decimal point typed by hand). */
export function parseFrenchNumber(cell: string): number | null {
  const { sign, body } = cleanNumber(cell);
  const match = FRENCH.exec(body) ?? FRENCH_DOTS.exec(body);
  return match ? toNumber(sign, match[1] ?? '', match[2]) : null;
}

/** Reads a number in English notation (decimal point, commas between thousands). */
export function parseEnglishNumber(cell: string): number | null {
  const { sign, body } = cleanNumber(cell);
  const match = ENGLISH.exec(body);
  return match ? toNumber(sign, match[1] ?? '', match[2]) : null;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+';
const FRENCH_DATE = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})$`, 'iu');
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number | undefined {
  const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
  return MONTHS[folded];
}

/**
 * Reads a date as French users write it: 14/03/2023, 14/03/23 (Excel's rule: 00–29 → 20xx,
 * 30–99 → 19xx), 14.03.2023, 2023-03-14, "14 mars 2023", "mardi 1er août 2023". Day before month,
 * always. Returns ISO yyyy-mm-dd, or null for anything else (including dates with a time).
 */
export function parseDate(cell: string): string | null {
  const text = cell.trim().replace(/\s+/g, ' ');
  let match = DAY_FIRST.exec(text);
  if (match) {
    let year = Number(match[4]);
    if ((match[4] ?? '').length === 2) year += year < 30 ? 2000 : 1900;
    return iso(year, Number(match[3]), Number(match[1]));
  }
  match = YEAR_FIRST.exec(text);
  if (match) return iso(Number(match[1]), Number(match[3]), Number(match[4]));
  match = FRENCH_DATE.exec(text);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    return month === undefined ? null : iso(Number(match[3]), month, Number(match[1]));
  }
  return null;
}

