import type { CodeSeed } from '../domain/codebook';

/**
 * Default codebook of a StESS project: the protocol's three families and twelve codes
 * (DESIGN.md; the same as `../shared/fixtures/codebook-stess.csv`, which a unit test compares).
 */
export const stessCodebook: CodeSeed[] = [
  {
    name: 'Freins',
    color: '#c0392b',
    description: "Obstacles constatés dans les pratiques d'accompagnement numérique",
    children: [
      {
        name: 'Liés aux publics',
        color: '#e74c3c',
        description:
          'Freins tenant à la situation des personnes accompagnées : équipement, littératie, peur, isolement',
      },
      {
        name: 'Posture ou compétence',
        color: '#d35400',
        description: 'Freins tenant à la posture du professionnel (faire pour / faire avec) ou à ses compétences',
      },
      {
        name: "Manque de ressources ou d'information",
        color: '#e67e22',
        description: "Absence d'outils, de supports, de contacts ou d'information à jour",
      },
      {
        name: 'Processus internes',
        color: '#f39c12',
        description: 'Organisation de la structure : temps de rendez-vous, matériel, règles internes',
      },
    ],
  },
  {
    name: 'Savoir-faire',
    color: '#27ae60',
    description: 'Pratiques mobilisées par les professionnels',
    children: [
      { name: 'Accueil et confiance', color: '#2ecc71', description: "Pratiques d'accueil qui favorisent la confiance" },
      {
        name: 'Écoute et approfondissement',
        color: '#16a085',
        description: 'Écoute, reformulation, approfondissement du besoin',
      },
      { name: 'Information et solutions', color: '#1abc9c', description: 'Informations données et solutions proposées' },
      {
        name: 'Mise en capacité',
        color: '#2980b9',
        description: 'Pratiques qui rendent la personne autonome pour refaire seule',
      },
      {
        name: 'Appui sur la médiation numérique du territoire',
        color: '#3498db',
        description: 'Orientation vers des lieux ou acteurs de médiation numérique',
      },
    ],
  },
  {
    name: 'Besoins',
    color: '#8e44ad',
    description: 'Nature du besoin exprimé',
    children: [
      { name: 'Besoin numérique', color: '#9b59b6', description: '' },
      { name: 'Besoin global', color: '#a569bd', description: 'Le besoin numérique cache une situation plus large' },
      {
        name: 'Besoins de formation des professionnels',
        color: '#6c3483',
        description: 'Formations ou outils souhaités par les professionnels',
      },
    ],
  },
];

export function countSeeds(seeds: CodeSeed[]): number {
  return seeds.reduce((n, s) => n + 1 + countSeeds(s.children ?? []), 0);
}
