/**
 * `balise export PROJECT --format csv|xlsx|docx|html|qdpx|qdc|iramuteq|codematrix|codematrix-documents|codebook-csv|codebook-docx
 * --out PATH [--code PATH…] [--where "Attribut=valeur"…] [--separator ,] [--title T]`: the coded extracts of
 * codes (each with its sub-codes) under conditions, the whole project (qdpx) or its codebook (qdc),
 * the corpus for IRaMuTeQ (every document, or the passages of the `--code`s, with every case
 * attribute as a variable), the 0/1 matrix of codes by case (or by document) and the codebook as CSV
 * or Word, written to PATH without ever leaving a half-written file. `--format report --family PATH
 * [--by ATTRIBUT] [--charts matrix,crosstab,map] [--title T]`: the synthesis report of a code family.
 */
import path from 'node:path';
import { extractExportFormats, projectExportFormats, type ExportedFile } from '../shared/contract/exports';
import type { CodeQuery } from '../shared/domain/extract';
import { reportCharts, type ReportChart } from '../shared/domain/report';
import { foldForSearch } from '../shared/text/fold';
import { CliInputError, codeByPath, whereFilters } from './cli-extracts';
import { writeFileAtomically } from './export-file';
import type { Service } from './service';

export interface ExportOptions {
  format: string;
  out: string;
  codes: string[];
  where: string[];
  separator: string;
  /** Synthesis report: the family's path, the attribute of the counts by value, the charts. */
  family?: string;
  by?: string;
  charts?: string;
  /** DOCX, HTML and the report: the heading of the file. */
  title?: string;
}

const statisticsFormats = ['iramuteq', 'codematrix', 'codematrix-documents', 'codebook-csv', 'codebook-docx'] as const;
const formats = [...extractExportFormats, ...projectExportFormats, ...statisticsFormats, 'report'] as readonly string[];

/** The synthesis report of `--family`, counted by `--by`, with the `--charts`, under the `--where` conditions. */
async function reportExport(service: Service, options: ExportOptions): Promise<ExportedFile> {
  if (!options.family) throw new CliInputError('Le rapport de synthèse demande une famille de codes : --family Famille, par exemple « --family Freins ».');
  const family = codeByPath(await service.call('codebook:list', {}), options.family);
  const facets = await service.call('extracts:facets', {});
  let attributeId: number | undefined;
  if (options.by !== undefined) {
    const attribute = facets.attributes.find((a) => foldForSearch(a.name) === foldForSearch(options.by!.trim()));
    if (!attribute) throw new CliInputError(`Attribut inconnu : « ${options.by} ». Attributs des cas : ${facets.attributes.map((a) => a.name).join(', ') || 'aucun'}.`);
    attributeId = attribute.id;
  }
  const charts = (options.charts ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknown = charts.find((c) => !(reportCharts as readonly string[]).includes(c));
  if (unknown !== undefined) throw new CliInputError(`Graphique inconnu : « ${unknown} ». Choisissez parmi ${reportCharts.join(', ')}.`);
  if (charts.includes('crosstab') && attributeId === undefined) throw new CliInputError('Le graphique crosstab demande un attribut : ajoutez --by Attribut.');
  return service.call('exports:report', {
    familyId: family.id,
    attributeId,
    charts: charts as ReportChart[],
    ...(options.title?.trim() ? { title: options.title.trim() } : {}),
    filters: whereFilters(facets, options.where),
  });
}

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
  if (options.format === 'report') {
    file = await reportExport(service, options);
  } else if ((statisticsFormats as readonly string[]).includes(options.format)) {
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
