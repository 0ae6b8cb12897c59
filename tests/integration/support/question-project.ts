import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Service } from '../../../electron/service';

export const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');
const read64 = (name: string) => fs.readFileSync(path.join(fixtures, name)).toString('base64');

/**
 * The analysts' question on real fixture files: the day-2 observation sheet of binôme B07
 * (Missions locales, zone 5) and the interview of case E03 (zone 4), the case table `cas.csv`,
 * and a handful of codings whose text is known. The sheet belongs to both B07-M (the mediator)
 * and B07-P (the professional); in its debrief, the « Retour du médiateur numérique » column
 * belongs to B07-M only and the « Retour du professionnel » column to B07-P only.
 */
export interface QuestionProject {
  file: string;
  sheet: { id: number; text: string };
  interview: { id: number; text: string };
  codes: Map<string, number>;
  cases: Map<string, number>;
  attributes: Map<string, number>;
  /** Coding ids by the name used below. */
  codings: Record<'proAgenda' | 'medOutiller' | 'publics' | 'ressources' | 'direction' | 'confiance' | 'manqueTemps' | 'faireAvec', number>;
}

async function importFixture(service: Service, name: string): Promise<{ id: number; text: string }> {
  const outcome = await service.call('imports:upload', { fileName: name, data: read64(name) });
  if (outcome.status !== 'imported') throw new Error(`${name}: ${outcome.status}`);
  const doc = await service.call('documents:get', { id: outcome.documentId! });
  return { id: doc.id, text: doc.text };
}

/** Offsets of `passage` in `text`, which must hold it exactly once. */
export function find(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0 || text.indexOf(passage, start + 1) >= 0) throw new Error(`« ${passage} » must occur exactly once`);
  return { start, end: start + passage.length };
}

export async function buildQuestionProject(service: Service, folder: string): Promise<QuestionProject> {
  const file = path.join(folder, 'question.balise');
  await service.call('projects:create', { path: file, template: 'stess' });
  const sheet = await importFixture(service, 'fiche-observation-j2-mission-locale.docx');
  const interview = await importFixture(service, 'entretien-conseillere-logement.docx');
  await service.call('cases:importTable', { fileName: 'cas.csv', data: read64('cas.csv'), keyColumn: 'Cas' });
  const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.path, c.id]));
  const caseList = await service.call('cases:list', {});
  const cases = new Map(caseList.map((c) => [c.name, c.id]));

  for (const name of ['B07-M', 'B07-P']) await service.call('cases:linkDocument', { caseId: cases.get(name)!, documentId: sheet.id, linked: true });
  await service.call('cases:linkDocument', { caseId: cases.get('E03')!, documentId: interview.id, linked: true });
  // Links to a column of the grid (named parts, migration 5), written as the case table writes them.
  const db = new Database(file);
  const link = db.prepare("INSERT INTO case_links (case_id, document_id, part_field, part_value) VALUES (?, ?, 'column', ?)");
  link.run(cases.get('B07-M')!, sheet.id, 'Retour du médiateur numérique');
  link.run(cases.get('B07-P')!, sheet.id, 'Retour du professionnel');
  const attributes = new Map((db.prepare('SELECT id, name FROM attributes').all() as { id: number; name: string }[]).map((a) => [a.name, a.id]));
  db.close();

  const code = async (codePath: string, doc: { id: number; text: string }, passage: string) =>
    (await service.call('codings:add', { documentId: doc.id, codeId: codes.get(codePath)!, ...find(doc.text, passage) })).coding.id;
  const codings = {
    publics: await code('Freins/Liés aux publics', sheet, "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne."),
    manqueTemps: await code('Freins/Posture ou compétence', sheet, 'elle dit manquer de temps pour laisser le jeune faire seul'),
    faireAvec: await code('Savoir-faire/Mise en capacité', sheet, '« faire avec » ; elle dit manquer de temps'),
    ressources: await code("Freins/Manque de ressources ou d'information", sheet, 'pas de fiche pratique à donner, pas de liste à jour des lieux de médiation numérique.'),
    confiance: await code('Savoir-faire/Accueil et confiance', sheet, "Que la relation de confiance se construit avant même d'allumer l'ordinateur."),
    proAgenda: await code('Freins/Posture ou compétence', sheet, "Je fais souvent à la place des jeunes parce que l'agenda est plein."),
    medOutiller: await code('Freins/Processus internes', sheet, 'Comment outiller les conseillers sans leur ajouter une mission de plus ?'),
    direction: await code('Freins/Processus internes', interview, 'La direction compte les dossiers, pas le temps passé.'),
  };
  return { file, sheet, interview, codes, cases, attributes, codings };
}
