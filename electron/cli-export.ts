/**
 * `balise export PROJECT --format csv|xlsx|docx|html|qdpx|qdc|iramuteq|codematrix|codematrix-documents|codebook-csv|codebook-docx
 * --out PATH [--code PATH…] [--where "Attribut=valeur"…] [--separator ,] [--title T]`: the coded extracts of
 * codes (each with its sub-codes) under conditions, the whole project (qdpx) or its codebook (qdc),
 * the corpus for IRaMuTeQ (every document, or the passages of the `--code`s, with every case
 * attribute as a variable), the 0/1 matrix of codes by case (or by document) and the codebook as CSV
 * or Word, written to PATH without ever leaving a half-written file.
 */
import path from 'node:path';
import { extractExportFormats, projectExportFormats, type ExportedFile } from '../shared/contract/exports';
import type { CodeQuery } from '../shared/domain/extract';
import { CliInputError, codeByPath, whereFilters } from './cli-extracts';
import { writeFileAtomically } from './export-file';
import type { Service } from './service';

export interface ExportOptions {
  format: string;
  out: string;
  codes: string[];
  where: string[];
  separator: string;
  /** DOCX and HTML: the heading of the file (default « Extraits codés »). */
  title?: string;
}

const statisticsFormats = ['iramuteq', 'codematrix', 'codematrix-documents', 'codebook-csv', 'codebook-docx'] as const;
const formats = [...extractExportFormats, ...projectExportFormats, ...statisticsFormats] as readonly string[];

/** The exports for text statistics, R or SPSS, and the codebook files. */
async function statisticsExport(service: Service, options: ExportOptions): Promise<ExportedFile> {
  if (options.format === 'codebook-csv' || options.format === 'codebook-docx') return service.call('exports:codebook', { format: options.format === 'codebook-csv' ? 'csv' : 'docx' });
  const codebook = await service.call('codebook:list', {});
  const codeIds = options.codes.length > 0 ? options.codes.map((p) => codeByPath(codebook, p).id) : undefined;
  const facets = await service.call('extracts:facets', {});
  const filters = whereFilters(facets, options.where);
  if (options.format === 'iramuteq') {
    return service.call('exports:iramuteq', { codeIds, withChildren: true, attributeIds: facets.attributes.map((a) => a.id).slice(0, 50), filters });
  }
  return service.call('exports:codeMatrix', {
    by: options.format === 'codematrix' ? 'case' : 'document',
    codeIds,
    withChildren: true,
    separator: options.separator as ';' | ',',
    filters,
  });
}

/** Runs the command on the open project, writes the file and returns what to print. */
export async function exportCommand(service: Service, options: ExportOptions): Promise<string> {
  if (!formats.includes(options.format)) throw new CliInputError(`Format inconnu : « ${options.format} ». Choisissez ${formats.join(', ')}.`);
  if (options.separator !== ';' && options.separator !== ',') throw new CliInputError(`Séparateur inconnu : « ${options.separator} ». Choisissez ; ou ,.`);
  let file: ExportedFile;
  if ((statisticsFormats as readonly string[]).includes(options.format)) {
    file = await statisticsExport(service, options);
  } else if (options.format === 'qdpx' || options.format === 'qdc') {
    file = await service.call('exports:project', { format: options.format });
  } else {
    const codebook = await service.call('codebook:list', {});
    const leaves: CodeQuery[] = (options.codes.length > 0 ? options.codes.map((p) => codeByPath(codebook, p)) : codebook.filter((c) => c.parentId === null)).map((c) => ({
      op: 'code',
      codeId: c.id,
      withChildren: true,
    }));
    if (leaves.length === 0) throw new CliInputError('Le codebook est vide : aucun extrait à exporter.');
    const query: CodeQuery = leaves.length === 1 ? leaves[0]! : { op: 'or', items: leaves };
    const filters = whereFilters(await service.call('extracts:facets', {}), options.where);
    file = await service.call('exports:extracts', {
      query,
      filters,
      format: options.format as (typeof extractExportFormats)[number],
      separator: options.separator,
      ...(options.title?.trim() ? { title: options.title.trim() } : {}),
    });
  }
  const target = path.resolve(options.out);
  writeFileAtomically(target, Buffer.from(file.base64, 'base64'));
  const summary = Object.entries(file.summary)
    .map(([what, n]) => `${n.toLocaleString('fr-FR')} ${what}`)
    .join(', ');
  return `Exporté : ${target}${summary ? ` (${summary})` : ''}`;
}
