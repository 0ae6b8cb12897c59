import { escapeUTF8 } from 'entities';
import type { Extract } from '../../../shared/domain/extract';
import { ITEMS_PER_STEP, silentProgress, type ExportProgress } from '../export-job';
import { detailsOf, sourceOf, t, today, type ExtractSheet } from './extracts-rows';

/** Text escaped for an element or an attribute value (& < > " ' as entities, everything else as is). */
const e = (text: string) => escapeUTF8(text);

/** Print-friendly: serif body, no background, each extract kept on one page where it fits. */
const style = `
  :root { color-scheme: light; }
  body { font-family: Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 48rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.5; }
  header p { margin: 0.25rem 0; color: #4a4a4f; }
  h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
  h2 { font-size: 1.2rem; margin-top: 2.25rem; padding-bottom: 0.25rem; border-bottom: 2px solid #34495e; }
  h2 .count { font-weight: normal; color: #4a4a4f; font-size: 0.95rem; }
  blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid #9aa7b4; page-break-inside: avoid; break-inside: avoid; }
  blockquote p { margin: 0 0 0.35rem; white-space: pre-wrap; }
  blockquote footer { font-size: 0.9rem; color: #3b3b40; }
  cite { font-style: normal; font-weight: bold; }
  dl { display: flex; flex-wrap: wrap; gap: 0.1rem 1.25rem; margin: 0.35rem 0 0; font-size: 0.85rem; color: #4a4a4f; }
  dl div { display: flex; gap: 0.3rem; }
  dt { font-weight: bold; white-space: nowrap; }
  dt::after { content: '\\00a0:'; }
  dd { margin: 0; }
  .foot { margin-top: 3rem; font-size: 0.8rem; color: #6b6b70; }
  @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; break-after: avoid; } }
`;

function quote(extract: Extract, sheet: ExtractSheet): string {
  const details = detailsOf(extract, sheet)
    .map((d) => `<div><dt>${e(d.label)}</dt><dd>${e(d.value)}</dd></div>`)
    .join('');
  return [
    '<blockquote>',
    `<p>${e(extract.text.trim())}</p>`,
    `<footer><cite>${e(sourceOf(extract))}</cite>${details ? `<dl>${details}</dl>` : ''}</footer>`,
    '</blockquote>',
  ].join('\n');
}

/**
 * The extracts as one self-contained HTML page: title, filters and counts, a heading per code and
 * each extract as a blockquote with its citation and the attributes of its cases. Every text is
 * escaped; the page holds no script and loads nothing.
 */
export async function extractsHtml(sheet: ExtractSheet, progress: ExportProgress = silentProgress): Promise<Uint8Array> {
  const total = sheet.groups.reduce((n, group) => n + group.extracts.length, 0);
  let done = 0;
  const sections: string[] = [];
  for (const group of sheet.groups) {
    const quotes: string[] = [];
    for (const extract of group.extracts) {
      if (done++ % ITEMS_PER_STEP === 0) await progress.step('write', done - 1, total);
      quotes.push(quote(extract, sheet));
    }
    sections.push([`<section>`, `<h2>${e(group.path)} <span class="count">(${e(String(group.extracts.length))})</span></h2>`, ...quotes, `</section>`].join('\n'));
  }
  await progress.step('write', total, total);
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(sheet.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(sheet.title)}</h1>`,
    `<p>${e(sheet.filters)}</p>`,
    `<p>${e(sheet.count)}</p>`,
    '</header>',
    '<main>',
    ...(sections.length > 0 ? sections : [`<p>${e(t('exports.file.none'))}</p>`]),
    '</main>',
    `<p class="foot">${e(t('exports.file.made', { date: today() }))}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return Buffer.from(html, 'utf8');
}
