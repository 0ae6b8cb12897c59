import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportedFile, ProjectExportFormat } from '../../../shared/contract/exports';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { refiCodes, refiProject } from '../../db/repositories/refi';
import { chosenCodes, writeCodes } from './refi-codebook';
import { buildRefiProject } from './refi-project';
import { xmlWriter } from './refi-xml';
import { silentProgress, type ExportProgress } from '../export-job';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const CODEBOOK_SCHEMA = 'http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd';

/** A file name from the project's name, without the characters file systems refuse. */
function fileBase(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '-').trim() || 'projet';
}

/** The codebook alone as REFI-QDA (`Codebook.xsd`), with the chosen codes or all of them. */
export function buildRefiCodebook(db: Db, codeIds: readonly number[] | undefined): { xml: string; codes: number } {
  const project = refiProject(db);
  const codes = chosenCodes(refiCodes(db), codeIds);
  if (codes.length === 0) throw new BaliseError('INVALID_INPUT', { details: 'le codebook est vide, un codebook REFI-QDA doit contenir au moins un code' });
  const xml = xmlWriter(CODEBOOK_NAMESPACE, 'CodeBook', CODEBOOK_SCHEMA);
  xml.root.setAttribute('origin', 'Balise');
  // The schema requires `Codes` with at least one `Code`: an empty codebook cannot be written.
  writeCodes(xml, xml.root, codes, { seed: project.createdAt ?? project.name });
  return { xml: xml.serialize(), codes: codes.length };
}

/**
 * The project as REFI-QDA (`.qdpx`: `project.qde` and `sources/<GUID>.txt`, UTF-8 without BOM,
 * positions in code points), or its codebook (`.qdc`).
 */
export async function exportProject(
  db: Db,
  format: ProjectExportFormat,
  codeIds: readonly number[] | undefined,
  progress: ExportProgress = silentProgress,
): Promise<ExportedFile> {
  await progress.step('write', 0, 1);
  if (format === 'qdc') return codebookFile(db, codeIds);
  const project = buildRefiProject(db, codeIds);
  await progress.step('compress', 0, 1);
  const file = projectFile(db, project);
  await progress.step('compress', 1, 1);
  return file;
}

function codebookFile(db: Db, codeIds: readonly number[] | undefined): ExportedFile {
  const codebook = buildRefiCodebook(db, codeIds);
  return { fileName: `${fileBase(refiProject(db).name)}.qdc`, base64: Buffer.from(codebook.xml, 'utf8').toString('base64'), summary: { codes: codebook.codes } };
}

function projectFile(db: Db, project: ReturnType<typeof buildRefiProject>): ExportedFile {
  // Flat entry names (`sources/<GUID>.txt`), without a folder entry.
  const entries: Zippable = { 'project.qde': strToU8(project.qde) };
  for (const [path, text] of project.sources) entries[path] = strToU8(text);
  const { counts } = project;
  return {
    fileName: `${fileBase(refiProject(db).name)}.qdpx`,
    base64: Buffer.from(zipSync(entries, { level: 6 })).toString('base64'),
    summary: { documents: counts.documents, codes: counts.codes, codages: counts.codings, cas: counts.cases, mémos: counts.notes },
  };
}
