import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { FlowCell, FlowParagraph } from '../../../shared/import/flow';
import { interpretFlow } from '../../../shared/import/structure';
import { parseHtml } from '../../../electron/importers/html';

const html = (text: string) => parseHtml(new TextEncoder().encode(text));
const texts = (blocks: unknown[]): string[] => (blocks as FlowParagraph[]).map((b) => b.text);

// Shaped like noScribe's HTML export: a turn per <p>, « Sxx: » label, grey [hh:mm:ss] span, one
// anchor per segment, overlapping speech marked //.
const NOSCRIBE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">
<html ><head ><meta charset="UTF-8" /><meta name="qrichtext" content="1" />
<style type="text/css" >p, li { white-space: pre-wrap; }</style>
<meta name="audio_source" content="./entretien-e03.mp3" /></head>
<body style="font-family: 'Arial'" > <div class="WordSection1" ><p style="font-weight: 600" >entretien-e03</p>
<p ><span style="color: #909090; font-size: 0.8em" >Transcribed with noScribe vers. 0.7<br />Audio file: ./entretien-e03.mp3</span></p>
<p ><a name="ts_0_12140_" >(12 secondes de pause) </a></p>
<p ><a name="ts_12140_22800_S00" >S00: <span style="color: #78909C" >[00:00:12]</span> Merci d’avoir accepté cet entretien.</a><a name="ts_22800_24360_S00" > (..)</a></p>
<p ><a name="ts_25000_30010_S01" >S01: <span style="color: #78909C" >[00:00:25]</span> Je suis conseillère habitat depuis huit ans.</a><a name="ts_30090_30910_//S00" > //S00: D’accord.</a><a name="ts_31870_33510_S01" >// J’accompagne des ménages.</a></p>
<p ><a name="ts_34000_35000_S00" >S00: <span style="color: #78909C" >[00:00:34]</span> Quelle place prend le numérique ?</a></p>
<p ><a name="ts_36000_39000_S01" >S01: <span style="color: #78909C" >[00:00:36]</span> Une place énorme.</a></p>
</div></body></html>`;

describe('parseHtml', () => {
  it('reads a noScribe transcript as it reads, one paragraph per turn', () => {
    const flow = html(NOSCRIBE);
    expect(texts(flow.blocks)).toEqual([
      'entretien-e03',
      'Transcribed with noScribe vers. 0.7\nAudio file: ./entretien-e03.mp3',
      '(12 secondes de pause)',
      'S00: [00:00:12] Merci d’avoir accepté cet entretien. (..)',
      'S01: [00:00:25] Je suis conseillère habitat depuis huit ans. //S00: D’accord.// J’accompagne des ménages.',
      'S00: [00:00:34] Quelle place prend le numérique ?',
      'S01: [00:00:36] Une place énorme.',
    ]);
    expect(flow.metadata).toEqual({ audio_source: './entretien-e03.mp3' });
    const document = interpretFlow(flow);
    expect(document.speakers).toEqual(['S00', 'S01']);
    expect(document.counts.turns).toBe(4);
  });

  it('reads headings, paragraphs, list items and line breaks; ignores head, script and style', () => {
    const flow = html(`<html><head><title>Fiche B12</title><meta name="author" content="Agence"><style>p{}</style></head>
      <body><script>alert("x")</script><h1>Fiche   d’observation</h1><h3>Jour <em>1</em></h3>
      <p>Première ligne<br>seconde   ligne</p><div>Texte <b>libre</b><p>imbriqué</p>suite</div>
      <ul><li>accueil</li><li><p>écoute</p><ol><li>reformuler</li></ol></li></ul><pre>  a
  b</pre><p hidden>caché</p><p>&laquo;&nbsp;oui&nbsp;&raquo;</p></body></html>`);
    expect(flow.metadata).toEqual({ title: 'Fiche B12', author: 'Agence' });
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Fiche d’observation', headingLevel: 1 },
      { type: 'paragraph', text: 'Jour 1', headingLevel: 3 },
      { type: 'paragraph', text: 'Première ligne\nseconde ligne' },
      { type: 'paragraph', text: 'Texte libre' },
      { type: 'paragraph', text: 'imbriqué' },
      { type: 'paragraph', text: 'suite' },
      { type: 'paragraph', text: 'accueil', listItem: true },
      { type: 'paragraph', text: 'écoute', listItem: true },
      { type: 'paragraph', text: 'reformuler', listItem: true },
      { type: 'paragraph', text: '  a\n  b' },
      { type: 'paragraph', text: '«\u00a0oui\u00a0»' },
    ]);
  });

  it('reads tables with colspan and rowspan (covered cells marked mergedAbove)', () => {
    const flow = html(`<body><table>
      <thead><tr><th>Question</th><th colspan="2">Retours</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">Outils ?</td><td>Médiateur : <br>tablette</td><td>Professionnel</td></tr>
        <tr><td>agenda</td><td rowspan="2"><p>aucun</p><ul><li>papier</li></ul></td></tr>
        <tr><td>Freins ?</td><td>la peur</td></tr>
      </tbody></table></body>`);
    const cell = (text: string, colSpan = 1): FlowCell => ({ paragraphs: [{ type: 'paragraph', text }], colSpan });
    const covered: FlowCell = { paragraphs: [], colSpan: 1, mergedAbove: true };
    expect(flow.blocks).toEqual([
      {
        type: 'table',
        rows: [
          [cell('Question'), cell('Retours', 2)],
          [cell('Outils ?'), cell('Médiateur :\ntablette'), cell('Professionnel')],
          [covered, cell('agenda'), { paragraphs: [{ type: 'paragraph', text: 'aucun' }, { type: 'paragraph', text: 'papier', listItem: true }], colSpan: 1 }],
          [cell('Freins ?'), cell('la peur'), covered],
        ],
      },
    ]);
  });

  it('decodes the charset the page declares, or a BOM', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>l’œuvre « déjà »</p></body></html>';
    expect(texts(parseHtml(new Uint8Array(iconv.encode(page, 'windows-1252'))).blocks)).toEqual(['l’œuvre « déjà »']);
    const utf16 = new Uint8Array(iconv.encode('\uFEFF<p>Cafe\u0301 😊</p>', 'utf-16le'));
    expect(texts(parseHtml(utf16).blocks)).toEqual(['Café 😊']);
  });
});
