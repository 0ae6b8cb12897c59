import type { AttributeType, CaseAttribute, CaseRow } from '../domain/case';
import { foldForSearch, matchesFolded } from '../text/fold';
import { formatValue, numberOf, parseValue } from './values';

/**
 * Sorting and filtering the case table, as the view does it (pure: the same rows in, a new list out).
 * Columns: the case's name, its description, one per attribute, and its links (documents per case).
 */
export type CaseColumnKey = 'name' | 'description' | 'links' | `a${number}`;

export const attributeKey = (id: number): CaseColumnKey => `a${id}`;

export interface CaseSort {
  key: CaseColumnKey;
  direction: 'ascending' | 'descending';
}

/** What a column holds, for sorting and filtering: its type and each row's value. */
export interface ColumnAccess {
  type: AttributeType;
  value(row: CaseRow): string | null;
}

export function columnAccess(key: CaseColumnKey, attributes: readonly CaseAttribute[]): ColumnAccess | null {
  if (key === 'name') return { type: 'text', value: (row) => row.name };
  if (key === 'description') return { type: 'text', value: (row) => (row.description === '' ? null : row.description) };
  if (key === 'links') return { type: 'number', value: (row) => String(row.documentCount) };
  const id = Number(key.slice(1));
  const attribute = attributes.find((a) => a.id === id);
  return attribute ? { type: attribute.type, value: (row) => row.values[id] ?? null } : null;
}

/** French order: « école » next to « Ecole », « B7 » before « B12 », case and accents second. */
export const frenchCollator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Compares two non-empty stored values of a type: numbers by value, dates by day, text in French order. */
export function compareStored(type: AttributeType, a: string, b: string): number {
  if (type === 'number') {
    const x = numberOf(a);
    const y = numberOf(b);
    // Text left over in a number column comes after the numbers.
    if (x !== null && y !== null) return x - y;
    if (x !== null || y !== null) return x === null ? 1 : -1;
  }
  if (type === 'date') return a < b ? -1 : a > b ? 1 : 0;
  return frenchCollator.compare(a, b);
}

/** The rows sorted on one column; empty cells last in either direction, ties in the table's own order. */
export function sortCases(rows: readonly CaseRow[], attributes: readonly CaseAttribute[], sort: CaseSort | null): CaseRow[] {
  const byPosition = (a: CaseRow, b: CaseRow) => a.position - b.position || a.id - b.id;
  const access = sort ? columnAccess(sort.key, attributes) : null;
  if (!sort || !access) return [...rows].sort(byPosition);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = access.value(a);
    const y = access.value(b);
    if (x === null || y === null) return x === y ? byPosition(a, b) : x === null ? 1 : -1;
    return sign * compareStored(access.type, x, y) || byPosition(a, b);
  });
}

/** One column's filter: text it contains, values it is one of (null: empty), or a range of numbers or dates. */
export type ColumnFilter =
  | { kind: 'contains'; text: string }
  | { kind: 'values'; values: (string | null)[] }
  | { kind: 'range'; min: string; max: string };

export interface CaseFilters {
  /** Words found, folded, in the name, the description or a value of the case. */
  search: string;
  columns: Partial<Record<CaseColumnKey, ColumnFilter>>;
}

export const noFilters: CaseFilters = { search: '', columns: {} };

/** A bound of a range filter as typed (« 2,5 », « 01/03/2023 »), or null when empty or unreadable. */
export function rangeBound(type: AttributeType, text: string): string | null {
  const parsed = parseValue(type === 'date' ? 'date' : 'number', text);
  return parsed.ok ? parsed.value : null;
}

function passes(filter: ColumnFilter, access: ColumnAccess, row: CaseRow): boolean {
  const value = access.value(row);
  if (filter.kind === 'values') return filter.values.includes(value);
  if (filter.kind === 'contains') {
    const text = foldForSearch(filter.text.trim());
    return text === '' || (value !== null && foldForSearch(formatValue(access.type, value)).includes(text));
  }
  const min = rangeBound(access.type, filter.min);
  const max = rangeBound(access.type, filter.max);
  if (min === null && max === null) return true;
  if (value === null) return false;
  return (min === null || compareStored(access.type, value, min) >= 0) && (max === null || compareStored(access.type, value, max) <= 0);
}

/** Whether a filter narrows anything (an empty text or range does not). */
export function isActive(filter: ColumnFilter | undefined): boolean {
  if (!filter) return false;
  if (filter.kind === 'contains') return filter.text.trim() !== '';
  if (filter.kind === 'range') return filter.min.trim() !== '' || filter.max.trim() !== '';
  return true;
}

/** The rows every active filter lets through. */
export function filterCases(rows: readonly CaseRow[], attributes: readonly CaseAttribute[], filters: CaseFilters): CaseRow[] {
  const active = (Object.entries(filters.columns) as [CaseColumnKey, ColumnFilter][])
    .filter(([, filter]) => isActive(filter))
    .map(([key, filter]) => ({ filter, access: columnAccess(key, attributes) }))
    .filter((f): f is { filter: ColumnFilter; access: ColumnAccess } => f.access !== null);
  return rows.filter(
    (row) =>
      matchesFolded(filters.search, row.name, row.description, ...attributes.map((a) => formatValue(a.type, row.values[a.id] ?? null))) &&
      active.every(({ filter, access }) => passes(filter, access, row)),
  );
}

/** The distinct values of a column, in French order, empty last: the choices of a category filter or cell. */
export function distinctValues(rows: readonly CaseRow[], access: ColumnAccess): (string | null)[] {
  const values = new Set(rows.map((row) => access.value(row)));
  const filled = [...values].filter((v): v is string => v !== null).sort((a, b) => compareStored(access.type, a, b));
  return values.has(null) ? [...filled, null] : filled;
}
