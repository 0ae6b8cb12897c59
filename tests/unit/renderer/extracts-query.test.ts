import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/codebook';
import type { CodeQuery } from '../../../shared/domain/extract';
import { translate, type Language, type MessageKey, type MessageParams } from '../../../shared/i18n';
import {
  buildQuery,
  builderFromQuery,
  chosenCodes,
  codeLabels,
  describeQuery,
  emptyBuilder,
  keepCodes,
  removeCode,
  setCombine,
  setWithChildren,
  setWithin,
  switchSide,
  toggleCode,
  type Builder,
  type Words,
} from '../../../renderer/features/extracts/query';

function code(id: number, name: string, parentId: number | null): Code {
  return {
    id,
    parentId,
    position: id,
    name,
    color: '#c0504d',
    description: '',
    inclusion: '',
    exclusion: '',
    path: name,
    codingCount: 0,
    documentCount: 0,
    caseCount: 0,
    exampleCount: 0,
  };
}

// Freins(1): Liés aux publics(2), Processus internes(3) ; Savoir-faire(4): Médiation(5)
const codes = [code(1, 'Freins', null), code(2, 'Liés aux publics', 1), code(3, 'Processus internes', 1), code(4, 'Savoir-faire', null), code(5, 'Médiation', 4)];
const labels = codeLabels(codes);
const node = (id: number) => ({ id, hasChildren: labels.get(id)!.hasChildren });

function words(lang: Language): Words {
  const plural = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB');
  return {
    t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params),
    tc: (count, other, one, params) => translate(lang, plural.select(count) === 'one' ? one : other, { ...params, count }),
  };
}
const fr = words('fr');

const pick = (...ids: number[]): Builder => ids.reduce((b, id) => toggleCode(b, node(id)), emptyBuilder);

