import type { AttributeType } from '../domain/case';
import { parseDate, parseEnglishNumber, parseFrenchNumber } from '../import/cells';

/**
 * Typed values of the case table. What is stored is canonical whatever the researcher typed:
 * numbers with a decimal point (« 2,5 » → `2.5`), dates ISO (« 23/11/2026 » → `2026-11-23`),
 * text and categories trimmed; an empty cell is null. What is shown is French: « 2,5 », « 23/11/2026 ».
 */

/** Why a typed value was refused: it is not a number, or not a date. */
export type ValueProblem = 'number' | 'date';
export type ParsedValue = { ok: true; value: string | null } | { ok: false; problem: ValueProblem };

/** Longest value of one cell, in characters. */
export const MAX_VALUE_LENGTH = 10_000;

/** Canonical numbers as JavaScript writes them: `2.5`, `-3`, `1e-7`. */
const CANONICAL_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number typed by hand: French first (« 2,5 », « 1 234,5 »), then English (« 1,234.5 »), then « 007 » as 7. */
export function parseNumberInput(text: string): number | null {
  const trimmed = text.trim();
  const value =
    parseFrenchNumber(trimmed) ??
    parseEnglishNumber(trimmed) ??
    parseFrenchNumber(trimmed.replace(/^([-+\u2212]?)0+(?=\d)/, '$1')) ??
    (CANONICAL_NUMBER.test(trimmed) ? Number(trimmed) : null);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Reads what the researcher typed for an attribute of this type. */
export function parseValue(type: AttributeType, input: string): ParsedValue {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  if (type === 'number') {
    const value = parseNumberInput(text);
    return value === null ? { ok: false, problem: 'number' } : { ok: true, value: String(value) };
  }
  if (type === 'date') {
    const value = parseDate(text);
    return value === null ? { ok: false, problem: 'date' } : { ok: true, value };
  }
  return { ok: true, value: text };
}

/** The number a stored value holds, or null (empty, or text kept from before a type change). */
export function numberOf(stored: string | null): number | null {
  if (stored === null || !CANONICAL_NUMBER.test(stored)) return null;
  const value = Number(stored);
  return Number.isFinite(value) ? value : null;
}

/** « 2,5 », « 12 000 », but « 2023 » (a year is not grouped). */
const frenchNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 10, useGrouping: 'min2' });

/** A stored value as the table shows it: « 2,5 », « 23/11/2026 »; anything unexpected as it is. */
export function formatValue(type: AttributeType, stored: string | null): string {
  if (stored === null) return '';
  if (type === 'number') {
    const value = numberOf(stored);
    return value === null ? stored : frenchNumber.format(value);
  }
  if (type === 'date') {
    const match = ISO_DATE.exec(stored);
    return match ? `${match[3]}/${match[2]}/${match[1]}` : stored;
  }
  return stored;
}

/**
 * A stored value when its column changes type: read again as the new type (« 2,5 » typed as text
 * becomes the number 2.5), or, towards text and categories, kept as the table showed it (the
 * number 2.5 becomes the text « 2,5 »). Refused when it does not fit: `attributes:setType` lists those.
 */
export function retypeValue(from: AttributeType, to: AttributeType, stored: string | null): ParsedValue {
  if (stored === null) return { ok: true, value: null };
  if (to === 'text' || to === 'category') return { ok: true, value: formatValue(from, stored) };
  return parseValue(to, stored);
}
