import { describe, expect, it } from 'vitest';
import type { PseudonymCandidate } from '../../../shared/domain/pseudonym';
import { translate } from '../../../shared/i18n';
import {
  contextParts,
  decisionCounts,
  filterCandidates,
  kindLabels,
  noReviewFilters,
  parseList,
  pseudonymiseByDefault,
  withDecisions,
} from '../../../renderer/features/pseudonyms/review';

function candidate(original: string, change: Partial<PseudonymCandidate> = {}): PseudonymCandidate {
  return { original, kind: 'person', source: 'capitalised', count: 1, documentCount: 1, contexts: [], decision: 'pending', pseudonym: null, ...change };
}

const table = [
  candidate('Sonia', { source: 'speaker', count: 14, decision: 'accepted', pseudonym: 'Personne A' }),
  candidate('Élodie Martin', { count: 6, pseudonym: 'Personne B' }),
  candidate('Roubaix', { kind: 'place', source: 'placeList', count: 4, decision: 'rejected' }),
  candidate('karima.b@orange.fr', { kind: 'email', source: 'pattern' }),
  candidate('06 12 34 56 78', { kind: 'phone', source: 'pattern', decision: 'accepted', pseudonym: '[téléphone]' }),
];

describe('the review table, filtered and counted', () => {
  it('counts the decisions: 5 candidates, 2 accepted, 1 rejected, 2 to review', () => {
    expect(decisionCounts(table)).toEqual({ total: 5, accepted: 2, rejected: 1, pending: 2 });
    expect(decisionCounts([])).toEqual({ total: 0, accepted: 0, rejected: 0, pending: 0 });
  });

  it('filters by kind, by decision, and both', () => {
    const originals = (filters: Partial<typeof noReviewFilters>) => filterCandidates(table, { ...noReviewFilters, ...filters }).map((c) => c.original);
    expect(originals({})).toEqual(table.map((c) => c.original));
    expect(originals({ kind: 'person' })).toEqual(['Sonia', 'Élodie Martin']);
    expect(originals({ decision: 'accepted' })).toEqual(['Sonia', '06 12 34 56 78']);
    expect(originals({ kind: 'person', decision: 'pending' })).toEqual(['Élodie Martin']);
    expect(originals({ kind: 'address' })).toEqual([]);
  });

  it('searches the text and the pseudonym, accents and case folded, every word', () => {
    const found = (search: string) => filterCandidates(table, { ...noReviewFilters, search }).map((c) => c.original);
    // « elodie » finds « Élodie Martin » (É folds to e).
    expect(found('elodie')).toEqual(['Élodie Martin']);
    // « personne » is in two pseudonyms: Sonia's and Élodie Martin's (proposed).
    expect(found('PERSONNE')).toEqual(['Sonia', 'Élodie Martin']);
    // Both words must occur: « personne b » only in Élodie Martin's line.
    expect(found('personne b')).toEqual(['Élodie Martin']);
    expect(found('orange')).toEqual(['karima.b@orange.fr']);
    expect(found('   ')).toHaveLength(5);
  });

  it('shows a decision just sent over the loaded line, and nothing else changes', () => {
    const shown = withDecisions(table, new Map([['Roubaix', { decision: 'accepted', pseudonym: 'Ville 1' }], ['Élodie Martin', { decision: 'rejected', pseudonym: null }]]));
    expect(shown.find((c) => c.original === 'Roubaix')).toMatchObject({ decision: 'accepted', pseudonym: 'Ville 1' });
    // No pseudonym typed: the proposed one stays on the line.
    expect(shown.find((c) => c.original === 'Élodie Martin')).toMatchObject({ decision: 'rejected', pseudonym: 'Personne B' });
    expect(shown[0]).toBe(table[0]);
    expect(withDecisions(table, new Map())).toEqual(table);
  });

  it('names every kind in French', () => {
    expect(Object.values(kindLabels).map((key) => translate('fr', key))).toEqual(['personne', 'lieu', 'courriel', 'téléphone', 'adresse', 'date de naissance', 'autre']);
  });
});

describe('lists typed one per line', () => {
  it('trims, drops blank lines, keeps the first of two spellings that differ only by case or accents', () => {
    const text = '  Léa \r\n\nlea\nCamille\n   \nJean   Pierre\nLÉA\nNoé\n';
    // « lea » and « LÉA » fold to « lea » like « Léa »: only the first is kept. Inner spaces collapse.
    expect(parseList(text, 80)).toEqual({ items: ['Léa', 'Camille', 'Jean Pierre', 'Noé'], tooLong: [] });
  });

  it('sets apart the lines over the limit', () => {
    expect(parseList('Lille\nVilleneuve-d’Ascq\nRoubaix', 10)).toEqual({ items: ['Lille', 'Roubaix'], tooLong: ['Villeneuve-d’Ascq'] });
    expect(parseList('', 10)).toEqual({ items: [], tooLong: [] });
  });

  it('stores names in NFC: a decomposed « é » typed or pasted becomes one character', () => {
    const decomposed = 'Cle\u0301mence';
    expect(parseList(decomposed, 80).items[0]).toBe('Cl\u00e9mence');
  });
});

describe('around the review table', () => {
  it('pseudonymises exports by default only once an entry is accepted', () => {
    expect(pseudonymiseByDefault(undefined)).toBe(false);
    expect(pseudonymiseByDefault([])).toBe(false);
    expect(pseudonymiseByDefault([{ id: 1, original: 'Roubaix', pseudonym: 'Roubaix', kind: 'place', decision: 'rejected', source: 'placeList' }])).toBe(false);
    expect(pseudonymiseByDefault([{ id: 2, original: 'Sonia', pseudonym: 'Personne A', kind: 'person', decision: 'accepted', source: 'speaker' }])).toBe(true);
  });

  it('shows a short context whole: the text starts or ends there', () => {
    const context = { documentId: 3, documentName: 'Entretien E01', start: 15, end: 20, before: 'Entretien avec\n', after: ', conseillère' };
    expect(contextParts(context, 'Sonia')).toEqual({ before: 'Entretien avec ', found: 'Sonia', after: ', conseillère', cutBefore: false, cutAfter: false });
  });

  it('drops the words a long context cut in two, and says it was cut', () => {
    // 40 characters each side, as the service gives them: « …rima Benali, » and « Commen… » are halves of words.
    const before = 'rima Benali, conseillère en insertion à ';
    const after = ' s’occupe de l’accueil le matin. Commen';
    expect(before.length).toBe(40);
    expect(after.length).toBe(39);
    const context = { documentId: 5, documentName: 'entretien', start: 100, end: 107, before, after };
    expect(contextParts(context, 'Roubaix')).toEqual({
      before: 'Benali, conseillère en insertion à ',
      found: 'Roubaix',
      after: ' s’occupe de l’accueil le matin.',
      cutBefore: true,
      // Cut after « matin. »: the sentence ends there, no ellipsis.
      cutAfter: false,
    });
    const mid = { ...context, after: ' s’occupe de l’accueil le matin et le soir' };
    expect(contextParts(mid, 'Roubaix')).toMatchObject({ after: ' s’occupe de l’accueil le matin et le', cutAfter: true });
  });
});
