import Papa from 'papaparse';
import type { AgreementFigures, AgreementResult } from '../../../../shared/domain/agreement';
import type { Language, MessageKey, MessageParams } from '../../../../shared/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

function locale(lang: Language): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** « 93,3 % », or « — » when undefined. */
export function formatPercent(value: number | null, lang: Language): string {
  return value === null ? '—' : (value * 100).toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + '\u202f%';
}

/** « 0,647 », « −0,031 », or « — » when undefined. */
export function formatCoefficient(value: number | null, lang: Language): string {
  if (value === null) return '—';
  // Avoid « −0,000 » for a value that rounds to zero.
  const rounded = Math.round(value * 1000) / 1000;
  return (Object.is(rounded, -0) ? 0 : rounded).toLocaleString(locale(lang), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).replace('-', '−');
}

export function formatCount(value: number, lang: Language): string {
  return (Math.round(value * 100) / 100).toLocaleString(locale(lang));
}

/** Why a figure shows « — ». */
export function reasonText(figures: AgreementFigures, t: Translate): string | null {
  if (figures.reason === 'noData') return t('agreement.reason.noData');
  if (figures.reason === 'noVariation') return t('agreement.reason.noVariation');
  return null;
}

/** Observed and chance agreement of two coders' table (p_o, p_e), for the detail row. */
export function observedExpected(figures: AgreementFigures): { observed: number; expected: number } | null {
  const table = figures.counts.table;
  if (!table) return null;
  const n = table.both + table.onlyFirst + table.onlySecond + table.neither;
  if (n === 0) return null;
  const first = (table.both + table.onlyFirst) / n;
  const second = (table.both + table.onlySecond) / n;
  return { observed: (table.both + table.neither) / n, expected: first * second + (1 - first) * (1 - second) };
}

export interface CsvNames {
  coders: readonly string[];
  code: (id: number) => string;
  document: (id: number) => string;
}

/** The figures as CSV (« ; », decimal commas in French): one line per code, the overall line, one per document. */
export function agreementCsv(result: AgreementResult, names: CsvNames, t: Translate, lang: Language): string {
  const two = result.coderIds.length === 2;
  const number = (value: number | null, digits: number) => (value === null ? '' : value.toLocaleString(locale(lang), { useGrouping: false, maximumFractionDigits: digits }));
  const fields = [
    t('agreement.csv.scope'),
    t('agreement.csv.name'),
    t('agreement.col.percent'),
    ...(two ? [t('agreement.col.kappa')] : []),
    t('agreement.col.alpha'),
    t(result.level === 'character' ? 'agreement.csv.comparedCharacters' : 'agreement.csv.comparedUnits'),
    ...(two ? [t('agreement.csv.both'), t('agreement.csv.only', { name: names.coders[0] ?? '' }), t('agreement.csv.only', { name: names.coders[1] ?? '' }), t('agreement.csv.neither')] : []),
    t('agreement.csv.note'),
  ];
  const row = (scope: string, name: string, f: AgreementFigures) => [
    scope,
    name,
    number(f.percent === null ? null : f.percent * 100, 2),
    ...(two ? [number(f.kappa, 4)] : []),
    number(f.alpha, 4),
    number(f.counts.compared, 2),
    ...(two && f.counts.table ? [f.counts.table.both, f.counts.table.onlyFirst, f.counts.table.onlySecond, f.counts.table.neither].map((v) => number(v, 2)) : []),
    reasonText(f, t) ?? '',
  ];
  const data = [
    ...result.byCode.map((f) => row(t('agreement.csv.code'), names.code(f.codeId), f)),
    row(t('agreement.csv.overall'), t('agreement.overall'), result.overall),
    ...result.byDocument.map((f) => row(t('agreement.csv.document'), names.document(f.documentId), f)),
  ];
  return Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n' });
}
