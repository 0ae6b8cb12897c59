import { fra } from 'stopword';
import { foldedWords } from './fold';

/**
 * French stop words for the word-frequency list: the French list of the `stopword` package
 * (Snowball's), plus the words of spoken French that fill transcripts and that list lacks (fillers,
 * « ça », « alors », « donc »…). Kept folded, as the frequency list compares them.
 */
const SPOKEN = [
  'ça', 'euh', 'heu', 'hum', 'ben', 'bah', 'bon', 'hein', 'voilà', 'quoi', 'genre', 'alors', 'donc', 'car', 'ni', 'or', 'si',
  'comme', 'quand', 'puis', 'là', 'ici', 'tout', 'tous', 'toute', 'toutes', 'très', 'plus', 'moins', 'aussi', 'bien', 'dont',
  'ceux', 'celle', 'celles', 'celui', 'est-ce', 'chez', 'vers', 'sous', 'entre', 'après', 'avant', 'déjà',
  'encore', 'fait', 'faire', 'dit', 'peu', 'trop', 'oui', 'non', "d'accord", 'ok', 'okay',
];

let folded: Set<string> | null = null;

/** The stop words, folded (« été » → « ete »); elided forms (l’, d’, qu’) are words of their own. */
export function frenchStopWords(): ReadonlySet<string> {
  folded ??= new Set([...fra, ...SPOKEN].flatMap((word) => foldedWords(word)));
  return folded;
}
