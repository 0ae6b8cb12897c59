/**
 * The synthesis report as a Word file: a first page (title, family, date, filters in words, the
 * « Méthode » note), an overview (a table of the family's codes and the chosen charts), then a
 * section per code. Built-in heading styles and named quotation styles, so that a copy into the
 * policy paper keeps its structure.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun, type Table } from 'docx';
import { filterPhrases } from '../../../shared/analysis/caption';
import type { ReportRequest } from '../../../shared/domain/report';
import { t, tc, today } from '../exports/extracts-rows';
import { STYLE_CAPTION, TEXT_HEIGHT, TEXT_WIDTH, countsTable, gap, heading, note, plain, reportStyles, typeset } from './report-blocks';
import type { ChartImage } from './report-charts';
import { codeSection } from './report-code-section';
import type { ReportData } from './report-data';

const modeKeys = { overlap: 'matrix.mode.overlap', unit: 'matrix.mode.unit', near: 'matrix.mode.near', document: 'matrix.mode.document' } as const;

/** The filters in words (« Branche = Missions locales ; Codé par Alice »), or « Sans filtre ». */
export function filtersLine(request: ReportRequest, data: ReportData): string {
  const phrases = filterPhrases(request.filters, data.facets, 'fr');
  return phrases.length > 0 ? t('present.caption.filters', { filters: phrases.join(' ; ') }) : t('present.caption.noFilter');
}

/** « Chevauchement », « À N unités près (N = 2) ». */
export function modeLabel(request: Pick<ReportRequest, 'mode' | 'within'>): string {
  const mode = t(modeKeys[request.mode]);
  return request.mode === 'near' ? t('reports.file.near', { mode, within: request.within }) : mode;
}

function firstPage(title: string, request: ReportRequest, data: ReportData): Paragraph[] {
  const mode = modeLabel(request);
  const out = [
    new Paragraph({ text: typeset(title), heading: HeadingLevel.TITLE }),
    plain(t('reports.file.family', { family: data.family.name, codes: tc(data.codes.length, 'reports.file.codes', 'reports.file.codes.one') })),
    plain(t('reports.file.made', { date: today() })),
    plain(filtersLine(request, data)),
    plain(data.attribute ? t('reports.file.attribute', { name: data.attribute.name }) : t('reports.file.noAttribute')),
    plain(t('reports.file.mode', { mode })),
    heading(t('reports.method.title'), 1),
    note(t('reports.method.counts')),
  ];
  if (data.attribute) out.push(note(t('reports.method.byValue', { name: data.attribute.name })));
  out.push(note(t('reports.method.cooccurrence', { mode })), note(t('reports.method.quotes')), note(t('reports.method.filters')));
  return out;
}

function overview(data: ReportData, charts: readonly ChartImage[]): (Paragraph | Table)[] {
  const n = (value: number) => value.toLocaleString('fr-FR');
  const columns = [
    { header: t('reports.table.code'), share: 0.49 },
    { header: t('reports.table.passages'), share: 0.17, number: true },
    { header: t('reports.table.documents'), share: 0.17, number: true },
    { header: t('reports.table.cases'), share: 0.17, number: true },
  ];
  const rows = data.codes.map((c) => ({
    cells: [c.name, n(c.counts.passages), n(c.counts.documents), n(c.counts.cases)],
    color: c.color,
    indent: Math.min(4, c.depth),
  }));
  const out: (Paragraph | Table)[] = [heading(t('reports.section.overview'), 1, { pageBreakBefore: true }), countsTable(columns, rows), gap()];
  // The image fills the width of the text; 96 pixels to the inch, 1440 twentieths of a point to the inch.
  const fullWidth = Math.floor((TEXT_WIDTH / 1440) * 96);
  // A tall chart (a matrix of many codes) is narrowed to leave room on its page for its heading and caption.
  const maxHeight = Math.floor((TEXT_HEIGHT / 1440) * 96) - 120;
  charts.forEach((chart, i) => {
    const width = Math.min(fullWidth, Math.floor((maxHeight * chart.width) / chart.height));
    out.push(
      heading(chart.title, 2),
      new Paragraph({
        keepNext: true,
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: chart.png,
            transformation: { width, height: Math.round((width * chart.height) / chart.width) },
            altText: { name: chart.title, title: chart.title, description: chart.title },
          }),
        ],
      }),
      new Paragraph({ style: STYLE_CAPTION, children: [new TextRun(typeset(t('reports.chart.caption', { n: i + 1, title: chart.title })))] }),
    );
  });
  return out;
}

export async function reportDocx(title: string, request: ReportRequest, data: ReportData, charts: readonly ChartImage[]): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [...firstPage(title, request, data), ...overview(data, charts), heading(data.family.name, 1, { pageBreakBefore: true })];
  for (const code of data.codes) body.push(...codeSection(code, data));
  const document = new Document({
    creator: 'Balise',
    title,
    description: t('reports.file.family', { family: data.family.name, codes: tc(data.codes.length, 'reports.file.codes', 'reports.file.codes.one') }),
    styles: reportStyles,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
