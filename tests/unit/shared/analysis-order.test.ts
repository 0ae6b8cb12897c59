/**
 * The matrix's orders, on four codes whose answers are worked out by hand (see each case).
 * Names are chosen so that a byte-order sort would differ from French collation (« Écoute » after « Zèle »).
 */
import { describe, expect, it } from 'vitest';
import { alphabeticalOrder, frequencyOrder, orderCodes, similarityOf, similarityOrder } from '../../../shared/analysis/order';
import type { CooccurrencePair } from '../../../shared/domain/analysis';

const code = (codeId: number, name: string, passages: number) => ({ codeId, name, path: `Famille/${name}`, passages });
const zele = code(1, 'Zèle', 2);
const ecoute = code(2, 'Écoute', 5);
const besoin = code(3, 'Besoin', 5);
const accueil = code(4, 'Accueil', 1);
const codes = [zele, ecoute, besoin, accueil];
const names = (list: { name: string }[]) => list.map((c) => c.name);

function pair(a: number, b: number, jaccard: number, c = jaccard): CooccurrencePair {
  return { a, b, passages: 1, documents: 1, cases: 1, jaccard, c };
}

describe('alphabetical order', () => {
  it('sorts by French collation: accented capitals among their letter', () => {
    expect(names(alphabeticalOrder(codes))).toEqual(['Accueil', 'Besoin', 'Écoute', 'Zèle']);
  });

  it('breaks equal names by path', () => {
    const a = { codeId: 9, name: 'Autre', path: 'Freins/Autre' };
    const b = { codeId: 8, name: 'Autre', path: 'Besoins/Autre' };
    expect(alphabeticalOrder([a, b]).map((c) => c.path)).toEqual(['Besoins/Autre', 'Freins/Autre']);
  });
});

describe('frequency order', () => {
  it('puts the most passages first, equal counts alphabetically', () => {
    // Besoin 5, Écoute 5 (tie: B before É), Zèle 2, Accueil 1.
    expect(names(frequencyOrder(codes))).toEqual(['Besoin', 'Écoute', 'Zèle', 'Accueil']);
  });
});

describe('similarity order', () => {
  it('puts the two similar pairs side by side', () => {
    // Distances: Accueil–Écoute 0.2, Besoin–Zèle 0.4, Accueil–Besoin 0.9, all others 1.
    // 1) Accueil+Écoute merge (0.2). 2) {A,É}–Besoin = (0.9 + 1) / 2 = 0.95, {A,É}–Zèle = 1,
    // Besoin–Zèle = 0.4: Besoin+Zèle merge. 3) the two clusters, {A,É} on the left (Accueil first).
    const pairs = [pair(accueil.codeId, ecoute.codeId, 0.8), pair(besoin.codeId, zele.codeId, 0.6), pair(accueil.codeId, besoin.codeId, 0.1)];
    expect(names(similarityOrder(codes, pairs, 'jaccard'))).toEqual(['Accueil', 'Écoute', 'Besoin', 'Zèle']);
  });

  it('uses average linkage: a cluster is as far as the mean of its members', () => {
    // Accueil–Besoin 0.1 apart merge first. Then {A,B}–Écoute = (0.3 + 0.9) / 2 = 0.6,
    // {A,B}–Zèle = (0.5 + 0.5) / 2 = 0.5, Écoute–Zèle = 0.55: Zèle joins {A,B} (single linkage
    // would have taken Écoute at 0.3). Last, Écoute on the right.
    const pairs = [
      pair(accueil.codeId, besoin.codeId, 0.9),
      pair(accueil.codeId, ecoute.codeId, 0.7),
      pair(besoin.codeId, ecoute.codeId, 0.1),
      pair(accueil.codeId, zele.codeId, 0.5),
      pair(besoin.codeId, zele.codeId, 0.5),
      pair(ecoute.codeId, zele.codeId, 0.45),
    ];
    expect(names(similarityOrder(codes, pairs, 'jaccard'))).toEqual(['Accueil', 'Besoin', 'Zèle', 'Écoute']);
  });

  it('clusters on the c-coefficient when it is the measure, on Jaccard otherwise', () => {
    // Jaccard: Accueil–Zèle 0.9 → A,Z then Besoin (0.95) then Écoute. c: Accueil–Besoin 0.9 → A,B then Zèle, then Écoute.
    const pairs = [pair(accueil.codeId, zele.codeId, 0.9, 0.1), pair(accueil.codeId, besoin.codeId, 0.1, 0.9)];
    expect(names(orderCodes(codes, pairs, 'similarity', 'count'))).toEqual(['Accueil', 'Zèle', 'Besoin', 'Écoute']);
    expect(names(orderCodes(codes, pairs, 'similarity', 'c'))).toEqual(['Accueil', 'Besoin', 'Zèle', 'Écoute']);
    expect(similarityOf('jaccard')).toBe('jaccard');
    expect(similarityOf('documents')).toBe('jaccard');
  });

  it('keeps the alphabetical order when nothing co-occurs, whatever the input order', () => {
    expect(names(similarityOrder([...codes].reverse(), [], 'jaccard'))).toEqual(['Accueil', 'Besoin', 'Écoute', 'Zèle']);
  });

  it('ignores pairs of codes not in the matrix', () => {
    expect(names(similarityOrder([besoin, accueil], [pair(99, 1, 1)], 'jaccard'))).toEqual(['Accueil', 'Besoin']);
  });
});
