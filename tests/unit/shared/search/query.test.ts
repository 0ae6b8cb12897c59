import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n';
import { parseQuery, queryForWord, queryWords, type ParsedQuery } from '../../../../shared/search/query';

function parsed(text: string): ParsedQuery {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.query;
}

function error(text: string) {
  const result = parseQuery(text);
  if (result.ok) throw new Error(`${text} was accepted`);
  return { ...result.error, fr: translate('fr', `error.${result.error.code}`, result.error.params) };
}

const word = (text: string, prefix = false) => ({ text, prefix });
const phrase = (...words: { text: string; prefix: boolean }[]) => ({ kind: 'phrase', phrase: { words } });

describe('the search query language', () => {
  it('reads words as items that must all occur, folded', () => {
    expect(parsed('Région  ÉCRAN')).toEqual({
      items: [
        { options: [phrase(word('region'))], exclude: false },
        { options: [phrase(word('ecran'))], exclude: false },
      ],
    });
  });

  it('reads exact phrases in straight and French quotes, prefixes inside them', () => {
    expect(parsed('"accès aux droits"').items[0]!.options).toEqual([phrase(word('acces'), word('aux'), word('droits'))]);
    expect(parsed('« médiation numéri* »').items[0]!.options).toEqual([phrase(word('mediation'), word('numeri', true))]);
    expect(parsed('“mot de passe”').items[0]!.options).toEqual([phrase(word('mot'), word('de'), word('passe'))]);
  });

  it('makes a word with an apostrophe or a hyphen a phrase, either apostrophe', () => {
    const straight = parsed("aujourd'hui");
    expect(straight).toEqual(parsed('aujourd’hui'));
    expect(straight.items[0]!.options).toEqual([phrase(word('aujourd'), word('hui'))]);
    expect(parsed('peut-être').items[0]!.options).toEqual([phrase(word('peut'), word('etre'))]);
  });

  it('reads prefixes, OR in French and English, and exclusions', () => {
    expect(parsed('numéri*').items[0]!.options).toEqual([phrase(word('numeri', true))]);
    expect(parsed('numérique OU digital | informatique OR web').items).toEqual([
      { options: [phrase(word('numerique')), phrase(word('digital')), phrase(word('informatique')), phrase(word('web'))], exclude: false },
    ]);
    expect(parsed('numérique -euh SAUF ben').items.map((i) => i.exclude)).toEqual([false, true, true]);
    // Lower-case « ou » is a word, not an operator.
    expect(parsed('ou').items[0]!.options).toEqual([phrase(word('ou'))]);
  });

  it('reads NEAR in both forms, PROCHE, with 10 words by default', () => {
    const near = { kind: 'near', a: { words: [word('acces')] }, b: { words: [word('droits')] }, distance: 5 };
    expect(parsed('accès NEAR/5 droits').items[0]!.options).toEqual([near]);
    expect(parsed('accès PROCHE/5 droits').items[0]!.options).toEqual([near]);
    expect(parsed('NEAR(accès droits, 5)').items[0]!.options).toEqual([near]);
    expect(parsed('NEAR(accès droits)').items[0]!.options).toEqual([{ ...near, distance: 10 }]);
    expect(parsed('"mot de passe" NEAR oublié').items[0]!.options).toEqual([
      { kind: 'near', a: { words: [word('mot'), word('de'), word('passe')] }, b: { words: [word('oublie')] }, distance: 10 },
    ]);
  });

  it('says which words it looks for', () => {
    expect(queryWords(parsed('Région "mot de passe" numéri* -euh'))).toEqual(['region', 'mot de passe', 'numeri*']);
  });

  it('refuses malformed queries with a French message that says what to write', () => {
    const quote = error('"accès aux droits');
    expect(quote.code).toBe('SEARCH_UNCLOSED_QUOTE');
    expect(quote.fr).toContain('Guillemet non fermé');
    expect(quote.fr).toContain('"accès aux droits');
    expect(error('« médiation').code).toBe('SEARCH_UNCLOSED_QUOTE');
    expect(error('""').code).toBe('SEARCH_EMPTY_PHRASE');
    expect(error('nu*mérique')).toMatchObject({ code: 'SEARCH_WILDCARD', params: { word: 'nu*mérique' } });
    expect(error('*').code).toBe('SEARCH_WILDCARD');
    expect(error('OU numérique').code).toBe('SEARCH_OPERATOR');
    expect(error('numérique OU').fr).toContain('numérique OU digital');
    expect(error('accès NEAR').code).toBe('SEARCH_NEAR');
    expect(error('NEAR(accès, 5)').code).toBe('SEARCH_NEAR');
    expect(error('a NEAR b NEAR c').code).toBe('SEARCH_NEAR');
    expect(error('accès NEAR/x droits')).toMatchObject({ code: 'SEARCH_NEAR_DISTANCE', params: { value: 'x', max: 100 } });
    expect(error('accès NEAR/500 droits').code).toBe('SEARCH_NEAR_DISTANCE');
    expect(error('(accès droits)').code).toBe('SEARCH_PARENTHESIS');
    expect(error('-euh').code).toBe('SEARCH_ONLY_EXCLUDED');
    expect(error('   ').code).toBe('SEARCH_EMPTY');
    expect(error('!! ?').code).toBe('SEARCH_EMPTY');
    expect(error(Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' ')).code).toBe('SEARCH_TOO_LONG');
  });

  it('ignores stray punctuation and AND/ET', () => {
    expect(parsed('numérique - ET , digital')).toEqual(parsed('numérique digital'));
  });
});

describe('the query of a word of the frequency list', () => {
  it('is the word, quoted when it would read as an operator', () => {
    expect(queryForWord('numérique')).toBe('numérique');
    expect(queryForWord('OU')).toBe('"OU"');
    expect(parsed(queryForWord('OU')).items[0]!.options).toEqual([phrase(word('ou'))]);
  });
});
