import type { PseudonymKind } from '../domain/pseudonym';

/**
 * The identifying strings found by their shape: e-mail addresses, French phone numbers, postal
 * addresses, dates of birth. Each match is taken whole as the original to replace.
 */

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 0612345678, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033 6… */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)33[\s.]?(?:\(0\)[\s.]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?![\p{L}\p{N}])/gu;

function anyCase(word: string): string {
  return [...word].map((ch) => (/\p{L}/u.test(ch) ? `[${ch.toLocaleLowerCase('fr')}${ch.toLocaleUpperCase('fr')}]` : ch.replace('.', '\\.'))).join('');
}

const STREET_TYPES = ['rue', 'avenue', 'av.', 'boulevard', 'bd', 'bld', 'chemin', 'allée', 'allées', 'place', 'impasse', 'quai', 'route', 'cours', 'square', 'passage', 'voie', 'cité', 'résidence', 'sentier', 'rond-point', 'faubourg', 'hameau', 'lotissement', 'villa', 'parvis'];
const NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{M}'’-]*";
const PARTICLE = "(?:de|du|des|la|le|les|l'|l’|d'|d’|au|aux|à|et|sous|sur)";
/** Words of a street's name: capitalised words, with particles between them. */
const STREET_NAME = `(?:${PARTICLE}\\s*)*${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s*)*${NAME_WORD})*`;
const POSTAL_CITY = `\\d{5}\\s+${NAME_WORD}(?:[\\s-]+(?:${PARTICLE}[\\s-]*)*${NAME_WORD})*`;
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|[A-D]))?,?\\s+(?:${STREET_TYPES.map(anyCase).join('|')})\\s+${STREET_NAME}(?:,?\\s+${POSTAL_CITY})?`,
  'gu',
);
const POSTAL_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])${POSTAL_CITY}`, 'gu');

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const DATE = `(?:\\d{1,2}(?:er)?[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+\\d{4})`;
const BIRTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[nN]é(?:e|\\(e\\))?s?\\s+(?:le\\s+${DATE}|en\\s+\\d{4})|[dD]ate\\s+de\\s+naissance\\s*:?\\s*${DATE})(?![\\p{L}\\p{N}])`,
  'gu',
);

export interface PatternMatch {
  kind: PseudonymKind;
  start: number;
  end: number;
  text: string;
}

/** Every pattern match of a text; where two overlap (an address and its postal code), the first longest wins. */
export function findPatterns(text: string): PatternMatch[] {
  const all: PatternMatch[] = [];
  const collect = (regex: RegExp, kind: PseudonymKind) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) all.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0].trim() });
  };
  collect(EMAIL, 'email');
  collect(PHONE, 'phone');
  collect(ADDRESS, 'address');
  collect(POSTAL_ALONE, 'address');
  collect(BIRTH, 'birthdate');
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PatternMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
