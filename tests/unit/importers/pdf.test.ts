import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowParagraph } from '../../../shared/import/flow';
import { interpretFlow } from '../../../shared/import/structure';
import { ImportError } from '../../../electron/importers/import-error';
import { parsePdf } from '../../../electron/importers/pdf';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));

/**
 * A minimal PDF: one page per content stream, Helvetica (standard 14, WinAnsi), a real xref
 * table. `encrypted` adds a Standard security handler whose user password is not empty.
 */
function makePdf(pages: string[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  if (options.encrypted) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Text lines at a font size, from a baseline, `leading` points apart. */
function lines(size: number, y: number, leading: number, texts: string[], x = 72): string {
  const escaped = texts.map((t) => `(${t.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj`);
  return `BT /F1 ${size} Tf ${leading} TL ${x} ${y} Td ${escaped.join(' T* ')} ET`;
}

async function problem(bytes: Uint8Array): Promise<string> {
  try {
    await parsePdf(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.problem;
    throw error;
  }
  return 'none';
}

const texts = (blocks: unknown[]): string[] => (blocks as FlowParagraph[]).map((b) => b.text);

describe('parsePdf on the interview fixture', () => {
  it('rebuilds the speaker turns exactly as the .docx and .odt versions have them, with pages', async () => {
    const flow = await parsePdf(fixture('entretien-conseillere-logement.pdf'));
    const paragraphs = flow.blocks as FlowParagraph[];
    // Strings read from word/document.xml and content.xml of the .docx and .odt (&apos; is ').
    const expected = [
      "[00:00:12] Enquêtrice : Merci d'avoir accepté cet entretien. Pour commencer, pouvez-vous me présenter votre poste et les personnes que vous accompagnez ?",
      "[00:02:07] Claire : D'abord l'équipement : beaucoup n'ont qu'un téléphone, parfois partagé avec les enfants. Ensuite les identifiants : les gens ont créé trois comptes, ils ne savent plus lequel est le bon. Et puis il y a la peur. Une dame m'a dit : « si je clique au mauvais endroit, je perds mon dossier ». Cette peur-là, c'est le plus difficile à lever.",
      "[00:06:02] Claire : Non. Nos rendez-vous sont calés sur une heure, et une demande en ligne peut prendre une heure à elle seule si le site plante. La direction compte les dossiers, pas le temps passé. Il y a un vrai décalage entre ce qu'on nous demande et ce que ça prend.",
      "[00:08:45] Enquêtrice : Merci beaucoup, c'est très clair.",
    ];
    for (const text of expected) expect(texts(paragraphs)).toContain(text);
    expect(paragraphs.find((p) => p.text.startsWith('[00:08:45]'))!.page).toBe(3);
    expect(paragraphs.find((p) => p.text.startsWith('[00:00:12]'))!.page).toBe(2);
    expect(paragraphs[1]!.text).toBe(
      'Date : 6 février 2023. Durée : 52 minutes. Lieu : visioconférence. Enquêtrice : Agence. Personne interrogée : conseillère habitat (pseudonyme « Claire »). Branche : logement social. Zone 4.',
    );
    expect(paragraphs.filter((p) => p.text.startsWith('['))).toHaveLength(15);
    expect(flow.metadata.title).toBe('Entretien — conseillère habitat');
  });

  it('marks the 24 pt title as a heading (the PDF lacks its first line, « Entretien semi-directif — conseillère »)', async () => {
    const paragraphs = (await parsePdf(fixture('entretien-conseillere-logement.pdf'))).blocks as FlowParagraph[];
    expect(paragraphs[0]).toEqual({ type: 'paragraph', text: 'habitat, association de logement social', headingLevel: 1, page: 2 });
    expect(paragraphs.filter((p) => p.headingLevel)).toHaveLength(1);
  });

  it('gives the interpreter 15 timed turns of Enquêtrice and Claire', async () => {
    const document = interpretFlow(await parsePdf(fixture('entretien-conseillere-logement.pdf')));
    expect(document.speakers).toEqual(['Enquêtrice', 'Claire']);
    expect(document.counts.turns).toBe(15);
  });
});

describe('parsePdf layout', () => {
  const header = (n: number): string => `${lines(9, 815, 11, ['Projet StESS - entretien E07'])} ${lines(9, 30, 11, [`Page ${n} sur 2`], 280)}`;
  const page1 = [
    header(1),
    lines(18, 760, 22, ['Accueil des publics']),
    lines(12, 720, 14, [
      'Le professionnel explique que la mediation nume-',
      'rique est devenue un besoin quotidien, avec des rendez-',
      'vous pris en ligne et une demi-',
      'journee de formation pour les personnes qui',
    ]),
  ].join('\n');
  const page2 = [
    header(2),
    lines(12, 780, 14, [
      'viennent au bureau sans compte ni adresse mail valide. Une demi-journee ne',
      'suffit pas pour les accompagner, elles reviennent souvent.',
      'Nouveau paragraphe sans espace vertical au-dessus de lui.',
    ]),
    lines(12, 700, 14, ['Un second paragraphe apres un blanc.']),
    lines(12, 660, 14, ['[00:12:31] Claire : premier tour de parole.', '[00:12:40] Enqueteur : second tour.']),
  ].join('\n');

  it('drops running headers and page numbers, de-hyphenates, joins across pages, finds headings', async () => {
    const flow = await parsePdf(makePdf([page1, page2]));
    expect(flow.blocks).toEqual([
      { type: 'paragraph', text: 'Accueil des publics', headingLevel: 1, page: 1 },
      {
        type: 'paragraph',
        text:
          'Le professionnel explique que la mediation numerique est devenue un besoin quotidien, avec des rendez-vous pris en ligne et une demi-journee ' +
          'de formation pour les personnes qui viennent au bureau sans compte ni adresse mail valide. Une demi-journee ne suffit pas pour les accompagner, elles reviennent souvent.',
        page: 1,
      },
      { type: 'paragraph', text: 'Nouveau paragraphe sans espace vertical au-dessus de lui.', page: 2 },
      { type: 'paragraph', text: 'Un second paragraphe apres un blanc.', page: 2 },
      { type: 'paragraph', text: '[00:12:31] Claire : premier tour de parole.', page: 2 },
      { type: 'paragraph', text: '[00:12:40] Enqueteur : second tour.', page: 2 },
    ]);
  });

  it('reports a scanned (text-less) PDF as NO_TEXT', async () => {
    expect(await problem(makePdf(['0 0 1 rg 10 10 100 100 re f', '']))).toBe('NO_TEXT');
  });

  it('reports a PDF with a user password as PASSWORD_PROTECTED', async () => {
    expect(await problem(makePdf([lines(12, 700, 14, ['secret'])], { encrypted: true }))).toBe('PASSWORD_PROTECTED');
  });

  it('reports garbage and truncated files as CORRUPT_FILE', async () => {
    expect(await problem(new TextEncoder().encode('ceci n’est pas un PDF'))).toBe('CORRUPT_FILE');
    expect(await problem(fixture('entretien-conseillere-logement.pdf').slice(0, 600))).toBe('CORRUPT_FILE');
    expect(await problem(new Uint8Array())).toBe('EMPTY_FILE');
  });
});
