import { describe, expect, it } from 'vitest';
import type { Flow, FlowCell, FlowParagraph, FlowTable } from '../../../shared/import/flow';
import { interpretTable, tidyLabel } from '../../../shared/import/grids';
import { interpretFlow } from '../../../shared/import/structure';

const p = (text: string, extra: Partial<FlowParagraph> = {}): FlowParagraph => ({ type: 'paragraph', text, ...extra });
const c = (text: string, colSpan = 1, extra: Partial<FlowCell> = {}): FlowCell => ({ paragraphs: text ? [p(text)] : [], colSpan, ...extra });
const table = (...rows: FlowCell[][]): FlowTable => ({ type: 'table', rows });

// Shaped like fiche-observation-j2-mission-locale.docx's third table.
const beneficiaryGrid = table(
  [c('PRISE DE NOTE SUR LE BÉNÉFICIAIRE 1'), c('FAITS OBSERVÉS')],
  [c('Recensement des besoins', 2)],
  [c('Comment le bénéficiaire formule sa demande ?'), c('« Il faut que je m’inscrive sinon je perds l’aide. »')],
  [c('Le besoin est-il au départ numérique ?'), c('')],
  [c('RECENSEMENT DES SAVOIR-FAIRE', 2)],
  [c('Quelles sont les pratiques d’accueil mobilisées ?'), { paragraphs: [p('le tutoie', { listItem: true }), p('un café', { listItem: true })], colSpan: 1 }],
  [c('ÉCHANGES SUR LES SITUATIONS INATTENDUES', 2)],
  [c('Un deuxième jeune entre sans rendez-vous pour imprimer une attestation.', 2)],
);

describe('observation grids', () => {
  it('reads prompts, blocks, answers and the answer column, skipping empty answers', () => {
    const grid = interpretTable(beneficiaryGrid, { heading: 'Séquence 1', beneficiaries: 0 });
    expect(grid).toMatchObject({ kind: 'grid', label: 'Prise de note sur le bénéficiaire 1', attrs: { beneficiary: 1 } });
    expect(grid.blocks.map((b) => b.label)).toEqual(['Recensement des besoins', 'Recensement des savoir-faire', 'Échanges sur les situations inattendues']);
    expect(grid.blocks[0]!.answers).toEqual([
      {
        text: '« Il faut que je m’inscrive sinon je perds l’aide. »',
        attrs: {
          grid: 'Prise de note sur le bénéficiaire 1',
          beneficiary: 1,
          block: 'Recensement des besoins',
          prompt: 'Comment le bénéficiaire formule sa demande ?',
          column: 'Faits observés',
        },
      },
    ]);
    expect(grid.blocks[1]!.answers[0]!.text).toBe('• le tutoie\n• un café');
    expect(grid.blocks[2]!.answers[0]).toMatchObject({
      text: 'Un deuxième jeune entre sans rendez-vous pour imprimer une attestation.',
      attrs: { block: 'Échanges sur les situations inattendues' },
    });
  });

  it('numbers a new beneficiary after the previous one', () => {
    const grid = interpretTable(table([c('NOUVEAU BÉNÉFICIAIRE'), c('FAITS OBSERVÉS')], [c('Profil ?'), c('Jeune femme de 23 ans.')]), {
      heading: null,
      beneficiaries: 1,
    });
    expect(grid.attrs).toEqual({ grid: 'Nouveau bénéficiaire', beneficiary: 2 });
  });

  it('keeps who wrote each answer in a three-column debrief, named after the section heading', () => {
    const grid = interpretTable(
      table(
        [c('LES QUESTIONS'), c('RETOUR DU MÉDIATEUR NUMÉRIQUE'), c('RETOUR DU PROFESSIONNEL')],
        [c('Qu’est-ce que j’ai appris ?'), c('La confiance d’abord.'), c('Des applications de scan.')],
      ),
      { heading: 'Séquence 3 : débrief', beneficiaries: 0 },
    );
    expect(grid.label).toBe('Séquence 3 : débrief');
    expect(grid.blocks[0]!.answers.map((a) => [a.attrs.prompt, a.attrs.column, a.text])).toEqual([
      ['Qu’est-ce que j’ai appris ?', 'Retour du médiateur numérique', 'La confiance d’abord.'],
      ['Qu’est-ce que j’ai appris ?', 'Retour du professionnel', 'Des applications de scan.'],
    ]);
  });

  it('treats the day-1 grid as answers only, each labelled by its column', () => {
    const grid = interpretTable(
      table(
        [c('LES SITUATIONS OBSERVÉES SONT :'), c('EN QUOI CELA VOUS INTERPELLE ?'), c('EN QUOI CES PRATIQUES SONT SIMILAIRES OU DIFFÉRENTES DES VÔTRES ?')],
        [c('Une intervenante appelle la responsable.'), c('Elle le fait quand même.'), c('On rappelle le cadre.')],
      ),
      { heading: 'Séquence 4 : observation', beneficiaries: 0 },
    );
    expect(grid.kind).toBe('grid');
    expect(grid.blocks[0]!.answers.map((a) => a.attrs.column)).toEqual([
      'Les situations observées sont',
      'En quoi cela vous interpelle ?',
      'En quoi ces pratiques sont similaires ou différentes des vôtres ?',
    ]);
    expect(grid.blocks[0]!.answers[0]!.attrs.prompt).toBeUndefined();
  });

  it('keeps an unknown table as a generic table with its header labels, tolerating merged cells', () => {
    const generic = interpretTable(
      table([c('Outil'), c('Usage'), c('Fréquence')], [c('Tablette'), c('Pointage'), c('Quotidienne')], [c('', 1, { mergedAbove: true }), c('Planning'), c('Hebdo')]),
      { heading: null, beneficiaries: 0 },
    );
    expect(generic.kind).toBe('table');
    expect(generic.blocks[0]!.answers.map((a) => `${a.attrs.column}=${a.text}`)).toEqual([
      'Outil=Tablette',
      'Usage=Pointage',
      'Fréquence=Quotidienne',
      'Usage=Planning',
      'Fréquence=Hebdo',
    ]);
  });

  it('tidies labels written in capitals', () => {
    expect(tidyLabel('RECENSEMENT ET ANALYSE DES FREINS')).toBe('Recensement et analyse des freins');
    expect(tidyLabel('Faits observés :')).toBe('Faits observés');
    expect(tidyLabel('Appui sur la CAF')).toBe('Appui sur la CAF');
  });
});

