import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import type { DocumentContent } from '../../../shared/domain/document';
import { testService } from '../support/temp';

const fixture = path.resolve(__dirname, '../../../../shared/fixtures/entretien-conseillere-logement.docx');

const QUOTE_PHONE = 'beaucoup n\'ont qu\'un téléphone';
const QUOTE_FEAR = 'Une dame m\'a dit : « si je clique au mauvais endroit, je perds mon dossier ».';
const QUOTE_EQUIPMENT = 'l\'équipement';

interface Project {
  service: Service;
  file: string;
  documentId: number;
  codingIds: { phone: number; fear: number; equipment: number };
}

/**
 * The interview .docx imported into a StESS project; three codings, a comment on one of them and
 * a case linked to a speaker turn are added in the file itself (the coding calls belong to another
 * part of the service), then the project is opened again as the researcher would.
 */
async function project(): Promise<Project> {
  const { service, folder } = testService();
  const file = path.join(folder, 'terrain.balise');
  await service.call('projects:create', { path: file, template: 'stess' });
  const [outcome] = await service.call('imports:paths', { paths: [fixture] });
  const documentId = outcome!.documentId!;
  await service.call('projects:close', {});

  const db = new Database(file);
  const { text } = db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string };
  const code = (name: string) => (db.prepare('SELECT id FROM codes WHERE name = ?').get(name) as { id: number }).id;
  const now = new Date().toISOString();
  let guid = 0;
  const insert = (quote: string, codeName: string) => {
    const start = text.indexOf(quote);
    expect(start, quote).toBeGreaterThan(0);
    expect(text.indexOf(quote, start + 1), `${quote} appears once`).toBe(-1);
    return Number(
      db
        .prepare('INSERT INTO codings (document_id, code_id, start, end, coder_id, created_at, guid) VALUES (?, ?, ?, ?, NULL, ?, ?)')
        .run(documentId, code(codeName), start, start + quote.length, now, `test-${(guid += 1)}`).lastInsertRowid,
    );
  };
  const codingIds = {
    phone: insert(QUOTE_PHONE, 'Besoin numérique'),
    fear: insert(QUOTE_FEAR, 'Liés aux publics'),
    equipment: insert(QUOTE_EQUIPMENT, 'Posture ou compétence'),
  };
  db.prepare("INSERT INTO memos (kind, title, body, text, coding_id, created_at, updated_at) VALUES ('coding', '', ?, ?, ?, ?, ?)").run(
    'La peur de mal faire, mot pour mot.',
    'La peur de mal faire, mot pour mot.',
    codingIds.fear,
    now,
    now,
  );
  const turn = db.prepare("SELECT id, start, end FROM document_units WHERE document_id = ? AND kind = 'turn' AND start <= ? AND end >= ?").get(documentId, text.indexOf(QUOTE_FEAR), text.indexOf(QUOTE_FEAR)) as {
    id: number;
    start: number;
    end: number;
  };
  const caseId = Number(db.prepare("INSERT INTO cases (name) VALUES ('Claire')").run().lastInsertRowid);
  db.prepare('INSERT INTO case_links (case_id, document_id, unit_id, start, end) VALUES (?, ?, ?, ?, ?)').run(caseId, documentId, turn.id, turn.start, turn.end);
  db.close();

  await service.call('projects:open', { path: file });
  return { service, file, documentId, codingIds };
}

function codedText(doc: DocumentContent, codingId: number): string | undefined {
  const coding = doc.codings.find((c) => c.id === codingId);
  return coding && doc.text.slice(coding.start, coding.end);
}

/** The documents the full-text index finds for a word (read beside the open project, as WAL allows). */
function search(file: string, word: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT rowid FROM document_text_index WHERE document_text_index MATCH ?').all(`text:${word}`) as { rowid: number }[]).map((r) => r.rowid);
  } finally {
    db.close();
  }
}

function caseLinkRange(file: string): { start: number; end: number } {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT start, end FROM case_links').get() as { start: number; end: number };
  } finally {
    db.close();
  }
}

