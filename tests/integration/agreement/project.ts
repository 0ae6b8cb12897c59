/**
 * A two- (or three-) coder project on a real fixture: the interview of a periscolaire animator
 * (`entretien-animatrice-periscolaire.txt`, 700 UTF-16 units, Windows-1252 on disk). Its units are
 * the title paragraph [0,70) and six turns: [72,116) [118,261) [263,315) [317,512) [514,543) [545,700).
 *
 * Each coder opens the project under their name (the app setting `coderName`), codes through the
 * service, and closes it, as on their own machine:
 * - Alice: « Liés aux publics » on « beaucoup de parents n'arrivent pas à s'y connecter » [164,214)
 *   (50 characters, turn 3); « Posture ou compétence » on « Je sais faire les inscriptions, mais
 *   pas modifier une réservation déjà payée. » [365,442) (77, turn 5).
 * - Bruno: « Liés aux publics » on the same words up to the end of the turn, « …, alors ils passent
 *   au bureau ou ils appellent. » [164,261) (97); « Posture ou compétence » on « Moyennement. »
 *   [317,329) (12, turn 5); « Manque de ressources » on « Un guide très simple, avec des
 *   captures d'écran » [545,592) (47, turn 7).
 * - Clara (three-coder tests): « Liés aux publics » like Bruno [164,261); « Posture ou
 *   compétence » on « On a eu une formation d'une heure. » [330,364) (34, turn 5).
 * A second document (`fiche-observation-j1-aide-domicile.rtf`) is coded by Alice only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Service } from '../../../electron/service';
import { find, fixtures } from '../support/question-project';

export const PUBLICS = 'Freins/Liés aux publics';
export const POSTURE = 'Freins/Posture ou compétence';
export const RESSOURCES = "Freins/Manque de ressources ou d'information";

export interface AgreementProject {
  file: string;
  interview: number;
  sheet: number;
  codes: Map<string, number>;
  coders: Map<string, number>;
}

type Coding = [code: string, passage: string];

const alice: Coding[] = [
  [PUBLICS, "beaucoup de parents n'arrivent pas à s'y connecter"],
  [POSTURE, 'Je sais faire les inscriptions, mais pas modifier une réservation déjà payée.'],
];
const bruno: Coding[] = [
  [PUBLICS, "beaucoup de parents n'arrivent pas à s'y connecter, alors ils passent au bureau ou ils appellent."],
  [POSTURE, 'Moyennement.'],
  [RESSOURCES, "Un guide très simple, avec des captures d'écran"],
];
const clara: Coding[] = [
  [PUBLICS, "beaucoup de parents n'arrivent pas à s'y connecter, alors ils passent au bureau ou ils appellent."],
  [POSTURE, "On a eu une formation d'une heure."],
];

async function importFixture(service: Service, name: string): Promise<number> {
  const outcome = await service.call('imports:upload', { fileName: name, data: fs.readFileSync(path.join(fixtures, name)).toString('base64') });
  if (outcome.status !== 'imported') throw new Error(`${name}: ${outcome.status}`);
  return outcome.documentId!;
}

async function codeAs(service: Service, file: string, coder: string, documentId: number, codings: Coding[]): Promise<void> {
  await service.call('app:setCoderName', { name: coder });
  await service.call('projects:open', { path: file });
  const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.path, c.id]));
  const { text } = await service.call('documents:get', { id: documentId });
  for (const [code, passage] of codings) await service.call('codings:add', { documentId, codeId: codes.get(code)!, ...find(text, passage) });
  await service.call('projects:close', {});
}

/** Builds the project (closed at the end); `withClara` adds the third coder. */
export async function buildAgreementProject(service: Service, folder: string, withClara = false): Promise<AgreementProject> {
  const file = path.join(folder, 'accord.balise');
  await service.call('app:setCoderName', { name: 'Alice' });
  await service.call('projects:create', { path: file, template: 'stess' });
  const interview = await importFixture(service, 'entretien-animatrice-periscolaire.txt');
  const sheet = await importFixture(service, 'fiche-observation-j1-aide-domicile.rtf');
  await service.call('projects:close', {});
  await codeAs(service, file, 'Alice', interview, alice);
  const sheetText = await (async () => {
    await service.call('projects:open', { path: file });
    const { text } = await service.call('documents:get', { id: sheet });
    await service.call('projects:close', {});
    return text;
  })();
  await codeAs(service, file, 'Alice', sheet, [[PUBLICS, sheetText.slice(0, 40).trim()]]);
  await codeAs(service, file, 'Bruno', interview, bruno);
  if (withClara) await codeAs(service, file, 'Clara', interview, clara);
  await service.call('projects:open', { path: file });
  const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.path, c.id]));
  const coders = new Map((await service.call('coders:list', {})).map((c) => [c.name, c.id]));
  await service.call('projects:close', {});
  return { file, interview, sheet, codes, coders };
}
