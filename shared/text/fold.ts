/** Lower case, accents and other diacritics removed: « Écoute » and « ecoute » fold the same. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('fr');
}

/** True when every word of the query occurs, folded, in one of the texts. An empty query matches all. */
export function matchesFolded(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter((t): t is string => typeof t === 'string').map(foldForSearch).join('\n');
  return words.every((word) => haystack.includes(word));
}
