/**
 * IRaMuTeQ's corpus format (the ALCESTE format), as its user manual describes it: each text (« unité
 * de contexte initiale ») opens with a line of four stars followed by starred variables separated by
 * spaces, `**** *var1_1 *var2_2`; a line starting with `-*` inside a text introduces a thematic
 * variable; forms written `_rire_` in the text are read as starred variables too. Hence:
 * - a variable is `*name_value`: no whitespace anywhere (spaces separate variables), no `*`, and the
 *   first `_` separates the name from its value, so the name holds no `_` and the value none either
 *   (IRaMuTeQ groups the modalities of a variable by what precedes the `_`);
 * - accents are kept (IRaMuTeQ reads UTF-8 corpora), every other run of characters that is neither a
 *   letter nor a digit becomes one `-`, trimmed at the ends;
 * - in the text, `*` is removed (no line may open with `****` or `-*`), `_` becomes a space (no
 *   accidental `_form_` variable), line breaks become LF and blank lines are dropped.
 */

/** A variable name or value as IRaMuTeQ accepts it: letters and digits (accents kept) joined by `-`. */
export function iramuteqToken(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a text says when a variable has no value. */
export const missingValue = 'NA';

export interface IramuteqVariable {
  name: string;
  /** Several values (a passage shared by cases that differ) are joined with `-et-`; none gives `NA`. */
  values: readonly (string | null)[];
}

/** `*name_value`, both sanitised; an empty name becomes `variable`. */
export function iramuteqVariable(variable: IramuteqVariable): string {
  const name = iramuteqToken(variable.name) || 'variable';
  const values = [...new Set(variable.values.map((v) => iramuteqToken(v ?? '')).filter((v) => v !== ''))];
  return `*${name}_${values.length === 0 ? missingValue : values.join('-et-')}`;
}

/** Sanitised variable names made unique (`age`, `age2`…), in the order given. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = iramuteqToken(raw) || 'variable';
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** The text of a unit, safe inside a corpus: no `*`, no `_`, LF line ends, no blank line, no trailing spaces. */
export function iramuteqText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*/g, '')
    .replace(/_/g, ' ')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t]+/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export interface IramuteqUnit {
  variables: readonly IramuteqVariable[];
  text: string;
}

/** The whole corpus: for each unit its `****` line and its text, LF line ends, a final LF. Units left empty are skipped. */
export function iramuteqCorpus(units: readonly IramuteqUnit[]): string {
  const out: string[] = [];
  for (const unit of units) {
    const text = iramuteqText(unit.text);
    if (text === '') continue;
    out.push(['****', ...unit.variables.map(iramuteqVariable)].join(' '), text, '');
  }
  return out.join('\n');
}
