import { describe, expect, it } from 'vitest';
import { ftsExpression, spellings } from '../../../../shared/search/fts';
import { Lexicon, readWords } from '../../../../shared/search/lexicon';
import { matchDocument, resolveQuery, spanRanges } from '../../../../shared/search/match';
import { parseQuery } from '../../../../shared/search/query';

/** The text of each result of `query` in each text, one array per text. */
function search(query: string, ...texts: string[]): string[][] {
  const lexicon = new Lexicon();
  const docs = texts.map((t) => readWords(t, lexicon));
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const resolved = resolveQuery(parsed.query, lexicon);
  return docs.map((doc, i) => {
    const ranges = spanRanges(doc, matchDocument(doc, resolved), texts[i]!);
    const out: string[] = [];
    for (let k = 0; k < ranges.length; k += 2) out.push(texts[i]!.slice(ranges[k], ranges[k + 1]));
    return out;
  });
}

const text = 'La Région finance l’accès aux droits. Dans la région, l’accès numérique aux droits reste difficile ; la regionale aussi.';

describe('finding the results of a query', () => {
  it('finds a word whatever its accents and case, whole words only', () => {
    expect(search('region', text)).toEqual([['Région', 'région']]);
    expect(search('RÉGION', text)).toEqual([['Région', 'région']]);
  });

  it('finds prefixes, and phrases with punctuation between their words', () => {
    expect(search('region*', text)).toEqual([['Région', 'région', 'regionale']]);
    expect(search('"accès aux droits"', text)).toEqual([['accès aux droits']]);
    expect(search("l'accès", text)).toEqual([['l’accès', 'l’accès']]);
    expect(search('"droits dans"', text)).toEqual([['droits. Dans']]);
    expect(search('"acc* num*"', text)).toEqual([['accès numérique']]);
  });

  it('needs every item in the document, lists every occurrence, and leaves out excluded documents', () => {
    const other = 'Le numérique sans la région.';
    expect(search('région numérique', text, other, 'Rien ici.')).toEqual([['Région', 'région', 'numérique'], ['numérique', 'région'], []]);
    expect(search('région difficile', text, other)).toEqual([['Région', 'région', 'difficile'], []]);
    expect(search('région -difficile', text, other)).toEqual([[], ['région']]);
    expect(search('difficile OU sans', text, other)).toEqual([['difficile'], ['sans']]);
  });

  it('finds NEAR pairs in either order within the distance, as one span', () => {
    // « accès aux droits »: one word between; « accès numérique aux droits »: two.
    expect(search('accès NEAR/1 droits', text)).toEqual([['accès aux droits']]);
    expect(search('accès NEAR/2 droits', text)).toEqual([['accès aux droits', 'accès numérique aux droits']]);
    expect(search('NEAR(droits accès, 2)', text)).toEqual([['accès aux droits', 'accès numérique aux droits']]);
    expect(search('accès NEAR/0 droits', text)).toEqual([[]]);
  });

  it('merges results found twice (by two alternatives, or an overlapping phrase)', () => {
    expect(search('région OU rég*', text)).toEqual([['Région', 'région', 'regionale']]);
    expect(search('"oui oui"', 'oui oui oui, non')).toEqual([['oui oui oui']]);
  });

  it('finds ligatures either way and keeps offsets right after emoji', () => {
    const emoji = 'Mon 👩‍💻 cœur 😅 bat ; le coeur aussi';
    expect(search('coeur', emoji)).toEqual([['cœur', 'coeur']]);
    expect(search('cœur', emoji)).toEqual([['cœur', 'coeur']]);
    expect(search('"cœur bat"', emoji)).toEqual([['cœur 😅 bat']]);
  });

  it('finds nothing for a word no document has', () => {
    expect(search('inconnu', text)).toEqual([[]]);
    expect(search('inconnu OU région', text)).toEqual([['Région', 'région']]);
  });
});

describe('the full-text index expression that narrows a search', () => {
  const expression = (query: string) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.code);
    return ftsExpression(parsed.query);
  };

  it('asks for words, prefixes, phrases and NEAR in the text column', () => {
    expect(expression('région numéri*')).toBe('text : ("region" AND "numeri"*)');
    expect(expression('"accès aux droits"')).toBe('text : ("acces" + "aux" + "droits")');
    expect(expression('accès NEAR/5 droits')).toBe('text : (NEAR("acces" "droits", 5))');
    expect(expression('a OU b')).toBe('text : (("a" OR "b"))');
  });

  it('asks for both spellings of oe and ae, and never narrows on excluded words', () => {
    expect(spellings({ text: 'coeur', prefix: false })).toEqual(['coeur', 'cœur']);
    expect(spellings({ text: 'co', prefix: true })).toEqual(['co', 'cœ']);
    expect(expression('coeur')).toBe('text : (("coeur" OR "cœur"))');
    expect(expression('"sœur aînée"')).toBe('text : ((("soeur" OR "sœur") AND "ainee"))');
    expect(expression('région -euh')).toBe('text : ("region")');
  });
});
