/**
 * The caption of an exported view or a slide, in words: what was counted and under which filters
 * (« Branche = Missions locales ou Logement social », « Codé par Alice »), names resolved with the
 * extract browser's facets, and the day of the export (« 23 novembre 2026 »). Pure: no DOM.
 */
import type { ExtractFacets, ExtractFilters } from '../domain/extract';
import { translate, type Language, type MessageKey } from '../i18n';

export interface CaptionInput {
  title: string;
  /** The chart's counts, already in words: « 12 codes · 340 passages ». */
  counts: string;
  filters: ExtractFilters;
  /** Names of documents, groups, cases, attributes and coders; null shows ids as « #12 ». */
  facets: ExtractFacets | null;
  /** When the view was exported (ISO or Date). */
  date: Date;
  lang: Language;
}

export interface Caption {
  title: string;
  /** Counts, then each filter in words, then the date: one short line each. */
  lines: string[];
}

const fieldKeys = {
  grid: 'extracts.field.grid',
  block: 'extracts.field.block',
  prompt: 'extracts.field.prompt',
  column: 'extracts.field.column',
  speaker: 'extracts.field.speaker',
} as const satisfies Record<string, MessageKey>;

/** « 3 mars 2026 » for `2026-03-03` (a day, read at noon so no time zone moves it). */
export function formatDay(day: string | Date, lang: Language): string {
  const value = typeof day === 'string' ? new Date(`${day}T12:00:00`) : day;
  if (Number.isNaN(value.getTime())) return String(day);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(value);
}

/** Each active filter as one phrase, in the order of the filter panel. */
export function filterPhrases(filters: ExtractFilters, facets: ExtractFacets | null, lang: Language): string[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const or = (values: readonly string[]) => values.join(` ${t('extracts.describe.valueOr')} `);
  const names = (ids: readonly number[] | undefined, known: readonly { id: number; name: string }[] | undefined) =>
    (ids ?? []).map((id) => known?.find((k) => k.id === id)?.name ?? `#${id}`);
  const phrases: string[] = [];
  const documents = names(filters.documentIds, facets?.documents);
  if (documents.length > 0) phrases.push(t('present.caption.documents', { names: documents.join(', ') }));
  const groups = names(filters.groupIds, facets?.groups);
  if (groups.length > 0) phrases.push(t('present.caption.groups', { names: groups.join(', ') }));
  const cases = names(filters.caseIds, facets?.cases);
  if (cases.length > 0) phrases.push(t('present.caption.cases', { names: cases.join(', ') }));
  for (const condition of filters.attributes ?? []) {
    if (condition.values.length === 0) continue;
    const name = facets?.attributes.find((a) => a.id === condition.attributeId)?.name ?? `#${condition.attributeId}`;
    phrases.push(t('present.caption.condition', { name, values: or(condition.values) }));
  }
  for (const condition of filters.structure ?? []) {
    if (condition.values.length === 0) continue;
    phrases.push(t('present.caption.condition', { name: t(fieldKeys[condition.field]), values: or(condition.values) }));
  }
  const coders = names(filters.coderIds, facets?.coders);
  if (coders.length > 0) phrases.push(t('present.caption.coders', { names: coders.join(', ') }));
  if (filters.codedFrom && filters.codedTo) {
    phrases.push(t('present.caption.between', { from: formatDay(filters.codedFrom, lang), to: formatDay(filters.codedTo, lang) }));
  } else if (filters.codedFrom) {
    phrases.push(t('present.caption.from', { date: formatDay(filters.codedFrom, lang) }));
  } else if (filters.codedTo) {
    phrases.push(t('present.caption.to', { date: formatDay(filters.codedTo, lang) }));
  }
  if (filters.keyQuotesOnly) phrases.push(t('present.caption.keyQuotes'));
  return phrases;
}

/** The caption band of an export: the counts, the filters (or « Sans filtre »), then source and date. */
export function captionOf(input: CaptionInput): Caption {
  const { lang } = input;
  const phrases = filterPhrases(input.filters, input.facets, lang);
  const filters = phrases.length > 0 ? translate(lang, 'present.caption.filters', { filters: phrases.join(' ; ') }) : translate(lang, 'present.caption.noFilter');
  const lines = [input.counts.trim(), filters, translate(lang, 'present.caption.made', { date: formatDay(input.date, lang) })].filter((line) => line !== '');
  return { title: input.title.trim(), lines };
}
