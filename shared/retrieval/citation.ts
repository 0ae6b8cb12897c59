import type { Extract } from '../domain/extract';

/** What a citation needs of an extract. */
export type CitedExtract = Pick<Extract, 'text' | 'documentName' | 'cases' | 'structure'>;

const NBSP = '\u00a0';

/**
 * Where a passage comes from, as a report cites it: document, cases, then the place in the
 * document (block › question of an observation grid, else the speaker, else the section heading)
 * and the time of the turn. Empty parts are left out.
 */
export function citationSource(extract: CitedExtract): string[] {
  const { structure } = extract;
  const place = [structure.block, structure.prompt].filter(nonEmpty).join(' › ') || structure.speaker || structure.heading;
  const cases = extract.cases.map((c) => c.name).filter(nonEmpty).join(', ');
  return [extract.documentName, cases, place, structure.time].map((part) => part?.trim() ?? '').filter(nonEmpty);
}

/**
 * The passage between quotation marks, followed by its source in parentheses:
 * `« texte » (Document, Cas, bloc › question ou locuteur, hh:mm:ss)`. Line breaks inside the
 * passage become « / », runs of spaces one space; quotation marks inside the passage become the
 * inner ones of the language (“ ” in French, ‘ ’ in English) so the quotation stays readable.
 */
export function citationText(extract: CitedExtract, lang: 'fr' | 'en' = 'fr'): string {
  const text = flatten(extract.text);
  const quoted = lang === 'fr' ? `«${NBSP}${innerFrench(text)}${NBSP}»` : `“${innerEnglish(text)}”`;
  const source = citationSource(extract);
  return source.length > 0 ? `${quoted} (${source.join(', ')})` : quoted;
}

function flatten(text: string): string {
  return text
    .trim()
    .split(/\s*(?:\r\n|\r|\n)+\s*/)
    .map((line) => line.replace(/[ \t\u00a0\u202f]+/g, (spaces) => (/[\u00a0\u202f]/.test(spaces) ? spaces[0]! : ' ')))
    .join(' / ');
}

function innerFrench(text: string): string {
  return text.replace(/«[\s\u00a0\u202f]*/g, '“').replace(/[\s\u00a0\u202f]*»/g, '”');
}

function innerEnglish(text: string): string {
  return text
    .replace(/«[\s\u00a0\u202f]*/g, '‘')
    .replace(/[\s\u00a0\u202f]*»/g, '’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
