import { DocumentBuilder, type BuiltDocument } from '../document-builder';
import type { DocumentKind } from '../domain/document';

/**
 * The demonstration corpus: four short, fictional, pseudonymous documents in the StESS protocol's
 * shapes, with a few codings given as quotes (found in the text when the project is built).
 */
export interface DemoCoding {
  /** Code path, `Famille/Code`. */
  code: string;
  quote: string;
}

export interface DemoDocument {
  name: string;
  kind: DocumentKind;
  sourceName: string;
  build: () => BuiltDocument;
  codings: DemoCoding[];
  caseName: string;
}

export interface DemoCase {
  name: string;
  description: string;
  attributes: Record<string, string>;
}

export const demoAttributes = [
  { name: 'Rôle', type: 'category' },
  { name: 'Branche', type: 'category' },
  { name: 'Zone', type: 'category' },
  { name: 'Jour', type: 'category' },
] as const;

export const demoCases: DemoCase[] = [
  {
    name: 'E01',
    description: 'Conseillère en mission locale',
    attributes: { Rôle: 'Professionnel', Branche: 'Missions locales', Zone: 'Zone 5', Jour: 'Entretien' },
  },
  {
    name: 'B04',
    description: 'Binôme médiateur / animatrice de régie de quartier',
    attributes: { Rôle: 'Binôme', Branche: 'Régies de quartier', Zone: 'Zone 2', Jour: 'Jour 2' },
  },
  {
    name: 'E07',
    description: 'Animateur en foyer de jeunes travailleurs',
    attributes: { Rôle: 'Professionnel', Branche: 'Foyers de jeunes travailleurs', Zone: 'Zone 3', Jour: 'Entretien' },
  },
  {
    name: 'M02',
    description: 'Médiatrice numérique',
    attributes: { Rôle: 'Médiateur', Branche: 'Aide à domicile', Zone: 'Zone 1', Jour: 'Jour 1' },
  },
];

