import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrations';
import { APPLICATION_ID } from '../../../electron/db/open';
import { tempDir, testService } from '../support/temp';

/** A project file written by Balise's first format (schema 1): one document, one code, one coding, one comment. */
function versionOneFile(file: string): void {
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, file, 1);
  const now = '2024-03-01T10:00:00.000Z';
  db.prepare("INSERT INTO coders (id, name, color, created_at) VALUES (1, 'Chloé', '#0a7d5a', ?)").run(now);
  db.prepare("INSERT INTO documents (id, name, kind, text, content_hash, imported_at) VALUES (1, 'Notes de terrain', 'text', 'Le car passe deux fois par jour.', 'h-notes', ?)").run(now);
  db.prepare("INSERT INTO codes (id, parent_id, position, name, color, guid, created_at) VALUES (1, NULL, 0, 'Mobilité', '#3366cc', 'guid-mobilite', ?)").run(now);
  // « deux fois par jour » is 13–31.
  db.prepare("INSERT INTO codings (id, document_id, code_id, start, end, coder_id, created_at, guid) VALUES (1, 1, 1, 13, 31, 1, ?, 'guid-coding-1')").run(now);
  db.prepare("INSERT INTO memos (kind, body, coding_id, coder_id, created_at, updated_at) VALUES ('coding', 'Horaires à vérifier.', 1, 1, ?, ?)").run(now, now);
  db.close();
}

describe('merging project files of other versions', () => {
  it('an older .balise is migrated in a temporary copy, the file itself untouched', async () => {
    const { service, folder } = testService();
    await service.call('projects:create', { path: path.join(folder, 'mien.balise'), template: 'vide' });
    const old = path.join(tempDir(), 'chloe.balise');
    versionOneFile(old);
    const bytes = fs.readFileSync(old);
    const report = await service.call('merge:apply', { fileName: 'chloe.balise', data: bytes.toString('base64') });
    expect(report.counts).toMatchObject({
      documents: { byHash: 0, byName: 0, new: 1 },
      codes: { matched: 0, renamed: 0, onlyTheirs: 1, created: 1 },
      codings: { new: 1, alreadyHere: 0, unplaceable: 0, skipped: 0 },
      memos: { new: 1 },
      coders: { new: 1 },
    });
    const [memo] = await service.call('memos:list', {});
    expect(memo).toMatchObject({ kind: 'coding', text: 'Horaires à vérifier.', coderName: 'Chloé', target: 'deux fois par jour' });
    expect((await service.call('coders:list', {})).find((c) => c.name === 'Chloé')?.color).toBe('#0a7d5a');
    expect(fs.readFileSync(old).equals(bytes)).toBe(true);
  });

  it('a .balise from a newer Balise is refused with the French message naming the file', async () => {
    const { service, folder } = testService();
    await service.call('projects:create', { path: path.join(folder, 'mien.balise'), template: 'vide' });
    const future = path.join(tempDir(), 'futur.balise');
    versionOneFile(future);
    const db = new Database(future);
    db.pragma('user_version = 99');
    db.close();
    const error = await service.call('merge:preview', { fileName: 'futur.balise', data: fs.readFileSync(future).toString('base64') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROJECT_TOO_NEW' });
    expect((error as { toWire(): { message: { fr: string } } }).toWire().message.fr).toContain('futur.balise');
  });
});
