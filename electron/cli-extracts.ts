/**
 * `balise extracts PROJECT --code PATH… [--where "Attribut=valeur"…] [--format csv|json]`: the coded
 * extracts of codes (each with its sub-codes; several codes are alternatives) under conditions.
 * A condition names a case attribute, or a structure field (locuteur, colonne, bloc, question,
 * grille); conditions on different names must all hold, several values of one name are alternatives.
 * Offsets are UTF-16 code units with an exclusive end, as everywhere in Balise.
 */
import Papa from 'papaparse';
import type { AttributeCondition, CodeQuery, Extract, ExtractFacets, ExtractFilters, StructureCondition } from '../shared/domain/extract';
import type { StructureField } from '../shared/domain/structure';
import { foldForSearch } from '../shared/text/fold';
import type { Service } from './service';

/** Names a condition may use for a structure field, in French and in English. */
const structureNames: Record<string, StructureField> = {
  locuteur: 'speaker',
  locutrice: 'speaker',
  speaker: 'speaker',
  colonne: 'column',
  column: 'column',
  bloc: 'block',
  block: 'block',
  question: 'prompt',
  prompt: 'prompt',
  grille: 'grid',
  grid: 'grid',
};

export class CliInputError extends Error {}

export interface ExtractsOptions {
  codes: string[];
  where: string[];
  format: 'csv' | 'json';
}

/** One extract as the CLI prints it: code paths joined by `/`, case names, structure labels. */
export interface CliExtract {
  code: string;
  document: string;
  start: number;
  end: number;
  text: string;
  case: string | null;
  cases: { name: string; attributes: Record<string, string | null> }[];
  structure: Extract['structure'];
  coder: string | null;
  codedAt: string | null;
  comment: string | null;
  keyQuote: boolean;
}

function toCli(extract: Extract): CliExtract {
  return {
    code: extract.codes.map((c) => c.path).join(' + '),
    document: extract.documentName,
    start: extract.start,
    end: extract.end,
    text: extract.text,
    case: extract.cases.length ? extract.cases.map((c) => c.name).join(', ') : null,
    cases: extract.cases.map(({ name, attributes }) => ({ name, attributes })),
    structure: extract.structure,
    coder: extract.coder?.name ?? null,
    codedAt: extract.codedAt,
    comment: extract.comment,
    keyQuote: extract.keyQuote,
  };
}

function toCsv(extracts: CliExtract[], attributeNames: string[]): string {
  const fields = ['code', 'document', 'case', 'start', 'end', 'text', 'grid', 'block', 'prompt', 'column', 'speaker', 'time', 'coder', 'codedAt', 'comment', 'keyQuote', ...attributeNames];
  const rows = extracts.map((e) => {
    const firstCase = e.cases[0]?.attributes ?? {};
    return [
      e.code,
      e.document,
      e.case ?? '',
      e.start,
      e.end,
      e.text,
      e.structure.grid ?? '',
      e.structure.block ?? '',
      e.structure.prompt ?? '',
      e.structure.column ?? '',
      e.structure.speaker ?? '',
      e.structure.time ?? '',
      e.coder ?? '',
      e.codedAt ?? '',
      e.comment ?? '',
      e.keyQuote ? 'oui' : '',
      // Attributes of the passage's cases: one value when they agree, all of them otherwise.
      ...attributeNames.map((name) => [...new Set(e.cases.map((c) => c.attributes[name] ?? ''))].filter(Boolean).join(' | ') || (firstCase[name] ?? '')),
    ];
  });
  // `;` as French spreadsheets expect; papaparse quotes cells holding it, quotes or line breaks.
  return Papa.unparse({ fields, data: rows }, { delimiter: ';', newline: '\n' });
}

/** The filters of `--where "Nom=valeur"` conditions: case attributes or structure fields (French messages for mistakes). */
export function whereFilters(facets: ExtractFacets, where: readonly string[]): ExtractFilters {
  const attributes = new Map<number, AttributeCondition>();
  const structure = new Map<StructureField, StructureCondition>();
  for (const condition of where) {
    const at = condition.indexOf('=');
    if (at <= 0) throw new CliInputError(`Condition mal formée : « ${condition} ». Écrivez Attribut=valeur, par exemple « Zone=Zone 5 ».`);
    const name = condition.slice(0, at).trim();
    const value = condition.slice(at + 1).trim();
    const attribute = facets.attributes.find((a) => foldForSearch(a.name) === foldForSearch(name));
    const field = structureNames[foldForSearch(name)];
    if (attribute) {
      const entry = attributes.get(attribute.id) ?? { attributeId: attribute.id, values: [] };
      entry.values.push(value);
      attributes.set(attribute.id, entry);
    } else if (field) {
      const entry = structure.get(field) ?? { field, values: [] };
      entry.values.push(value);
      structure.set(field, entry);
    } else {
      const known = facets.attributes.map((a) => a.name).join(', ') || 'aucun';
      throw new CliInputError(`« ${name} » n’est ni un attribut des cas (${known}) ni un champ de structure (locuteur, colonne, bloc, question, grille).`);
    }
  }
  return { ...(attributes.size ? { attributes: [...attributes.values()] } : {}), ...(structure.size ? { structure: [...structure.values()] } : {}) };
}

/** The code of a path written `Famille/Code` (accents, case and spaces around `/` ignored). */
export function codeByPath<C extends { path: string }>(codes: readonly C[], path: string): C {
  const byPath = new Map(codes.map((c) => [foldForSearch(c.path), c]));
  const code = byPath.get(foldForSearch(path.replace(/\s*\/\s*/g, '/').replace(/^\/|\/$/g, '')));
  if (!code) throw new CliInputError(`Code introuvable : « ${path} ». Les chemins s’écrivent Famille/Code, par exemple « Freins/Liés aux publics ».`);
  return code;
}

/** Runs the command on the open project and returns what to print. */
export async function extractsCommand(service: Service, options: ExtractsOptions): Promise<string> {
  const codes = await service.call('codebook:list', {});
  const leaves: CodeQuery[] = options.codes.map((path) => ({ op: 'code', codeId: codeByPath(codes, path).id, withChildren: true }));
  const query: CodeQuery = leaves.length === 1 ? leaves[0]! : { op: 'or', items: leaves };

  const facets = await service.call('extracts:facets', {});
  const filters = whereFilters(facets, options.where);
  const result = await service.call('extracts:list', {
    query,
    filters,
    limit: 100_000,
  });
  const extracts = result.extracts.map(toCli);
  return options.format === 'json' ? JSON.stringify(extracts, null, 2) : toCsv(extracts, facets.attributes.map((a) => a.name));
}
