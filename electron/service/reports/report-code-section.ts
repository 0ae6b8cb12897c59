/**
 * One code in the report: its name (Heading 2), definition and criteria, its counts, its counts by
 * the attribute's values, the codes most often found with it, and its key quotations.
 */
import type { Paragraph, Table } from 'docx';
import type { ReportCode } from '../../../shared/domain/report';
import { t, tc } from '../exports/extracts-rows';
import { countsTable, gap, heading, labelled, note, quotation } from './report-blocks';
import { valueLabel } from './report-charts';
import type { ReportData } from './report-data';

const n = (value: number) => value.toLocaleString('fr-FR');
/** The c-coefficient with two decimals, French style (« 0,25 »). */
export const coefficient = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function definition(code: ReportCode): Paragraph[] {
  const out: Paragraph[] = [code.definition ? labelled(t('reports.code.definition'), code.definition) : note(t('reports.code.noDefinition'))];
  if (code.inclusion) out.push(labelled(t('reports.code.inclusion'), code.inclusion));
  if (code.exclusion) out.push(labelled(t('reports.code.exclusion'), code.exclusion));
  if (code.examples.length > 0) {
    out.push(labelled(t('reports.code.examples'), code.examples.slice(0, 3).map((e) => `«\u00a0${e.replace(/\s+/g, ' ').trim()}\u00a0»`).join(' ; ')));
  }
  return out;
}

function counts(code: ReportCode): (Paragraph | Table)[] {
  const rows = [{ cells: [t('reports.table.own'), n(code.counts.passages), n(code.counts.documents), n(code.counts.cases)], color: code.color }];
  if (code.withChildren) rows.push({ cells: [t('reports.table.withChildren'), n(code.withChildren.passages), n(code.withChildren.documents), n(code.withChildren.cases)], color: code.color });
  const columns = [
    { header: '', share: 0.4 },
    { header: t('reports.table.passages'), share: 0.2, number: true },
    { header: t('reports.table.documents'), share: 0.2, number: true },
    { header: t('reports.table.cases'), share: 0.2, number: true },
  ];
  return [heading(t('reports.code.counts'), 3), countsTable(columns, rows), gap()];
}

function byValue(code: ReportCode, data: ReportData): (Paragraph | Table)[] {
  if (!data.attribute) return [];
  const { name, values } = data.attribute;
  const columns = [
    { header: name, share: 0.46 },
    { header: t('reports.table.passages'), share: 0.18, number: true },
    { header: t('reports.table.codedCases'), share: 0.36, number: true },
  ];
  const rows = values.map((v, i) => {
    const cell = code.byValue[i] ?? { passages: 0, cases: 0 };
    return { cells: [valueLabel(v.value), n(cell.passages), t('reports.table.casesOf', { cases: cell.cases, of: v.cases })] };
  });
  if (rows.length === 0) return [heading(t('reports.code.byValue', { name }), 3), note(t('reports.code.noValue'))];
  return [heading(t('reports.code.byValue', { name }), 3), countsTable(columns, rows), gap()];
}

function partners(code: ReportCode): (Paragraph | Table)[] {
  const title = heading(t('reports.code.partners'), 3);
  if (code.partners.length === 0) return [title, note(t('reports.code.noPartner'))];
  const columns = [
    { header: t('reports.table.code'), share: 0.6 },
    { header: t('reports.table.n12'), share: 0.22, number: true },
    { header: t('reports.table.c'), share: 0.18, number: true },
  ];
  const rows = code.partners.map((p) => ({ cells: [p.path.split('/').join(' › '), n(p.passages), coefficient(p.c)], color: p.color }));
  return [title, countsTable(columns, rows), gap()];
}

function quotes(code: ReportCode): Paragraph[] {
  const title = heading(t('reports.code.quotes'), 3);
  if (code.quotes.length === 0) return [title, note(t('reports.code.noQuote'))];
  const out = [title, ...code.quotes.flatMap((q) => quotation(q.text, q.source))];
  if (code.moreQuotes > 0) out.push(note(tc(code.moreQuotes, 'reports.code.moreQuotes', 'reports.code.moreQuotes.one')));
  return out;
}

/** Everything about one code, under its name. */
export function codeSection(code: ReportCode, data: ReportData): (Paragraph | Table)[] {
  return [heading(code.depth === 0 ? code.name : code.path.split('/').slice(-code.depth - 1).join(' › '), 2), ...definition(code), ...counts(code), ...byValue(code, data), ...partners(code), ...quotes(code)];
}
