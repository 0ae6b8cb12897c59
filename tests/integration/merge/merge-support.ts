import path from 'node:path';
import Database from 'better-sqlite3';
import type { Service } from '../../../electron/service';
import { buildQuestionProject, find, type QuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

/** Bruno's part, done in his copy of Alice's project (see `aliceAndBruno`). */
export const inserted = 'Elle ajoute : « le numérique isole les ménages ». ';

export interface Team {
  service: Service;
  folder: string;
  alice: QuestionProject;
  brunoFile: string;
  /** Id of Alice's « Freins/Processus internes », renamed « Organisation interne » by Bruno (same GUID). */
  processusId: number;
  processusGuid: string;
}

/**
 * Alice builds the fixtures project (8 codings, a memo on the interview), saves a copy for Bruno;
 * Bruno opens the copy under his name and, in it:
 * - codes the sheet with « Besoins/Besoin numérique »;
 * - inserts a sentence at the start of Claire's first answer in the interview (his text now
 *   differs from Alice's) and codes: « le numérique isole » (only in his text: cannot be placed
 *   in Alice's), « J'accompagne des ménages » (Besoins/Besoin global), « Une place énorme » (a
 *   code he adds, « Freins/Temps »), and « La direction compte les dossiers » with the code
 *   Alice used on the whole sentence (a conflicting boundary of the same passage);
 * - renames « Freins/Processus internes » into « Freins/Organisation interne »;
 * - writes a memo on the sheet, a memo on « Freins/Temps », a comment on Alice's coding « confiance »;
 * - creates case E99 (Zone 1, linked to the interview) and changes B07-M's zone (a conflict).
 * Then the interview's fingerprint is changed in Bruno's file, as if he had imported a corrected
 * transcript: it can only be matched by name. Alice's project is open again at the end.
 */
export async function aliceAndBruno(): Promise<Team> {
  const { service, folder } = testService();
  await service.call('app:setCoderName', { name: 'Alice' });
  const alice = await buildQuestionProject(service, folder);
  await service.call('memos:save', { kind: 'document', documentId: alice.interview.id, title: 'Sur l’entretien', body: 'Claire insiste sur le temps.' });
  const processusId = alice.codes.get('Freins/Processus internes')!;
  const brunoFile = path.join(folder, 'bruno.balise');
  await service.call('projects:saveCopy', { path: brunoFile });
  await service.call('projects:close', {});

  await service.call('app:setCoderName', { name: 'Bruno' });
  await service.call('projects:open', { path: brunoFile });
  const code = async (codeId: number, documentId: number, text: string, passage: string) =>
    (await service.call('codings:add', { documentId, codeId, ...find(text, passage) })).coding.id;
  await code(alice.codes.get('Besoins/Besoin numérique')!, alice.sheet.id, alice.sheet.text, 'pas de liste à jour des lieux de médiation numérique');

  const before = await service.call('documents:get', { id: alice.interview.id });
  const at = before.text.indexOf('Je suis conseillère habitat');
  const edited = before.text.slice(0, at) + inserted + before.text.slice(at);
  await service.call('documents:editText', { id: alice.interview.id, text: edited, revision: before.revision });
  const ecoute = alice.codes.get('Savoir-faire/Écoute et approfondissement')!;
  await code(ecoute, alice.interview.id, edited, 'le numérique isole');
  await code(alice.codes.get('Besoins/Besoin global')!, alice.interview.id, edited, "J'accompagne des ménages");
  const temps = (await service.call('codebook:create', { parentId: alice.codes.get('Freins')!, name: 'Temps', color: '#c0392b' })).id;
  await code(temps, alice.interview.id, edited, 'Une place énorme');
  await code(processusId, alice.interview.id, edited, 'La direction compte les dossiers');
  await service.call('codebook:update', { id: processusId, name: 'Organisation interne' });

  await service.call('memos:save', { kind: 'document', documentId: alice.sheet.id, title: 'Fiche', body: 'Fiche riche en verbatims.' });
  await service.call('memos:save', { kind: 'code', codeId: temps, title: '', body: 'Le temps manque partout.' });
  await service.call('memos:save', { kind: 'coding', codingId: alice.codings.confiance, title: '', body: 'D’accord avec Alice.' });

  const e99 = (await service.call('cases:create', { name: 'E99', description: 'Cas ajouté par Bruno' })).id;
  const zone = alice.attributes.get('Zone')!;
  await service.call('cases:setValue', { caseId: e99, attributeId: zone, value: 'Zone 1' });
  await service.call('cases:setValue', { caseId: alice.cases.get('B07-M')!, attributeId: zone, value: 'Zone 6' });
  await service.call('cases:linkDocument', { caseId: e99, documentId: alice.interview.id, linked: true });
  await service.call('projects:close', {});

  const db = new Database(brunoFile);
  db.prepare("UPDATE documents SET content_hash = 'transcription-corrigee' WHERE id = ?").run(alice.interview.id);
  const processusGuid = (db.prepare('SELECT guid FROM codes WHERE id = ?').get(processusId) as { guid: string }).guid;
  db.close();

  await service.call('app:setCoderName', { name: 'Alice' });
  await service.call('projects:open', { path: alice.file });
  return { service, folder, alice, brunoFile, processusId, processusGuid };
}

/** Every row of every table that a merge may write, in a stable order (undo must give it back exactly). */
export function tables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const table of ['coders', 'documents', 'document_units', 'codes', 'codings', 'memos', 'cases', 'attributes', 'attribute_values', 'case_links'])
    out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  db.close();
  return out;
}

/** The codings of a document with their code path, coder and passage, read from the file. */
export function codedPassages(file: string, documentId: number) {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM codes WHERE parent_id IS NULL
         UNION ALL SELECT c.id, tree.path || '/' || c.name FROM codes c JOIN tree ON c.parent_id = tree.id)
       SELECT tree.path AS code, r.name AS coder, substr(d.text, k.start + 1, k.end - k.start) AS passage
         FROM codings k JOIN documents d ON d.id = k.document_id JOIN tree ON tree.id = k.code_id LEFT JOIN coders r ON r.id = k.coder_id
        WHERE k.document_id = ? ORDER BY k.start, k.end, tree.path`,
    )
    .all(documentId) as { code: string; coder: string | null; passage: string }[];
  db.close();
  return rows;
}
