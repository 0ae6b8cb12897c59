import type { AttributeType } from '../../../shared/domain/case';

/** REFI-QDA values read as Balise's: GUIDs, descriptions with criteria, colours, variable types, French counts. */

export const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const INCLUSION = "\n\nCritères d'inclusion : ";
const EXCLUSION = "\n\nCritères d'exclusion : ";

/** Balise's description and criteria from a REFI-QDA description (the export writes the criteria after it). */
export function splitDescription(text: string): { description: string; inclusion: string; exclusion: string } {
  let rest = `\n\n${text.trim()}`;
  let exclusion = '';
  let inclusion = '';
  const ex = rest.lastIndexOf(EXCLUSION);
  if (ex >= 0) [rest, exclusion] = [rest.slice(0, ex), rest.slice(ex + EXCLUSION.length)];
  const inc = rest.lastIndexOf(INCLUSION);
  if (inc >= 0) [rest, inclusion] = [rest.slice(0, inc), rest.slice(inc + INCLUSION.length)];
  return { description: rest.slice(2).trim(), inclusion: inclusion.trim(), exclusion: exclusion.trim() };
}

/** `#RGB` or `#RRGGBB` as Balise's `#rrggbb`, or null. */
export function hexColor(value: string | null): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return `#${hex.toLowerCase()}`;
}

export function variableType(typeOfVariable: string | null): AttributeType {
  if (typeOfVariable === 'Integer' || typeOfVariable === 'Float') return 'number';
  if (typeOfVariable === 'Date') return 'date';
  return 'text';
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('fr-FR')} ${count < 2 ? one : many}`;
}
