import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FlowParagraph, FlowTable } from '../../../shared/import/flow';
import { interpretFlow } from '../../../shared/import/structure';
import { parseDocx } from '../../../electron/importers/docx';
import { ImportError } from '../../../electron/importers/import-error';
import { parseOdt } from '../../../electron/importers/odt';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));

const NS = ['office', 'text', 'table', 'style', 'meta']
  .map((n) => `xmlns:${n}="urn:oasis:names:tc:opendocument:xmlns:${n}:1.0"`)
  .concat('xmlns:dc="http://purl.org/dc/elements/1.1/"')
  .join(' ');

/** A minimal .odt: content.xml with the body (and automatic styles) given, plus any other part. */
function makeOdt(body: string, options: { styles?: string; parts?: Record<string, string> } = {}): Uint8Array {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>` +
    `<office:automatic-styles>${options.styles ?? ''}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const files: Record<string, Uint8Array> = { mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) };
  for (const [name, xml] of Object.entries(options.parts ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}

function problem(bytes: Uint8Array): string {
  try {
    parseOdt(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return 'none';
}

const cell = (...texts: string[]): FlowParagraph[] => texts.map((text) => ({ type: 'paragraph', text }));

describe('parseOdt on the interview transcript', () => {
  const flow = parseOdt(fixture('entretien-conseillere-logement.odt'));

  it('gives exactly the paragraphs, headings and metadata of the .docx version', () => {
    const docx = parseDocx(fixture('entretien-conseillere-logement.docx'));
    expect(flow.blocks).toEqual(docx.blocks);
    expect(flow.metadata.title).toBe('Entretien — conseillère habitat');
  });

  it('detects the title (a text:p whose style descends from "Heading 1") and the timed turns', () => {
    const texts = (flow.blocks as FlowParagraph[]).map((p) => p.text);
    expect(flow.blocks[0]).toEqual({ type: 'paragraph', text: 'Entretien semi-directif — conseillère habitat, association de logement social', headingLevel: 1 });
    expect(texts[2]).toBe(
      "[00:00:12] Enquêtrice : Merci d'avoir accepté cet entretien. Pour commencer, pouvez-vous me présenter votre poste et les personnes que vous accompagnez ?",
    );
    expect(texts[texts.length - 1]).toBe("[00:08:45] Enquêtrice : Merci beaucoup, c'est très clair.");
    expect(texts).toHaveLength(17);
    const document = interpretFlow(flow);
    expect(document.speakers).toEqual(['Enquêtrice', 'Claire']);
    expect(document.counts.turns).toBe(15);
  });
});

describe('parseOdt on OpenDocument details', () => {
  it('reads headings, lists, spaces, tabs, line breaks and spans; skips notes and tracked deletions', () => {
    const styles =
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_3"/>' +
      '<style:style style:name="P2" style:family="paragraph" style:default-outline-level="2"/>';
    const body =
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>effacé</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:h text:outline-level="2">Séquence   1</text:h>' +
      '<text:p text:style-name="P1">Par le style parent</text:p>' +
      '<text:p text:style-name="P2">Par le niveau du style</text:p>' +
      '<text:p>Q :<text:tab/>un<text:s text:c="3"/>deux <text:span>trois <text:span>quatre</text:span></text:span>' +
      '<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>note</text:p></text:note-body></text:note>' +
      '<text:line-break/> cinq\n   six</text:p>' +
      '<text:list><text:list-item><text:p>premier</text:p><text:list><text:list-item><text:p>imbriqué</text:p></text:list-item></text:list></text:list-item></text:list>' +
      '<text:section><text:p>dans une section</text:p></text:section>';
    expect(parseOdt(makeOdt(body, { styles })).blocks).toEqual([
      { type: 'paragraph', text: 'Séquence 1', headingLevel: 2 },
      { type: 'paragraph', text: 'Par le style parent', headingLevel: 3 },
      { type: 'paragraph', text: 'Par le niveau du style', headingLevel: 2 },
      { type: 'paragraph', text: 'Q :\tun   deux trois quatre\ncinq six' },
      { type: 'paragraph', text: 'premier', listItem: true },
      { type: 'paragraph', text: 'imbriqué', listItem: true },
      { type: 'paragraph', text: 'dans une section' },
    ]);
  });

  it('reads header rows, column spans (covered from the left, skipped), row spans (covered from above) and nested tables', () => {
    const td = (text: string, attrs = ''): string => `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
    const covered = '<table:covered-table-cell/>';
    const body =
      '<table:table><table:table-column table:number-columns-repeated="3"/>' +
      `<table:table-header-rows><table:table-row>${td('Question')}${td('Médiateur')}${td('Professionnel')}</table:table-row></table:table-header-rows>` +
      `<table:table-row>${td('Recensement des besoins', 'table:number-columns-spanned="3"')}${covered}${covered}</table:table-row>` +
      `<table:table-row>${td('Fusion', 'table:number-rows-spanned="2"')}${td('Bloc 2×2', 'table:number-columns-spanned="2" table:number-rows-spanned="2"')}${covered}</table:table-row>` +
      `<table:table-row>${covered}${covered}${covered}</table:table-row>` +
      `<table:table-row>${td('A')}<table:table-cell><text:p>avant</text:p><table:table><table:table-row>${td('x')}${td('y')}</table:table-row></table:table></table:table-cell>${td('C')}</table:table-row>` +
      '</table:table>';
    const table = parseOdt(makeOdt(body)).blocks[0] as FlowTable;
    expect(table.rows).toEqual([
      [{ paragraphs: cell('Question'), colSpan: 1 }, { paragraphs: cell('Médiateur'), colSpan: 1 }, { paragraphs: cell('Professionnel'), colSpan: 1 }],
      [{ paragraphs: cell('Recensement des besoins'), colSpan: 3 }],
      [{ paragraphs: cell('Fusion'), colSpan: 1 }, { paragraphs: cell('Bloc 2×2'), colSpan: 2 }],
      [{ paragraphs: [], colSpan: 1, mergedAbove: true }, { paragraphs: [], colSpan: 2, mergedAbove: true }],
      [{ paragraphs: cell('A'), colSpan: 1 }, { paragraphs: cell('avant', 'x', 'y'), colSpan: 1 }, { paragraphs: cell('C'), colSpan: 1 }],
    ]);
  });

  it('reads title, author, dates and keywords from meta.xml', () => {
    const meta =
      `<office:document-meta ${NS}><office:meta><dc:title>Fiche J1</dc:title><meta:initial-creator>Karim</meta:initial-creator>` +
      '<dc:creator>Relecteur</dc:creator><meta:creation-date>2023-03-14T09:30:00</meta:creation-date><dc:date>2023-03-15T18:00:00</dc:date>' +
      '<meta:keyword>StESS</meta:keyword><meta:keyword>aide à domicile</meta:keyword></office:meta></office:document-meta>';
    expect(parseOdt(makeOdt('<text:p>x</text:p>', { parts: { 'meta.xml': meta } })).metadata).toEqual({
      title: 'Fiche J1', author: 'Karim', created: '2023-03-14T09:30:00', modified: '2023-03-15T18:00:00', keywords: 'StESS, aide à domicile',
    });
  });
});

describe('parseOdt on unreadable files', () => {
  it('reports empty, truncated, random and content-less files', () => {
    expect(problem(new Uint8Array())).toBe('EMPTY_FILE');
    const whole = fixture('entretien-conseillere-logement.odt');
    expect(problem(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('CORRUPT_FILE');
    expect(problem(Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 251))).toBe('CORRUPT_FILE');
    expect(problem(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') }))).toBe('CORRUPT_FILE');
  });

  it('reports an encrypted document (manifest:encryption-data) as PASSWORD_PROTECTED', () => {
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">' +
      '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>';
    const bytes = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'META-INF/manifest.xml': strToU8(manifest), 'content.xml': new Uint8Array([0x8a, 0x13, 0xff, 0x00]) });
    expect(problem(bytes)).toBe('PASSWORD_PROTECTED');
  });
});