describe('documents:editText', () => {
  it('fixes a word inside a coding: the coding takes the new word, the others move, the preview writes nothing', async () => {
    const { service, file, documentId, codingIds } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const text = before.text.replace('qu\'un téléphone', 'qu\'un smartphone');

    const preview = await service.call('documents:editText', { id: documentId, text, revision: before.revision, preview: true });
    expect(preview).toEqual({ preview: true, changed: true, revision: before.revision, codingsKept: 3, codingsRemoved: 0, removed: [] });
    expect(await service.call('documents:get', { id: documentId })).toEqual(before);

    const saved = await service.call('documents:editText', { id: documentId, text, revision: before.revision });
    expect(saved).toEqual({ preview: false, changed: true, revision: before.revision + 1, codingsKept: 3, codingsRemoved: 0, removed: [] });
    const after = await service.call('documents:get', { id: documentId });
    expect(after.text).toBe(text);
    expect(after.revision).toBe(before.revision + 1);
    expect(codedText(after, codingIds.phone)).toBe('beaucoup n\'ont qu\'un smartphone');
    expect(codedText(after, codingIds.fear)).toBe(QUOTE_FEAR);
    expect(codedText(after, codingIds.equipment)).toBe(QUOTE_EQUIPMENT);
    // The speaker turn that holds the fix grew with it; the case linked to that turn follows.
    const turn = after.units.find((u) => u.kind === 'turn' && after.text.slice(u.start, u.end).includes('smartphone'))!;
    const oldTurn = before.units.find((u) => u.id === turn.id)!;
    expect(turn.end - turn.start).toBe(oldTurn.end - oldTurn.start + 1);
    expect(caseLinkRange(file)).toEqual({ start: turn.start, end: turn.end });
    // Every unit still reads the same text, but for the turn with the fix.
    for (const unit of after.units.filter((u) => u.id !== turn.id && u.kind !== 'grid')) {
      const old = before.units.find((u) => u.id === unit.id)!;
      expect(after.text.slice(unit.start, unit.end)).toBe(before.text.slice(old.start, old.end));
    }
    expect((await service.call('history:list', {})).entries[0]!.label).toBe(`Texte modifié : « ${before.name} »`);
  });

  it('leaves a coding as it is for text added just before or just after it', async () => {
    const { service, documentId, codingIds } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const text = before.text.replace(QUOTE_PHONE, `vraiment ${QUOTE_PHONE} fixe`);
    await service.call('documents:editText', { id: documentId, text, revision: before.revision });
    const after = await service.call('documents:get', { id: documentId });
    expect(codedText(after, codingIds.phone)).toBe(QUOTE_PHONE);
    expect(after.text).toContain(`vraiment ${QUOTE_PHONE} fixe`);
  });

  it('removes a coding whose passage is deleted, with its comment, and undo brings back text, coding and comment exactly', async () => {
    const { service, documentId, codingIds } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const memosBefore = await service.call('memos:list', {});
    expect(memosBefore.some((m) => m.kind === 'coding')).toBe(true);
    const text = before.text.replace(` ${QUOTE_FEAR}`, '');

    const preview = await service.call('documents:editText', { id: documentId, text, revision: before.revision, preview: true });
    expect(preview).toMatchObject({ codingsKept: 2, codingsRemoved: 1 });
    expect(preview.removed).toEqual([{ id: codingIds.fear, codeName: 'Liés aux publics', excerpt: QUOTE_FEAR }]);

    const saved = await service.call('documents:editText', { id: documentId, text, revision: before.revision });
    expect(saved).toMatchObject({ codingsKept: 2, codingsRemoved: 1, revision: before.revision + 1 });
    const after = await service.call('documents:get', { id: documentId });
    expect(after.codings.map((c) => c.id).sort()).toEqual([codingIds.phone, codingIds.equipment].sort());
    expect((await service.call('memos:list', {})).some((m) => m.kind === 'coding')).toBe(false);
    expect((await service.call('projects:info', {})).codings).toBe(2);
    expect((await service.call('history:list', {})).entries[0]!.label).toBe(`Texte modifié : « ${before.name} » (1 codage supprimé)`);

    await service.call('history:undo', {});
    expect(await service.call('documents:get', { id: documentId })).toEqual(before);
    expect(await service.call('memos:list', {})).toEqual(memosBefore);

    await service.call('history:redo', {});
    expect(await service.call('documents:get', { id: documentId })).toEqual(after);
  });

  it('refuses a stale revision with a French message and writes nothing', async () => {
    const { service, documentId } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const first = before.text.replace('huit ans', 'neuf ans');
    await service.call('documents:editText', { id: documentId, text: first, revision: before.revision });
    // A second window still holding the old revision.
    const stale = await service.dispatch('documents:editText', { id: documentId, text: before.text.replace('huit ans', 'dix ans'), revision: before.revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'DOCUMENT_CHANGED' } });
    if (!stale.ok) expect(stale.error.message.fr).toContain(`« ${before.name} » a changé`);
    const preview = await service.dispatch('documents:editText', { id: documentId, text: first, revision: before.revision, preview: true });
    expect(preview).toMatchObject({ ok: false, error: { code: 'DOCUMENT_CHANGED' } });
    expect((await service.call('documents:get', { id: documentId })).text).toBe(first);
    expect(await service.dispatch('documents:editText', { id: 999, text: 'x', revision: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('never gives a revision twice, so an editor opened on an undone text is refused', async () => {
    const { service, documentId } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const first = await service.call('documents:editText', { id: documentId, text: before.text.replace('huit ans', 'neuf ans'), revision: before.revision });
    await service.call('history:undo', {});
    expect((await service.call('documents:get', { id: documentId })).revision).toBe(before.revision);
    const second = await service.call('documents:editText', { id: documentId, text: before.text.replace('huit ans', 'dix ans'), revision: before.revision });
    expect(second.revision).toBeGreaterThan(first.revision);
    // An editor still holding the first edit's revision and text.
    const stale = await service.dispatch('documents:editText', { id: documentId, text: before.text.replace('huit ans', 'onze ans'), revision: first.revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'DOCUMENT_CHANGED' } });
    expect((await service.call('documents:get', { id: documentId })).text).toContain('dix ans');
  });

  it('keeps the search index in step: the new word is found, the old one is not, and undo swaps them back', async () => {
    const { service, file, documentId } = await project();
    const before = await service.call('documents:get', { id: documentId });
    expect(search(file, 'insalubrite')).toEqual([documentId]);
    const text = before.text.replace('insalubrité', 'logement indigne');
    expect(search(file, 'indigne')).toEqual([]);
    await service.call('documents:editText', { id: documentId, text, revision: before.revision });
    expect(search(file, 'indigne')).toEqual([documentId]);
    expect(search(file, 'insalubrite')).toEqual([]);
    await service.call('history:undo', {});
    expect(search(file, 'insalubrite')).toEqual([documentId]);
    expect(search(file, 'indigne')).toEqual([]);
  });

  it('normalises line ends and composes accents: the same text in CRLF and decomposed is no change', async () => {
    const { service, documentId } = await project();
    const before = await service.call('documents:get', { id: documentId });
    const same = before.text.replace(/\n/g, '\r\n').normalize('NFD');
    const result = await service.call('documents:editText', { id: documentId, text: same, revision: before.revision });
    expect(result).toMatchObject({ changed: false, revision: before.revision, codingsKept: 3 });
    expect((await service.call('history:list', {})).entries).toEqual([]);
  });

  it('refuses a text larger than an importable file', async () => {
    const { service, documentId } = await project();
    const huge = 'a'.repeat(MAX_IMPORT_FILE_BYTES + 1);
    expect(await service.dispatch('documents:editText', { id: documentId, text: huge, revision: 0 })).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LARGE' } });
  });
});
