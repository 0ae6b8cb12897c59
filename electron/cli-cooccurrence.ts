/**
 * `balise cooccurrence PROJECT [--codes PATH…] [--mode overlap|unit|document|near:N]
 * [--measure count|documents|cases|jaccard|c] [--where "Attribut=valeur"…] [--format csv|json]`:
 * the co-occurrence matrix of codes (definitions: shared/analysis/cooccurrence.ts).
 * A code named by `--codes` counts its sub-codes' codings too; without `--codes`, every code of the
 * codebook is a row of its own codings. JSON lists each unordered pair with a non-zero value once;
 * CSV is the square matrix (`;`, decimal commas), the diagonal giving each code's own count.
 */
import Papa from 'papaparse';
import { cooccurrenceMeasures, pairValue, type CooccurrenceMeasure, type CooccurrenceMode } from '../shared/domain/analysis';
import { CliInputError, codeByPath, whereFilters } from './cli-extracts';
import type { Service } from './service';

export interface CooccurrenceOptions {
  codes: string[];
  /** `overlap`, `unit`, `document` or `near:N`. */
  mode: string;
  measure: string;
  where: string[];
  format: 'csv' | 'json';
}

export interface CliCooccurrence {
  mode: string;
  measure: CooccurrenceMeasure;
  codes: string[];
  pairs: { a: string; b: string; value: number }[];
}

function parseMode(mode: string): { mode: CooccurrenceMode; within: number } {
  const near = /^near:(\d{1,4})$/.exec(mode);
  if (near) return { mode: 'near', within: Number(near[1]) };
  if (mode === 'overlap' || mode === 'unit' || mode === 'document') return { mode, within: 0 };
  throw new CliInputError(`Mode inconnu : « ${mode} ». Choisissez overlap (chevauchement), unit (même unité), document (même document) ou near:N (à N unités près).`);
}

function parseMeasure(measure: string): CooccurrenceMeasure {
  if ((cooccurrenceMeasures as readonly string[]).includes(measure)) return measure as CooccurrenceMeasure;
  throw new CliInputError(`Mesure inconnue : « ${measure} ». Choisissez ${cooccurrenceMeasures.join(', ')}.`);
}

/** Runs the command on the open project and returns what to print. */
export async function cooccurrenceCommand(service: Service, options: CooccurrenceOptions): Promise<string> {
  const { mode, within } = parseMode(options.mode);
  const measure = parseMeasure(options.measure);
  const codebook = await service.call('codebook:list', {});
  const chosen = options.codes.length > 0 ? options.codes.map((path) => codeByPath(codebook, path)) : codebook;
  if (chosen.length === 0) throw new CliInputError('Le codebook est vide : aucun code à croiser.');
  const filters = whereFilters(await service.call('extracts:facets', {}), options.where);
  const matrix = await service.call('analysis:cooccurrence', {
    codeIds: chosen.map((c) => c.id),
    withChildren: options.codes.length > 0,
    mode,
    within,
    filters,
  });
  const pathOf = new Map(matrix.codes.map((c) => [c.codeId, c.path]));
  const result: CliCooccurrence = {
    mode: options.mode,
    measure,
    codes: matrix.codes.map((c) => c.path),
    pairs: matrix.pairs.map((p) => ({ a: pathOf.get(p.a)!, b: pathOf.get(p.b)!, value: pairValue(p, measure) })).filter((p) => p.value !== 0),
  };
  if (options.format === 'json') return JSON.stringify(result, null, 2);

  const index = new Map(matrix.codes.map((c, i) => [c.codeId, i]));
  const cells: (number | null)[][] = matrix.codes.map(() => matrix.codes.map(() => 0));
  const own: Record<'count' | 'documents' | 'cases', 'passages' | 'documents' | 'cases'> = { count: 'passages', documents: 'documents', cases: 'cases' };
  matrix.codes.forEach((code, i) => (cells[i]![i] = measure in own ? code[own[measure as keyof typeof own]] : null));
  for (const pair of matrix.pairs) {
    const value = pairValue(pair, measure);
    cells[index.get(pair.a)!]![index.get(pair.b)!] = value;
    cells[index.get(pair.b)!]![index.get(pair.a)!] = value;
  }
  const french = (value: number | null) => (value === null ? '' : Number.isInteger(value) ? String(value) : value.toFixed(4).replace('.', ','));
  return Papa.unparse(
    { fields: ['Code', ...result.codes], data: matrix.codes.map((code, i) => [code.path, ...cells[i]!.map(french)]) },
    { delimiter: ';', newline: '\n' },
  );
}
