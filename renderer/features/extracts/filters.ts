/**
 * The filters of the extract browser, as pure data: changing one, dropping the empty ones, and the
 * chips that show what is active (« Zone : Zone 5 », « Codé depuis le 3 mars 2026 »), each with the
 * filters left when it is removed.
 */
import type { ExtractFacets, ExtractFilters, ExtractSelection } from '../../../shared/domain/extract';
import type { StructureField } from '../../../shared/domain/structure';
import type { Words } from './query';

export type IdFilter = 'documentIds' | 'groupIds' | 'caseIds' | 'coderIds';

/** Filters without empty lists, empty dates or a false flag: what is sent and stored. */
export function cleanFilters(filters: ExtractFilters): ExtractFilters {
  const clean: ExtractFilters = {};
  for (const key of ['documentIds', 'groupIds', 'caseIds', 'coderIds'] as const) {
    const ids = filters[key];
    if (ids && ids.length > 0) clean[key] = [...new Set(ids)];
  }
  const attributes = filters.attributes?.filter((c) => c.values.length > 0);
  if (attributes && attributes.length > 0) clean.attributes = attributes;
  const structure = filters.structure?.filter((c) => c.values.length > 0);
  if (structure && structure.length > 0) clean.structure = structure;
  if (filters.codedFrom) clean.codedFrom = filters.codedFrom;
  if (filters.codedTo) clean.codedTo = filters.codedTo;
  if (filters.keyQuotesOnly) clean.keyQuotesOnly = true;
  return clean;
}

/** Adds the id to the filter, or takes it out. */
export function toggleId(filters: ExtractFilters, key: IdFilter, id: number): ExtractFilters {
  const ids = filters[key] ?? [];
  return cleanFilters({ ...filters, [key]: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });
}

/** The values of an attribute the cases must have (one of them); none removes the condition. */
export function setAttributeValues(filters: ExtractFilters, attributeId: number, values: string[]): ExtractFilters {
  const others = (filters.attributes ?? []).filter((c) => c.attributeId !== attributeId);
  const at = (filters.attributes ?? []).findIndex((c) => c.attributeId === attributeId);
  const next = [...others];
  // The condition keeps its place among the others, so the chips do not jump.
  if (values.length > 0) next.splice(at < 0 ? next.length : at, 0, { attributeId, values });
  return cleanFilters({ ...filters, attributes: next });
}

export function attributeValues(filters: ExtractFilters, attributeId: number): string[] {
  return filters.attributes?.find((c) => c.attributeId === attributeId)?.values ?? [];
}

export function setStructureValues(filters: ExtractFilters, field: StructureField, values: string[]): ExtractFilters {
  const conditions = filters.structure ?? [];
  const at = conditions.findIndex((c) => c.field === field);
  const next = conditions.filter((c) => c.field !== field);
  if (values.length > 0) next.splice(at < 0 ? next.length : at, 0, { field, values });
  return cleanFilters({ ...filters, structure: next });
}

export function structureValues(filters: ExtractFilters, field: StructureField): string[] {
  return filters.structure?.find((c) => c.field === field)?.values ?? [];
}

/** One value in or out of a list of values. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** How many filters hold (a condition with several values counts once). */
export function activeFilterCount(filters: ExtractFilters): number {
  return filterChips(filters, null, null).length;
}

export interface FilterChip {
  key: string;
  /** « Zone : Zone 5 ou Zone 3 » */
  label: string;
  /** The filters once this chip is removed. */
  without: ExtractFilters;
}

const fieldKey = {
  grid: 'extracts.field.grid',
  block: 'extracts.field.block',
  prompt: 'extracts.field.prompt',
  column: 'extracts.field.column',
  speaker: 'extracts.field.speaker',
} as const satisfies Record<StructureField, string>;

export function fieldLabel(field: StructureField, words: Pick<Words, 't'>): string {
  return words.t(fieldKey[field]);
}

interface ChipWords extends Words {
  /** « 3 mars 2026 » */
  formatDay: (day: string) => string;
}

/**
 * The active filters as chips, in the order of the filter panel. Without words (counting only),
 * labels are empty. Names come from the facets; an id the facets do not know (deleted since) shows
 * as its number.
 */
export function filterChips(filters: ExtractFilters, facets: ExtractFacets | null, words: ChipWords | null): FilterChip[] {
  const chips: FilterChip[] = [];
  const say = (build: (w: ChipWords) => string) => (words ? build(words) : '');
  const or = (values: readonly string[]) => say((w) => values.join(` ${w.t('extracts.describe.valueOr')} `));
  if (filters.keyQuotesOnly) chips.push({ key: 'key', label: say((w) => w.t('extracts.chip.keyQuotes')), without: cleanFilters({ ...filters, keyQuotesOnly: false }) });
  const ids = (key: IdFilter, names: readonly { id: number; name: string }[] | undefined, labelKey: 'extracts.chip.document' | 'extracts.chip.group' | 'extracts.chip.case' | 'extracts.chip.coder') => {
    for (const id of filters[key] ?? []) {
      const name = names?.find((n) => n.id === id)?.name ?? `#${id}`;
      chips.push({ key: `${key}:${id}`, label: say((w) => w.t(labelKey, { name })), without: toggleId(filters, key, id) });
    }
  };
  ids('documentIds', facets?.documents, 'extracts.chip.document');
  ids('groupIds', facets?.groups, 'extracts.chip.group');
  ids('caseIds', facets?.cases, 'extracts.chip.case');
  for (const condition of filters.attributes ?? []) {
    if (condition.values.length === 0) continue;
    const name = facets?.attributes.find((a) => a.id === condition.attributeId)?.name ?? `#${condition.attributeId}`;
    chips.push({
      key: `attribute:${condition.attributeId}`,
      label: say((w) => w.t('extracts.chip.condition', { name, values: or(condition.values) })),
      without: setAttributeValues(filters, condition.attributeId, []),
    });
  }
  for (const condition of filters.structure ?? []) {
    if (condition.values.length === 0) continue;
    chips.push({
      key: `structure:${condition.field}`,
      label: say((w) => w.t('extracts.chip.condition', { name: fieldLabel(condition.field, w), values: or(condition.values) })),
      without: setStructureValues(filters, condition.field, []),
    });
  }
  ids('coderIds', facets?.coders, 'extracts.chip.coder');
  if (filters.codedFrom) {
    const day = filters.codedFrom;
    chips.push({ key: 'from', label: say((w) => w.t('extracts.chip.from', { date: w.formatDay(day) })), without: cleanFilters({ ...filters, codedFrom: undefined }) });
  }
  if (filters.codedTo) {
    const day = filters.codedTo;
    chips.push({ key: 'to', label: say((w) => w.t('extracts.chip.to', { date: w.formatDay(day) })), without: cleanFilters({ ...filters, codedTo: undefined }) });
  }
  return chips;
}

/** JSON with the keys of every object sorted: two equal values give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The same query and the same filters (empty filters and key order aside): a saved query still shown as it was. */
export function sameSelection(a: ExtractSelection, b: ExtractSelection): boolean {
  return canonical(a.query) === canonical(b.query) && canonical(cleanFilters(a.filters)) === canonical(cleanFilters(b.filters));
}
