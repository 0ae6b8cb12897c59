import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import type { DocumentContent } from '../../../shared/domain/document';
import { tempDir, testService } from '../support/temp';

// The real field material of ../shared/fixtures, imported through the service as a user would.
const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');
const fixture = (name: string) => path.join(fixtures, name);

async function project(): Promise<{ service: Service; folder: string }> {
  const { service, folder } = testService();
  await service.call('projects:create', { path: path.join(folder, 'terrain.balise'), template: 'stess' });
  return { service, folder };
}

async function importOne(service: Service, name: string): Promise<DocumentContent> {
  const [outcome] = await service.call('imports:paths', { paths: [fixture(name)], duplicates: 'import' });
  expect(outcome, name).toMatchObject({ status: 'imported' });
  return service.call('documents:get', { id: outcome!.documentId! });
}

function answers(doc: DocumentContent) {
  return doc.units
    .filter((u) => u.kind === 'answer')
    .map((u) => ({ ...u.attrs, text: doc.text.slice(u.start, u.end) }));
}

function turns(doc: DocumentContent) {
  return doc.units.filter((u) => u.kind === 'turn').map((u) => ({ speaker: u.attrs.speaker, time: u.attrs.time, text: doc.text.slice(u.start, u.end) }));
}

describe('importing the fixtures', () => {
  it('keeps grid, block, prompt, column and beneficiary of every answer of the day-2 observation sheet', async () => {
    const { service } = await project();
    const doc = await importOne(service, 'fiche-observation-j2-mission-locale.docx');
    expect(doc.kind).toBe('observation');
    const grids = doc.units.filter((u) => u.kind === 'grid').map((u) => u.label);
    expect(grids).toHaveLength(5);
    expect(grids.slice(0, 4)).toEqual(['Contexte général', 'Environnement de travail', 'Prise de note sur le bénéficiaire 1', 'Nouveau bénéficiaire']);
    const all = answers(doc);
    expect(all).toContainEqual({
      grid: 'Prise de note sur le bénéficiaire 1',
      beneficiary: 1,
      block: 'Recensement des besoins',
      prompt: 'Quel est le profil de la personne accompagnée (âge, genre, résidence, personne isolée, etc.) ?',
      column: 'Faits observés',
      text: 'Jeune homme de 19 ans, vit chez sa tante, sans diplôme, arrivé dans le quartier il y a six mois.',
    });
    const blocks = new Set(all.map((a) => a.block).filter(Boolean));
    expect([...blocks]).toEqual([
      'Recensement des besoins',
      'Recensement des savoir-faire',
      'Recensement et analyse des freins',
      'Échanges sur les situations inattendues',
    ]);
    expect(all.find((a) => a.grid === 'Nouveau bénéficiaire')).toMatchObject({ beneficiary: 2 });
    const debrief = all.filter((a) => a.column?.startsWith('Retour du'));
    expect(new Set(debrief.map((a) => a.column))).toEqual(new Set(['Retour du médiateur numérique', 'Retour du professionnel']));
    expect(debrief).toHaveLength(6);
    // Answers are exactly their text: no prompt, no label inside.
    expect(doc.text).not.toContain('FAITS OBSERVÉS');
    expect(doc.text).toContain('Binôme B07');
  });

  it('reads the day-1 sheet the same from .docx and .rtf', async () => {
    const { service } = await project();
    const docx = await importOne(service, 'fiche-observation-j1-aide-domicile.docx');
    const rtf = await importOne(service, 'fiche-observation-j1-aide-domicile.rtf');
    expect(docx.kind).toBe('observation');
    expect(answers(rtf)).toEqual(answers(docx));
    const situations = answers(docx).filter((a) => a.column === 'Les situations observées sont');
    expect(situations).toHaveLength(3);
    expect(situations[0]!.text).toBe(
      'Une intervenante appelle la responsable : une dame de 87 ans veut qu\'elle l\'aide à renouveler son ordonnance sur une plateforme de santé.',
    );
    expect(answers(docx).filter((a) => a.column === 'Retour du professionnel')).toHaveLength(3);
  });

  it('finds the same speaker turns in the interview as .docx, .odt and .pdf', async () => {
    const { service } = await project();
    const docx = turns(await importOne(service, 'entretien-conseillere-logement.docx'));
    const odt = turns(await importOne(service, 'entretien-conseillere-logement.odt'));
    const pdf = turns(await importOne(service, 'entretien-conseillere-logement.pdf'));
    expect(docx[0]).toEqual({
      speaker: 'Enquêtrice',
      time: '00:00:12',
      text: 'Merci d\'avoir accepté cet entretien. Pour commencer, pouvez-vous me présenter votre poste et les personnes que vous accompagnez ?',
    });
    expect(new Set(docx.map((t) => t.speaker))).toEqual(new Set(['Enquêtrice', 'Claire']));
    expect(odt).toEqual(docx);
    expect(pdf).toEqual(docx);
  });

  it('reads WebVTT voices and cue times', async () => {
    const { service } = await project();
    const doc = await importOne(service, 'entretien-animateur-foyer.vtt');
    expect(doc.kind).toBe('transcript');
    const vtt = turns(doc);
    expect(vtt[0]).toEqual({ speaker: 'Enquêteur', time: '00:00:03', text: 'Bonjour, pouvez-vous décrire votre rôle au foyer de jeunes travailleurs ?' });
    expect(new Set(vtt.map((t) => t.speaker))).toEqual(new Set(['Enquêteur', 'Animateur']));
  });

  it('decodes the Windows-1252 Q/R transcript with its accents', async () => {
    const { service } = await project();
    const doc = await importOne(service, 'entretien-animatrice-periscolaire.txt');
    const qr = turns(doc);
    expect(qr.map((t) => t.speaker).slice(0, 4)).toEqual(['Q', 'R', 'Q', 'R']);
    expect(qr[1]!.text).toContain('Surtout par l\'application de la commune.');
    expect(doc.text).toContain('Entretien avec une animatrice périscolaire');
    expect(doc.text).not.toContain('\r');
  });

  it('imports a whole folder in one go, skipping duplicates on a second pass', async () => {
    const { service } = await project();
    const first = await service.call('imports:paths', { paths: [fixtures], duplicates: 'skip' });
    const imported = first.filter((o) => o.status === 'imported').map((o) => o.fileName);
    expect(imported).toEqual(expect.arrayContaining(['fiche-observation-j2-mission-locale.docx', 'entretien-animateur-foyer.vtt']));
    expect(first.filter((o) => o.status === 'failed')).toEqual([]);
    const again = await service.call('imports:paths', { paths: [fixtures], duplicates: 'skip' });
    expect(again.every((o) => o.status === 'duplicate')).toBe(true);
    expect((await service.call('projects:info', {})).documents).toBe(imported.length);
  });
});

