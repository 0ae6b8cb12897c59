import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Extract } from '../../../shared/domain/extract';
import { ITEMS_PER_STEP, silentProgress, type ExportProgress } from '../export-job';
import { detailsOf, sourceOf, t, today, type ExtractSheet } from './extracts-rows';

/** The passage as runs, its line breaks kept. */
function passageRuns(text: string): TextRun[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function extractParagraphs(extract: Extract, sheet: ExtractSheet): Paragraph[] {
  const bar = { left: { style: BorderStyle.SINGLE, size: 18, color: '9AA7B4', space: 8 } };
  const paragraphs = [
    new Paragraph({ children: passageRuns(extract.text), indent: { left: 360 }, border: bar, spacing: { before: 200, after: 60 }, keepNext: true }),
    new Paragraph({
      children: [new TextRun({ text: `(${sourceOf(extract)})`, bold: true, size: 20 })],
      indent: { left: 360 },
      spacing: { after: 40 },
      keepNext: true,
    }),
  ];
  const details = detailsOf(extract, sheet);
  if (details.length > 0) {
    paragraphs.push(
      new Paragraph({
        children: details.flatMap((d, i) => [
          new TextRun({ text: `${i > 0 ? ' · ' : ''}${d.label}\u00a0: `, size: 18, color: '4A4A4F', bold: true }),
          new TextRun({ text: d.value, size: 18, color: '4A4A4F' }),
        ]),
        indent: { left: 360 },
        spacing: { after: 160 },
      }),
    );
  }
  return paragraphs;
}

/**
 * The extracts as a Word document: title, filters and counts, then a heading per code and under it
 * each extract, its citation (document, cases, block › question or speaker, time) and the details
 * and attributes of its cases.
 */
export async function extractsDocx(sheet: ExtractSheet, progress: ExportProgress = silentProgress): Promise<Uint8Array> {
  const total = sheet.groups.reduce((n, group) => n + group.extracts.length, 0);
  let done = 0;
  const body: Paragraph[] = [
    new Paragraph({ text: sheet.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: sheet.filters, color: '4A4A4F' })] }),
    new Paragraph({ children: [new TextRun({ text: sheet.count, color: '4A4A4F' })], spacing: { after: 240 } }),
  ];
  for (const group of sheet.groups) {
    body.push(new Paragraph({ text: `${group.path} (${group.extracts.length.toLocaleString('fr-FR')})`, heading: HeadingLevel.HEADING_1, keepNext: true }));
    for (const extract of group.extracts) {
      if (done++ % ITEMS_PER_STEP === 0) await progress.step('write', done - 1, total);
      body.push(...extractParagraphs(extract, sheet));
    }
  }
  await progress.step('write', total, total);
  if (sheet.groups.length === 0) body.push(new Paragraph({ text: t('exports.file.none') }));
  body.push(new Paragraph({ children: [new TextRun({ text: t('exports.file.made', { date: today() }), size: 16, color: '6B6B70' })], spacing: { before: 480 } }));

  const document = new Document({
    creator: 'Balise',
    title: sheet.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: body }],
  });
  await progress.step('compress', 0, 1);
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  await progress.step('compress', 1, 1);
  return bytes;
}
