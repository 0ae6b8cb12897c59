import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import type { Service } from '../../../electron/service';
import { withPseudonymisedCopy } from '../../../electron/service/pseudonyms/export-copy';
import { plainTextToEditorState } from '../../../shared/text/memo-body';
import { testService } from '../support/temp';

/**
 * Pseudonymising a project in place, on a transcript written for the purpose: codings before,
 * inside and after the replaced names, accents and case, a name inside another word, the speaker
 * structure, a case, a memo; then undo and redo.
 */
const VTT = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Enquêtrice>Bonjour Léa, vous travaillez avec Marie Dupont et Léandre ?

00:00:06.000 --> 00:00:12.000
<v Léa>Oui. Marie Dupont m'a formée. LÉA, c'est moi ; léa aussi ; Lea est ma cousine. Appelez au 06 12 34 56 78.
`;

async function project(): Promise<{ service: Service; file: string; documentId: number; text: string; codeIds: number[] }> {
  const { service, folder } = testService();
  const file = path.join(folder, 'apply.balise');
  await service.call('projects:create', { path: file, template: 'stess' });
  const outcome = await service.call('imports:upload', { fileName: 'entretien-lea.vtt', data: Buffer.from(VTT).toString('base64') });
  const doc = await service.call('documents:get', { id: outcome.documentId! });
  // One code per coding: codings of one code that overlap would be merged.
  const codeIds = (await service.call('codebook:list', {})).map((c) => c.id);
  return { service, file, documentId: doc.id, text: doc.text, codeIds };
}

function at(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`« ${quote} » absent`);
  return { start, end: start + quote.length };
}

/** Every row of the tables a pseudonymisation writes, to compare states. */
function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  const tables = ['documents', 'document_units', 'codings', 'cases', 'attribute_values', 'case_links', 'memos', 'pseudonyms'];
  const out = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  db.close();
  return out.join('\n');
}

/** The dump without revisions (undo restores them; redo gives them back as they were written). */
const withoutRevisions = (text: string) => text.replace(/"revision":\d+/g, '"revision":0');

describe('pseudonymising a project in place', () => {
  it('replaces whole words in the found case, keeps every coding on its exact text, and undoes and redoes it all', async () => {
    const { service, file, documentId, text, codeIds } = await project();
    const passages = {
      before: 'Bonjour',
      around: 'Bonjour Léa, vous travaillez avec Marie Dupont',
      inside: 'ari', // inside « Marie » (the first one): snaps to the whole pseudonym
      after: 'est ma cousine',
      cousin: 'Lea est ma cousine',
    };
    const ids: Record<string, number> = {};
    for (const [i, [name, quote]] of Object.entries(passages).entries()) {
      ids[name] = (await service.call('codings:add', { documentId, codeId: codeIds[i]!, ...at(text, quote) })).coding.id;
    }
    const caseId = (await service.call('cases:create', { name: 'Léa' })).id;
    await service.call('cases:linkPart', { caseId, documentId, field: 'speaker', value: 'Léa', linked: true });
    const inVivo = await service.call('codings:inVivo', { documentId, ...at(text, 'Marie Dupont m\'a formée') });
    await service.call('memos:save', { kind: 'document', documentId, body: JSON.stringify(plainTextToEditorState('Léa parle de Marie Dupont.\nLéandre non.')) });

    await service.call('pseudonyms:decide', { original: 'Léa', kind: 'person', decision: 'accepted' });
    await service.call('pseudonyms:decide', { original: 'Marie Dupont', kind: 'person', decision: 'accepted', pseudonym: 'Sylvie Martin' });
    await service.call('pseudonyms:decide', { original: '06 12 34 56 78', kind: 'phone', decision: 'accepted' });
    await service.call('pseudonyms:decide', { original: 'Léandre', kind: 'person', decision: 'rejected' });

    // Occurrences counted by hand in VTT: Léa ×2 (« Bonjour Léa », « LÉA »), léa ×1 → 3; « Lea » and
    // « Léandre » are other words. Marie Dupont ×2. The phone ×1. Total 6.
    const preview = await service.call('pseudonyms:preview', {});
    expect(preview.documents).toEqual([{ documentId, name: 'entretien-lea', replacements: 6 }]);
    // Codings whose text holds a replaced name: around, inside (« ari » inside Marie), the in vivo one; moved only: after, cousin.
    expect(preview.codingsChanged).toBe(3);
    expect(preview.codingsMoved).toBe(2);
    const before = dump(file);

    const result = await service.call('pseudonyms:apply', {});
    expect(result.replacements).toBe(6);
    expect(result.documents).toBe(1);
    // The backup holds the project as it was before (with the originals).
    expect(result.backupPath).toMatch(/avant pseudonymisation\.balise$/);
    // Beside the rolling backups, in a folder of its own that their rotation does not touch.
    expect(path.dirname(path.dirname(result.backupPath!))).toBe((await service.call('projects:info', {})).backupFolder);
    expect(fs.existsSync(result.backupPath!)).toBe(true);
    const backup = new Database(result.backupPath!, { readonly: true });
    expect((backup.prepare('SELECT text FROM documents').get() as { text: string }).text).toBe(text);
    backup.close();

    const after = await service.call('documents:get', { id: documentId });
    expect(after.text).toBe(
      "Bonjour Personne A, vous travaillez avec Sylvie Martin et Léandre ?\n\nOui. Sylvie Martin m'a formée. PERSONNE A, c'est moi ; personne a aussi ; Lea est ma cousine. Appelez au 00 00 00 00 01.",
    );
    const codings = new Map((await service.call('codings:forDocument', { documentId })).map((c) => [c.id, after.text.slice(c.start, c.end)]));
    expect(codings.get(ids.before!)).toBe('Bonjour');
    expect(codings.get(ids.around!)).toBe('Bonjour Personne A, vous travaillez avec Sylvie Martin');
    expect(codings.get(ids.inside!)).toBe('Sylvie Martin');
    expect(codings.get(ids.after!)).toBe('est ma cousine');
    expect(codings.get(ids.cousin!)).toBe('Lea est ma cousine');

    // The structure: speaker turns, the case and its link to the speaker, the memo.
    const db = new Database(file, { readonly: true });
    const speakers = (db.prepare("SELECT DISTINCT json_extract(attrs, '$.speaker') AS s FROM document_units WHERE kind = 'turn' ORDER BY s").all() as { s: string }[]).map((r) => r.s);
    expect(speakers).toEqual(['Enquêtrice', 'Personne A']);
    for (const unit of db.prepare("SELECT start, end FROM document_units WHERE kind = 'turn' ORDER BY start").all() as { start: number; end: number }[]) {
      expect(['Bonjour', 'Oui.']).toContain(after.text.slice(unit.start, unit.end).split(' ')[0]);
    }
    expect((db.prepare('SELECT name FROM cases WHERE id = ?').get(caseId) as { name: string }).name).toBe('Personne A');
    expect((db.prepare("SELECT part_value FROM case_links WHERE part_field = 'speaker'").get() as { part_value: string }).part_value).toBe('Personne A');
    expect((db.prepare('SELECT name FROM codes WHERE id = ?').get(inVivo.codeId) as { name: string }).name).toBe("Sylvie Martin m'a formée");
    const memo = db.prepare('SELECT body, text FROM memos').get() as { body: string; text: string };
    expect(memo.text).toBe('Personne A parle de Sylvie Martin.\nLéandre non.');
    expect(JSON.parse(memo.body).root.children[0].children[0].text).toBe('Personne A parle de Sylvie Martin.');
    // The full-text index follows: the pseudonym is found, the original no longer.
    expect(db.prepare("SELECT rowid FROM document_text_index WHERE document_text_index MATCH 'sylvie'").all()).toHaveLength(1);
    expect(db.prepare("SELECT rowid FROM document_text_index WHERE document_text_index MATCH 'dupont'").all()).toHaveLength(0);
    db.close();
    const pseudonymised = dump(file);

    // Idempotence: applying again changes nothing, and detection proposes no pseudonym.
    expect((await service.call('pseudonyms:preview', {})).replacements).toBe(0);
    const again = await service.call('pseudonyms:apply', {});
    expect(again.replacements).toBe(0);
    expect(dump(file)).toBe(pseudonymised);
    const candidates = (await service.call('pseudonyms:candidates', {})).map((c) => c.original);
    for (const pseudonym of ['Personne A', 'Personne', 'Sylvie Martin', 'Sylvie', 'Martin', '00 00 00 00 01']) expect(candidates).not.toContain(pseudonym);

    // Undo (the second apply made no entry… or an empty one: undo until the pseudonymisation is undone).
    const history = await service.call('history:list', {});
    const entry = history.entries.find((e) => e.label.startsWith('Pseudonymiser le projet'));
    expect(entry?.label).toBe('Pseudonymiser le projet (6 remplacements)');
    while (dump(file) !== before) {
      const state = await service.call('history:undo', {});
      expect(state.entries.some((e) => !e.undone)).toBe(true);
    }
    expect((await service.call('documents:get', { id: documentId })).text).toBe(text);
    await service.call('history:redo', {});
    expect(withoutRevisions(dump(file))).toBe(withoutRevisions(pseudonymised));
  });

  it('never proposes a pseudonym already taken, nor accepts one', async () => {
    const { service } = await project();
    await service.call('pseudonyms:decide', { original: 'Léa', kind: 'person', decision: 'accepted' });
    await expect(service.call('pseudonyms:decide', { original: 'Marie Dupont', kind: 'person', decision: 'accepted', pseudonym: 'personne a' })).rejects.toThrow(/déjà pris|already taken/);
    await expect(service.call('pseudonyms:decide', { original: 'Marie Dupont', kind: 'person', decision: 'accepted', pseudonym: 'Léandre' })).rejects.toThrow();
    const entry = await service.call('pseudonyms:decide', { original: 'MARIE DUPONT', kind: 'person', decision: 'accepted' });
    expect(entry.pseudonym).toBe('Personne B');
    // The same original in another case updates its line; pending removes it.
    await service.call('pseudonyms:decide', { original: 'marie dupont', kind: 'person', decision: 'rejected' });
    expect((await service.call('pseudonyms:entries', {})).map((e) => [e.original, e.decision])).toEqual([
      ['Léa', 'accepted'],
      ['MARIE DUPONT', 'rejected'],
    ]);
    await service.call('pseudonyms:decide', { original: 'Marie Dupont', kind: 'person', decision: 'pending' });
    expect((await service.call('pseudonyms:entries', {})).map((e) => e.original)).toEqual(['Léa']);
    // Each decision is an undoable action of its own.
    const history = await service.call('history:undo', {});
    expect(history.entries.find((e) => e.undone)?.label).toBe('Remettre « Marie Dupont » à décider');
    expect((await service.call('pseudonyms:entries', {})).map((e) => [e.original, e.decision])).toEqual([
      ['Léa', 'accepted'],
      ['MARIE DUPONT', 'rejected'],
    ]);
  });

  it('makes exports from a copy without the correspondence table, deleted afterwards even on error', async () => {
    const { service, file } = await project();
    await service.call('pseudonyms:decide', { original: 'Léa', kind: 'person', decision: 'accepted' });
    const live = new Database(file);
    const leftovers = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('balise-pseudonymise-'));
    const before = leftovers();
    let copyFile = '';
    const seen = await withPseudonymisedCopy(live, (copy) => {
      copyFile = copy.name;
      return {
        table: copy.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'pseudonyms'").get(),
        text: (copy.prepare('SELECT text FROM documents').get() as { text: string }).text,
      };
    });
    expect(seen.table).toEqual({ n: 0 });
    expect(seen.text).toContain('Bonjour Personne A');
    expect(fs.existsSync(copyFile)).toBe(false);
    await expect(
      withPseudonymisedCopy(live, () => {
        throw new Error('export impossible');
      }),
    ).rejects.toThrow('export impossible');
    expect(leftovers()).toEqual(before);
    // The live project still has its table and its originals.
    expect(live.prepare('SELECT original FROM pseudonyms').all()).toEqual([{ original: 'Léa' }]);
    expect((live.prepare('SELECT text FROM documents').get() as { text: string }).text).toContain('Bonjour Léa');
    live.close();
  });

  it('detects names written only in a memo or the case table, and replaces them there', async () => {
    const { service, file, documentId } = await project();
    await service.call('memos:save', { kind: 'project', body: 'Rappeler le tuteur, M. Gaspard Lebrun, mardi.' });
    const caseId = (await service.call('cases:create', { name: 'E01', description: 'Orientée par Jeanne Vasseur.' })).id;
    const byName = new Map((await service.call('pseudonyms:candidates', {})).map((c) => [c.original, c]));
    expect(byName.get('Gaspard Lebrun')).toMatchObject({ source: 'capitalised', count: 0, documentCount: 0 });
    expect(byName.get('Jeanne Vasseur')).toMatchObject({ source: 'capitalised', count: 0 });
    await service.call('pseudonyms:decide', { original: 'Gaspard Lebrun', kind: 'person', decision: 'accepted', pseudonym: 'Personne Z' });
    await service.call('pseudonyms:decide', { original: 'Jeanne Vasseur', kind: 'person', decision: 'accepted', pseudonym: 'Personne Y' });
    await service.call('pseudonyms:apply', {});
    const db = new Database(file, { readonly: true });
    expect((db.prepare("SELECT text FROM memos WHERE kind = 'project'").get() as { text: string }).text).toBe('Rappeler le tuteur, M. Personne Z, mardi.');
    expect((db.prepare('SELECT description FROM cases WHERE id = ?').get(caseId) as { description: string }).description).toBe('Orientée par Personne Y.');
    expect((db.prepare('SELECT revision FROM documents WHERE id = ?').get(documentId) as { revision: number }).revision).toBe(0);
    db.close();
  });
});