describe('extract query builder', () => {
  it('names codes by their path in the codebook', () => {
    expect(labels.get(2)).toEqual({ path: 'Freins › Liés aux publics', color: '#c0504d', hasChildren: false });
    expect(labels.get(1)!.hasChildren).toBe(true);
  });

  it('needs a code; one code is its own query, a family comes with its sub-codes', () => {
    expect(buildQuery(emptyBuilder)).toEqual({ query: null, missing: 'codes' });
    expect(buildQuery(pick(2)).query).toEqual({ op: 'code', codeId: 2, withChildren: false });
    expect(buildQuery(pick(1)).query).toEqual({ op: 'code', codeId: 1, withChildren: true });
    expect(buildQuery(setWithChildren(pick(1), 1, false)).query).toEqual({ op: 'code', codeId: 1, withChildren: false });
  });

  it('combines every chosen code with OR or AND, and un-ticking a code removes it', () => {
    const two = pick(2, 5);
    expect(buildQuery(two).query).toEqual({
      op: 'or',
      items: [
        { op: 'code', codeId: 2, withChildren: false },
        { op: 'code', codeId: 5, withChildren: false },
      ],
    });
    expect(buildQuery(setCombine(two, 'and')).query).toMatchObject({ op: 'and', items: [{ codeId: 2 }, { codeId: 5 }] });
    expect(buildQuery(toggleCode(two, node(2))).query).toEqual({ op: 'code', codeId: 5, withChildren: false });
  });

  it('puts the first code on side A and the others on side B for SAUF, suivi de and près de', () => {
    const b = setCombine(pick(2, 3, 5), 'not');
    expect(b.codes.map((c) => c.side)).toEqual(['a', 'b', 'b']);
    expect(buildQuery(b).query).toEqual({
      op: 'not',
      include: { op: 'code', codeId: 2, withChildren: false },
      exclude: {
        op: 'or',
        items: [
          { op: 'code', codeId: 3, withChildren: false },
          { op: 'code', codeId: 5, withChildren: false },
        ],
      },
    });
    // Moving a code to side A makes A an OR of two codes.
    const moved = switchSide(b, 3);
    expect(buildQuery(setWithin(setCombine(moved, 'followedBy'), 2)).query).toEqual({
      op: 'followedBy',
      first: {
        op: 'or',
        items: [
          { op: 'code', codeId: 2, withChildren: false },
          { op: 'code', codeId: 3, withChildren: false },
        ],
      },
      then: { op: 'code', codeId: 5, withChildren: false },
      within: 2,
    });
    expect(buildQuery(setWithin(setCombine(pick(2, 5), 'near'), 0)).query).toEqual({
      op: 'near',
      a: { op: 'code', codeId: 2, withChildren: false },
      b: { op: 'code', codeId: 5, withChildren: false },
      within: 0,
    });
  });

  it('says what a pairwise query lacks, and keeps a side filled when codes go', () => {
    const b = setCombine(pick(2, 5), 'not');
    expect(buildQuery(switchSide(b, 5))).toEqual({ query: null, missing: 'b' });
    expect(buildQuery(switchSide(b, 2))).toEqual({ query: null, missing: 'a' });
    // The A code goes: the remaining code becomes A; a lone code is its own query.
    const left = removeCode(b, 2);
    expect(left.codes).toEqual([{ codeId: 5, withChildren: false, side: 'a' }]);
    expect(buildQuery(left).query).toEqual({ op: 'code', codeId: 5, withChildren: false });
    // A code ticked in a pairwise mode with an A already goes to B.
    expect(toggleCode(setCombine(pick(2), 'near'), node(5)).codes.map((c) => c.side)).toEqual(['a', 'b']);
  });

  it('keeps the distance a whole number between 0 and 1000', () => {
    expect(setWithin(emptyBuilder, 2.6).within).toBe(3);
    expect(setWithin(emptyBuilder, -4).within).toBe(0);
    expect(setWithin(emptyBuilder, 99_999).within).toBe(1000);
    expect(setWithin(emptyBuilder, Number.NaN).within).toBe(0);
  });

  it('drops codes deleted from the codebook', () => {
    const b = keepCodes(setCombine(pick(2, 5), 'not'), (id) => id !== 2);
    expect(b.codes).toEqual([{ codeId: 5, withChildren: false, side: 'a' }]);
  });

  it('loads back every query it builds, and keeps others as they are', () => {
    const built = [pick(1), setCombine(pick(2, 5, 3), 'and'), setCombine(pick(2, 5), 'not'), setWithin(setCombine(switchSide(setCombine(pick(2, 3, 5), 'followedBy'), 3), 'near'), 4)];
    for (const b of built) {
      const query = buildQuery(b).query!;
      const loaded = builderFromQuery(query);
      expect(loaded.advanced).toBeNull();
      expect(buildQuery(loaded).query).toEqual(query);
    }
    const nested: CodeQuery = {
      op: 'and',
      items: [
        { op: 'or', items: [{ op: 'code', codeId: 2, withChildren: false }, { op: 'code', codeId: 3, withChildren: false }] },
        { op: 'code', codeId: 5, withChildren: false },
      ],
    };
    const advanced = builderFromQuery(nested);
    expect(advanced.advanced).toEqual(nested);
    expect(buildQuery(advanced).query).toEqual(nested);
    expect(chosenCodes(advanced).map((c) => c.codeId)).toEqual([2, 3, 5]);
    // Touching a code starts the builder over from the advanced query's codes.
    const edited = toggleCode(advanced, node(3));
    expect(edited.advanced).toBeNull();
    expect(edited.codes.map((c) => c.codeId)).toEqual([2, 5]);
  });

  it('says the query in plain French and English', () => {
    expect(describeQuery(buildQuery(setCombine(pick(2, 5), 'and')).query!, labels, fr)).toBe('Freins › Liés aux publics ET Savoir-faire › Médiation');
    expect(describeQuery(buildQuery(pick(1, 5)).query!, labels, fr)).toBe('Freins (+ sous-codes) OU Savoir-faire › Médiation');
    expect(describeQuery(buildQuery(setCombine(pick(2, 3, 5), 'not')).query!, labels, fr)).toBe(
      'Freins › Liés aux publics SAUF (Freins › Processus internes OU Savoir-faire › Médiation)',
    );
    expect(describeQuery(buildQuery(setWithin(setCombine(pick(2, 5), 'followedBy'), 2)).query!, labels, fr)).toBe(
      'Freins › Liés aux publics suivi de Savoir-faire › Médiation (à 2 unités près)',
    );
    expect(describeQuery(buildQuery(setWithin(setCombine(pick(2, 5), 'near'), 1)).query!, labels, fr)).toBe(
      'Freins › Liés aux publics près de Savoir-faire › Médiation (à 1 unité près)',
    );
    expect(describeQuery(buildQuery(setWithin(setCombine(pick(2, 5), 'near'), 0)).query!, labels, fr)).toBe(
      'Freins › Liés aux publics près de Savoir-faire › Médiation (dans la même unité)',
    );
    expect(describeQuery({ op: 'code', codeId: 99, withChildren: false }, labels, fr)).toBe('code supprimé n° 99');
    expect(describeQuery(buildQuery(setCombine(pick(2, 5), 'not')).query!, labels, words('en'))).toBe('Freins › Liés aux publics EXCEPT Savoir-faire › Médiation');
  });
});
