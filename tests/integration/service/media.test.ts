import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testService } from '../support/temp';
import { makeWav } from '../support/wav';

const transcript = '[00:00:01] Enquêtrice : Bonjour.\n\n[00:00:03] Conseillère : Bonjour, entrez.\n';

async function projectWithTranscript() {
  const { service, folder } = testService();
  const project = path.join(folder, 'terrain.balise');
  await service.call('projects:create', { path: project, template: 'vide' });
  const outcome = await service.call('imports:upload', { fileName: 'entretien.txt', data: Buffer.from(transcript).toString('base64') });
  if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return { service, folder, project, id: outcome.documentId! };
}

function storedPath(project: string, id: number): string | null {
  // Read the file as another program would: the stored form is what travels with the project.
  const db = new Database(project, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT media_path FROM documents WHERE id = ?').get(id) as { media_path: string | null }).media_path;
  } finally {
    db.close();
  }
}

describe('recordings beside transcripts', () => {
  it('links a recording inside the project folder by a relative path, shows only its name, and undoes it', async () => {
    const { service, folder, project, id } = await projectWithTranscript();
    fs.mkdirSync(path.join(folder, 'audio'));
    const wav = path.join(folder, 'audio', 'entretien 01.wav');
    fs.writeFileSync(wav, makeWav(1));

    expect((await service.call('documents:get', { id })).media).toBeNull();
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'pas un enregistrement');
    expect(await service.call('dialogs:listMedia', {})).toEqual({ folder, files: [{ name: 'audio/entretien 01.wav', path: wav }] });
    const linked = await service.call('documents:linkMedia', { id, path: wav });
    expect(linked).toEqual({ media: { name: 'entretien 01.wav', available: true } });
    expect(storedPath(project, id)).toBe('audio/entretien 01.wav');
    const doc = await service.call('documents:get', { id });
    expect(doc.media).toEqual({ name: 'entretien 01.wav', available: true });
    expect(JSON.stringify(doc)).not.toContain(folder);
    expect((await service.call('documents:list', {})).find((d) => d.id === id)?.media).toEqual({ name: 'entretien 01.wav', available: true });
    expect(await service.mediaFile(id)).toEqual({ path: wav, type: 'audio/wav' });

    const history = await service.call('history:list', {});
    expect(history.entries[0]?.label).toBe('Associer l’enregistrement « entretien 01.wav » à « entretien »');
    await service.call('history:undo', {});
    expect((await service.call('documents:get', { id })).media).toBeNull();
    expect(await service.mediaFile(id)).toBeNull();
    await service.call('history:redo', {});
    expect((await service.call('documents:get', { id })).media).toEqual({ name: 'entretien 01.wav', available: true });

    // Replaced by a symbolic link to something else: nothing is served.
    fs.renameSync(wav, `${wav}.bak`);
    fs.symlinkSync(path.join(folder, 'notes.txt'), wav);
    expect(await service.mediaFile(id)).toBeNull();
    fs.rmSync(wav);
    fs.renameSync(`${wav}.bak`, wav);
    expect(await service.mediaFile(id)).toEqual({ path: wav, type: 'audio/wav' });

    // A file moved away: the link stays, marked missing, and nothing is served.
    fs.renameSync(wav, path.join(folder, 'ailleurs.wav'));
    expect((await service.call('documents:get', { id })).media).toEqual({ name: 'entretien 01.wav', available: false });
    expect(await service.mediaFile(id)).toBeNull();

    expect(await service.call('documents:unlinkMedia', { id })).toEqual({ unlinked: true });
    expect((await service.call('documents:get', { id })).media).toBeNull();
    expect(storedPath(project, id)).toBeNull();
    expect(await service.call('documents:unlinkMedia', { id })).toEqual({ unlinked: false });
    expect((await service.call('history:list', {})).entries[0]?.label).toBe('Retirer l’enregistrement de « entretien »');
    await service.call('history:undo', {});
    expect((await service.call('documents:get', { id })).media).toEqual({ name: 'entretien 01.wav', available: false });
  });

  it('keeps an absolute path for a recording outside the project folder', async () => {
    const { service, project, id } = await projectWithTranscript();
    const outside = path.join(tempDir('balise-media-'), 'enregistrement.MP3');
    fs.writeFileSync(outside, Buffer.alloc(64));
    await service.call('documents:linkMedia', { id, path: outside });
    expect(storedPath(project, id)).toBe(outside);
    expect(await service.mediaFile(id)).toEqual({ path: outside, type: 'audio/mpeg' });
  });

  it('refuses a missing file, a folder, a file that is not a recording, an unknown document; nothing is written', async () => {
    const { service, folder, project, id } = await projectWithTranscript();
    const notes = path.join(folder, 'notes.txt');
    fs.writeFileSync(notes, 'notes');
    fs.mkdirSync(path.join(folder, 'dossier.wav'));
    const before = (await service.call('history:list', {})).entries.length;
    await expect(service.call('documents:linkMedia', { id, path: path.join(folder, 'absent.wav') })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(service.call('documents:linkMedia', { id, path: path.join(folder, 'dossier.wav') })).rejects.toMatchObject({ code: 'MEDIA_NOT_A_FILE' });
    await expect(service.call('documents:linkMedia', { id, path: notes })).rejects.toMatchObject({
      code: 'MEDIA_UNSUPPORTED_TYPE',
      message: expect.stringContaining('notes.txt'),
    });
    // A link named like a recording does not make any file one.
    fs.symlinkSync(notes, path.join(folder, 'deguise.wav'));
    await expect(service.call('documents:linkMedia', { id, path: path.join(folder, 'deguise.wav') })).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    await expect(service.call('documents:linkMedia', { id: 999, path: notes })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.call('history:list', {})).entries.length).toBe(before);
    expect(storedPath(project, id)).toBeNull();
    // Browser mode has no native dialog: the UI asks for the path itself.
    expect(await service.call('dialogs:chooseMedia', { documentId: id })).toEqual({ path: null });
  });
});
