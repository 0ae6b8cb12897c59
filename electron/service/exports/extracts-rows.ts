import type { Extract, ExtractFacets, ExtractFilters } from '../../../shared/domain/extract';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { citationSource, citationText } from '../../../shared/retrieval/citation';
import { filtersInWords } from '../analysis/crosstab-workbook';

/** The files are written in French, the language of the teams they go to. */
export const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
export const tc = (count: number, other: MessageKey, one: MessageKey) => t(count === 1 ? one : other, { count });

/** One column of the table exports (CSV, XLSX): its header and how wide a spreadsheet shows it. */
export interface ExportColumn {
  header: string;
  width: number;
  /** Long text: wrapped in a spreadsheet. */
  long?: boolean;
}

/** Everything a file says about its extracts, worked out once for every format. */
export interface ExtractSheet {
  title: string;
  /** « Filtres : Rôle : Professionnelle » or « Filtres : aucun ». */
  filters: string;
  /** « 4 extraits · 2 codes ». */
  count: string;
  extracts: readonly Extract[];
  attributeNames: string[];
  /** Code paths in the codebook's alphabetical order, each with its extracts (an extract of two codes is under both). */
  groups: { path: string; extracts: Extract[] }[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function extractSheet(title: string, extracts: readonly Extract[], filters: ExtractFilters, facets: ExtractFacets): ExtractSheet {
  const byPath = new Map<string, Extract[]>();
  for (const extract of extracts) {
    for (const code of extract.codes) {
      let list = byPath.get(code.path);
      if (!list) byPath.set(code.path, (list = []));
      list.push(extract);
    }
  }
  const groups = [...byPath.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([path, list]) => ({ path, extracts: list }));
  const words = filtersInWords(filters, facets);
  return {
    title,
    filters: words.length > 0 ? t('exports.file.filters', { filters: words.join(' ; ') }) : t('exports.file.noFilter'),
    count: t('exports.file.count', {
      extracts: tc(extracts.length, 'exports.file.extracts', 'exports.file.extracts.one'),
      codes: tc(groups.length, 'exports.file.codes', 'exports.file.codes.one'),
    }),
    extracts,
    attributeNames: facets.attributes.map((a) => a.name),
    groups,
  };
}

/** The columns of the table exports, attributes of the cases last. */
export function tableColumns(sheet: ExtractSheet): ExportColumn[] {
  const fixed: [MessageKey, number, boolean?][] = [
    ['exports.column.code', 30],
    ['exports.column.document', 28],
    ['exports.column.cases', 14],
    ['exports.column.text', 60, true],
    ['exports.column.citation', 60, true],
    ['exports.column.grid', 18],
    ['exports.column.block', 22, true],
    ['exports.column.prompt', 30, true],
    ['exports.column.column', 22],
    ['exports.column.speaker', 16],
    ['exports.column.time', 10],
    ['exports.column.heading', 22],
    ['exports.column.coder', 16],
    ['exports.column.codedAt', 18],
    ['exports.column.comment', 40, true],
    ['exports.column.keyQuote', 10],
    ['exports.column.start', 8],
    ['exports.column.end', 8],
  ];
  return [
    ...fixed.map(([key, width, long]) => ({ header: t(key), width, ...(long ? { long } : {}) })),
    ...sheet.attributeNames.map((name) => ({ header: name, width: Math.min(30, Math.max(12, name.length + 2)) })),
  ];
}

/** The value of an attribute for the passage: one value when its cases agree, all of them otherwise. */
export function attributeValue(extract: Extract, name: string): string {
  return [...new Set(extract.cases.map((c) => c.attributes[name] ?? '').filter((v) => v !== ''))].join(' | ');
}

/** One row of the table exports, in the order of `tableColumns`. Offsets stay numbers. */
export function tableRow(extract: Extract, sheet: ExtractSheet): (string | number)[] {
  const s = extract.structure;
  return [
    extract.codes.map((c) => c.path).join(' + '),
    extract.documentName,
    extract.cases.map((c) => c.name).join(', '),
    extract.text,
    citationText(extract),
    s.grid ?? '',
    s.block ?? '',
    s.prompt ?? '',
    s.column ?? '',
    s.speaker ?? '',
    s.time ?? '',
    s.heading ?? '',
    extract.coder?.name ?? '',
    extract.codedAt ?? '',
    extract.comment ?? '',
    extract.keyQuote ? t('exports.keyQuote.yes') : '',
    extract.start,
    extract.end,
    ...sheet.attributeNames.map((name) => attributeValue(extract, name)),
  ];
}

/** The source of an extract as a report cites it: « document, cas, bloc › question, temps ». */
export function sourceOf(extract: Extract): string {
  return citationSource(extract).join(', ');
}

/**
 * The details printed under an extract in DOCX and HTML: column, codes (when the passage has more
 * than the one of its heading), coder, comment, then the attributes of its cases.
 */
export function detailsOf(extract: Extract, sheet: ExtractSheet): { label: string; value: string }[] {
  const details: { label: string; value: string }[] = [];
  const add = (key: MessageKey, value: string | undefined | null) => {
    if (value && value.trim() !== '') details.push({ label: t(key), value });
  };
  add('exports.column.column', extract.structure.column);
  if (extract.codes.length > 1) add('exports.column.code', extract.codes.map((c) => c.path).join(' + '));
  add('exports.column.coder', extract.coder?.name);
  add('exports.column.comment', extract.comment);
  if (extract.keyQuote) add('exports.column.keyQuote', t('exports.keyQuote.yes'));
  for (const name of sheet.attributeNames) {
    const value = attributeValue(extract, name);
    if (value) details.push({ label: name, value });
  }
  return details;
}

/** Letters, digits and dashes, accents kept, as the page names its downloads. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/×/g, 'x')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'extraits'}.${extension}`;
}

/** Today's date in words, for the foot of a file. */
export function today(): string {
  return new Date().toLocaleDateString('fr-FR', { dateStyle: 'long' });
}
