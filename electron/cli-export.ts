/**
 * `balise export PROJECT --format csv|xlsx|docx|html|qdpx|qdc --out PATH [--code PATH…]
 * [--where "Attribut=valeur"…] [--separator ,]`: the coded extracts of codes (each with its
 * sub-codes) under conditions, or the whole project (qdpx) or its codebook (qdc), written to PATH
 * without ever leaving a half-written file.
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
}

const formats = [...extractExportFormats, ...projectExportFormats] as readonly string[];

/** Runs the command on the open project, writes the file and returns what to print. */
export async function exportCommand(service: Service, options: ExportOptions): Promise<string> {
  if (!formats.includes(options.format)) throw new CliInputError(`Format inconnu : « ${options.format} ». Choisissez ${formats.join(', ')}.`);
  if (options.separator !== ';' && options.separator !== ',') throw new CliInputError(`Séparateur inconnu : « ${options.separator} ». Choisissez ; ou ,.`);
  let file: ExportedFile;
  if (options.format === 'qdpx' || options.format === 'qdc') {
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
    });
  }
  const target = path.resolve(options.out);
  writeFileAtomically(target, Buffer.from(file.base64, 'base64'));
  const summary = Object.entries(file.summary)
    .map(([what, n]) => `${n.toLocaleString('fr-FR')} ${what}`)
    .join(', ');
  return `Exporté : ${target}${summary ? ` (${summary})` : ''}`;
}