describe('bad input', () => {
  it('reports each bad file in French, keeps nothing of it, and goes on with the batch', async () => {
    const { service } = await project();
    const dir = tempDir();
    const docx = fs.readFileSync(fixture('fiche-observation-j2-mission-locale.docx'));
    fs.writeFileSync(path.join(dir, 'tronqué.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
    fs.writeFileSync(path.join(dir, 'vide.txt'), '');
    fs.writeFileSync(path.join(dir, 'binaire.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.writeFileSync(path.join(dir, 'tableur.xls'), 'xx');
    fs.copyFileSync(fixture('entretien-animateur-foyer.vtt'), path.join(dir, 'ok.vtt'));
    const before = await service.call('projects:info', {});
    const outcomes = await service.call('imports:paths', {
      paths: ['tronqué.docx', 'vide.txt', 'binaire.txt', 'tableur.xls', 'absent.odt', 'ok.vtt'].map((f) => path.join(dir, f)),
      duplicates: 'skip',
    });
    expect(outcomes.map((o) => [o.fileName, o.status, o.error?.code])).toEqual([
      ['tronqué.docx', 'failed', 'IMPORT_CORRUPT_FILE'],
      ['vide.txt', 'failed', 'IMPORT_EMPTY_FILE'],
      ['binaire.txt', 'failed', 'IMPORT_UNREADABLE_ENCODING'],
      ['tableur.xls', 'failed', 'IMPORT_UNSUPPORTED_TYPE'],
      ['absent.odt', 'failed', 'FILE_NOT_FOUND'],
      ['ok.vtt', 'imported', undefined],
    ]);
    expect(outcomes[0]!.error!.message.fr).toContain('« tronqué.docx » est endommagé');
    const after = await service.call('projects:info', {});
    expect(after.documents).toBe(before.documents + 1);
    expect((await service.call('projects:check', { path: after.path })).problems).toEqual([]);
  });

  it('stops a batch on cancel after the file in progress, keeping what was imported', async () => {
    const { service } = await project();
    const dir = tempDir();
    for (let i = 0; i < 40; i += 1) fs.writeFileSync(path.join(dir, `notes-${String(i).padStart(2, '0')}.txt`), `Note de terrain numéro ${i}.\n\nLa médiatrice observe.`);
    let cancelled = false;
    service.onEvent((event, payload) => {
      if (event === 'import:progress' && (payload as { done: number }).done === 5 && !cancelled) {
        cancelled = true;
        void service.call('imports:cancel', {});
      }
    });
    const outcomes = await service.call('imports:paths', { paths: [dir], duplicates: 'skip' });
    expect(cancelled).toBe(true);
    expect(outcomes.length).toBeGreaterThanOrEqual(5);
    expect(outcomes.length).toBeLessThan(40);
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    expect((await service.call('projects:info', {})).documents).toBe(outcomes.length);
  });

  it('gives files with the same name distinct document names', async () => {
    const { service } = await project();
    const data = Buffer.from('Première version.').toString('base64');
    const other = Buffer.from('Seconde version.').toString('base64');
    const third = Buffer.from('Troisième version.').toString('base64');
    const names = [];
    for (const d of [data, other, third]) names.push((await service.call('imports:upload', { fileName: 'notes.txt', data: d })).documentName);
    expect(names).toEqual(['notes', 'notes (2)', 'notes (3)']);
  });

  it('refuses a file over 50 MB without reading it into the project', async () => {
    const { service } = await project();
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x61);
    const outcome = await service.call('imports:upload', { fileName: 'énorme.txt', data: big.toString('base64'), duplicates: 'skip' });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'IMPORT_TOO_LARGE' } });
  });
});