describe('interpretFlow', () => {
  it('builds an observation sheet whose answer units slice their text', () => {
    const flow: Flow = { metadata: {}, blocks: [p('Fiche d’observation', { headingLevel: 1 }), p('Binôme B07, zone 5.'), beneficiaryGrid] };
    const doc = interpretFlow(flow);
    expect(doc.kind).toBe('observation');
    expect(doc.counts).toMatchObject({ grids: 1, answers: 3, headings: 1, paragraphs: 1 });
    const answers = doc.units.filter((u) => u.kind === 'answer');
    expect(doc.text.slice(answers[0]!.start, answers[0]!.end)).toBe('« Il faut que je m’inscrive sinon je perds l’aide. »');
    const block = doc.units.find((u) => u.kind === 'block' && u.label === 'Recensement des savoir-faire')!;
    expect(doc.text.slice(block.start, block.end)).toBe('• le tutoie\n• un café');
  });

  it('builds a transcript from recognised and given turns, keeping other paragraphs', () => {
    const doc = interpretFlow({
      metadata: {},
      blocks: [
        p('Entretien', { headingLevel: 1 }),
        p('Date : 6 février 2023.'),
        p('[00:00:12] Enquêtrice : Merci d’avoir accepté.'),
        p('[00:00:25] Claire : Je suis conseillère habitat.'),
        p('Bonjour, vous êtes animateur ?', { speaker: 'Enquêteur', time: '00:00:03' }),
      ],
    });
    expect(doc.kind).toBe('transcript');
    expect(doc.speakers).toEqual(['Enquêtrice', 'Claire', 'Enquêteur']);
    const turns = doc.units.filter((u) => u.kind === 'turn');
    expect(turns.map((t) => [t.attrs.speaker, t.attrs.time, doc.text.slice(t.start, t.end)])).toEqual([
      ['Enquêtrice', '00:00:12', 'Merci d’avoir accepté.'],
      ['Claire', '00:00:25', 'Je suis conseillère habitat.'],
      ['Enquêteur', '00:00:03', 'Bonjour, vous êtes animateur ?'],
    ]);
    expect(doc.text).toContain('Date : 6 février 2023.');
  });
});