export const demoDocuments: DemoDocument[] = [
  {
    name: 'Entretien E01 — conseillère mission locale',
    kind: 'transcript',
    sourceName: 'entretien-E01-mission-locale.docx',
    caseName: 'E01',
    build: () =>
      new DocumentBuilder()
        .heading('Entretien avec Sonia, conseillère en mission locale')
        .turn('Enquêtrice', 'Pouvez-vous me décrire un accompagnement récent autour du numérique ?', '00:00:12')
        .turn(
          'Sonia',
          'La semaine dernière, un jeune est venu pour son dossier de garantie jeunes. Il n’avait pas d’adresse mail, seulement un téléphone avec l’écran cassé. On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais.',
          '00:00:20',
        )
        .turn('Enquêtrice', 'Qu’est-ce qui vous a posé le plus de difficultés ?', '00:01:05')
        .turn(
          'Sonia',
          'Le temps. Nos rendez-vous durent trente minutes et il faut tout faire : le dossier, la recherche de logement, parfois la santé. Derrière la demande de mail, il y avait en fait une situation d’hébergement très fragile.',
          '00:01:11',
        )
        .turn(
          'Sonia',
          'Et franchement, je ne connais pas bien les lieux de médiation numérique du quartier. J’aimerais une formation courte sur les démarches en ligne de la CAF.',
          '00:02:03',
        )
        .build(),
    codings: [
      { code: 'Freins/Liés aux publics', quote: 'seulement un téléphone avec l’écran cassé' },
      { code: 'Savoir-faire/Mise en capacité', quote: 'il tapait lui-même et je lui montrais' },
      { code: 'Freins/Processus internes', quote: 'Nos rendez-vous durent trente minutes et il faut tout faire' },
      { code: 'Besoins/Besoin global', quote: 'Derrière la demande de mail, il y avait en fait une situation d’hébergement très fragile.' },
      { code: "Freins/Manque de ressources ou d'information", quote: 'je ne connais pas bien les lieux de médiation numérique du quartier' },
      { code: 'Besoins/Besoins de formation des professionnels', quote: 'J’aimerais une formation courte sur les démarches en ligne de la CAF.' },
    ],
  },
  {
    name: 'Fiche d’observation B04 — jour 2',
    kind: 'observation',
    sourceName: 'fiche-observation-B04-j2.docx',
    caseName: 'B04',
    build: () =>
      new DocumentBuilder()
        .heading('Fiche d’observation — binôme B04, régie de quartier, jour 2')
        .begin('grid', 'Prise de note sur le bénéficiaire 1', { grid: 'Prise de note sur le bénéficiaire 1', beneficiary: 1 })
        .begin('block', 'Recensement des besoins', { block: 'Recensement des besoins' })
        .answer('Madame M. souhaite prendre rendez-vous en ligne à la préfecture pour renouveler son titre de séjour.', {
          grid: 'Prise de note sur le bénéficiaire 1',
          block: 'Recensement des besoins',
          prompt: 'Quelle est la demande ?',
          column: 'Médiateur',
          beneficiary: 1,
        })
        .end()
        .begin('block', 'Recensement des savoir-faire', { block: 'Recensement des savoir-faire' })
        .answer('L’animatrice l’accueille par son prénom, lui propose un café et reformule la demande avant d’ouvrir l’ordinateur.', {
          grid: 'Prise de note sur le bénéficiaire 1',
          block: 'Recensement des savoir-faire',
          prompt: 'Comment le professionnel procède-t-il ?',
          column: 'Médiateur',
          beneficiary: 1,
        })
        .end()
        .begin('block', 'Recensement et analyse des freins', { block: 'Recensement et analyse des freins' })
        .answer('Aucun créneau disponible sur le site ; l’animatrice finit par faire la démarche à sa place, faute de temps.', {
          grid: 'Prise de note sur le bénéficiaire 1',
          block: 'Recensement et analyse des freins',
          prompt: 'Quels freins observez-vous ?',
          column: 'Médiateur',
          beneficiary: 1,
        })
        .end()
        .end()
        .build(),
    codings: [
      { code: 'Besoins/Besoin numérique', quote: 'prendre rendez-vous en ligne à la préfecture' },
      { code: 'Savoir-faire/Accueil et confiance', quote: 'L’animatrice l’accueille par son prénom, lui propose un café' },
      { code: 'Savoir-faire/Écoute et approfondissement', quote: 'reformule la demande avant d’ouvrir l’ordinateur' },
      { code: 'Freins/Posture ou compétence', quote: 'l’animatrice finit par faire la démarche à sa place, faute de temps' },
      { code: 'Freins/Processus internes', quote: 'faute de temps' },
    ],
  },
  {
    name: 'Entretien E07 — animateur FJT',
    kind: 'transcript',
    sourceName: 'entretien-E07-fjt.txt',
    caseName: 'E07',
    build: () =>
      new DocumentBuilder()
        .turn('Q', 'Comment les résidents vous sollicitent-ils sur le numérique ?')
        .turn(
          'R',
          'Surtout le soir, pour les déclarations trimestrielles. Beaucoup ont un smartphone mais ne savent pas joindre un justificatif. Je leur montre une fois, puis je les laisse faire la fois suivante.',
        )
        .turn('Q', 'Vous orientez parfois vers d’autres acteurs ?')
        .turn(
          'R',
          'Oui, vers l’espace France Services à côté : ils ont un conseiller numérique, et je préviens par téléphone avant d’envoyer quelqu’un.',
        )
        .build(),
    codings: [
      { code: 'Freins/Liés aux publics', quote: 'ne savent pas joindre un justificatif' },
      { code: 'Savoir-faire/Mise en capacité', quote: 'Je leur montre une fois, puis je les laisse faire la fois suivante.' },
      { code: 'Savoir-faire/Appui sur la médiation numérique du territoire', quote: 'vers l’espace France Services à côté : ils ont un conseiller numérique' },
      { code: 'Savoir-faire/Information et solutions', quote: 'je préviens par téléphone avant d’envoyer quelqu’un' },
    ],
  },
  {
    name: 'Notes de terrain — médiatrice M02',
    kind: 'text',
    sourceName: 'notes-M02.md',
    caseName: 'M02',
    build: () =>
      new DocumentBuilder()
        .heading('Notes de terrain, aide à domicile')
        .paragraph(
          'Les aides à domicile utilisent une application de pointage sur leur téléphone personnel. Plusieurs disent avoir peur de « mal faire » et préfèrent appeler le bureau.',
        )
        .paragraph(
          'La responsable de secteur a affiché une fiche pas à pas dans la salle de pause : depuis, les appels ont diminué. Elle demande des outils du même genre pour les démarches des bénéficiaires.',
        )
        .build(),
    codings: [
      { code: 'Freins/Liés aux publics', quote: 'avoir peur de « mal faire »' },
      { code: 'Savoir-faire/Information et solutions', quote: 'a affiché une fiche pas à pas dans la salle de pause' },
      { code: 'Besoins/Besoins de formation des professionnels', quote: 'Elle demande des outils du même genre pour les démarches des bénéficiaires.' },
    ],
  },
];

export const demoMemo = {
  title: 'Première lecture',
  body: 'Le manque de temps revient dans trois documents sur quatre : il pousse à « faire à la place ». À croiser avec la posture (faire pour / faire avec).',
};
