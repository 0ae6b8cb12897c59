import type { Operand, ParsedQuery, Phrase, WordPattern } from './query';

/**
 * The SQLite FTS5 expression that narrows a search to the documents that may match, before the
 * exact results are found word by word (match.ts). It must never leave out a document the query
 * matches, so where FTS5 reads text differently it asks for more, never less:
 * - FTS5 (unicode61, remove_diacritics 2) folds case and accents like Balise but keeps œ and æ:
 *   a word with « oe » or « ae » is asked in each spelling (coeur OR cœur);
 * - a phrase or a NEAR whose words have several spellings is asked as its words, in any order;
 * - excluded items are left to match.ts.
 * Returns null when nothing narrows (then every document is a candidate).
 */

/** More spellings than this and the word does not narrow. */
const MAX_VARIANTS = 16;

const quote = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** Spellings of a folded word in the index: each « oe », « ae » may be a ligature there. */
export function spellings(word: WordPattern): string[] | null {
  let variants = [''];
  const text = word.text;
  for (let i = 0; i < text.length; i += 1) {
    const pair = text.slice(i, i + 2);
    const ligature = pair === 'oe' ? 'œ' : pair === 'ae' ? 'æ' : null;
    // A prefix ending in o or a may stop inside a ligature: « co* » finds « cœur ».
    const cut = word.prefix && i === text.length - 1 && (text[i] === 'o' || text[i] === 'a') ? (text[i] === 'o' ? 'œ' : 'æ') : null;
    if (ligature) {
      variants = variants.flatMap((v) => [v + pair, v + ligature]);
      i += 1;
    } else if (cut) {
      variants = variants.flatMap((v) => [v + text[i]!, v + cut]);
    } else {
      variants = variants.map((v) => v + text[i]!);
    }
    if (variants.length > MAX_VARIANTS) return null;
  }
  return variants;
}

function wordExpression(word: WordPattern): string | null {
  const variants = spellings(word);
  if (!variants) return null;
  const terms = variants.map((v) => quote(v) + (word.prefix ? '*' : ''));
  return terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`;
}

/** A phrase as an FTS5 phrase (`"a" + "b"*`) when each word has one spelling, else its words ANDed. */
function phraseExpression(phrase: Phrase): { exact: string | null; loose: string | null } {
  const single = phrase.words.every((w) => spellings(w)?.length === 1);
  if (single) {
    const exact = phrase.words.map((w) => quote(w.text) + (w.prefix ? '*' : '')).join(' + ');
    return { exact, loose: exact };
  }
  const parts = phrase.words.map(wordExpression).filter((p): p is string => p !== null);
  return { exact: null, loose: parts.length === 0 ? null : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})` };
}

function operandExpression(operand: Operand): string | null {
  if (operand.kind === 'phrase') return phraseExpression(operand.phrase).loose;
  const a = phraseExpression(operand.a);
  const b = phraseExpression(operand.b);
  if (a.exact && b.exact) return `NEAR(${a.exact} ${b.exact}, ${operand.distance})`;
  const parts = [a.loose, b.loose].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}

/** The narrowing expression over the `text` column, or null. */
export function ftsExpression(query: ParsedQuery): string | null {
  const items: string[] = [];
  for (const item of query.items) {
    if (item.exclude) continue;
    const options = item.options.map(operandExpression);
    // One alternative that cannot be narrowed makes the whole item unnarrowable.
    if (options.some((o) => o === null)) continue;
    items.push(options.length === 1 ? options[0]! : `(${options.join(' OR ')})`);
  }
  if (items.length === 0) return null;
  return `text : (${items.join(' AND ')})`;
}
