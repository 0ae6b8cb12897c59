import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFileFor, readLockHolder } from '../../../electron/db/lock';
import { kill, startWriter } from '../support/child';
import { tempDir, testService } from '../support/temp';

describe('project lock', () => {
  it('tells a second process who holds the project, and takes over once that process is gone', async () => {
    const { service, dataDir, folder } = testService();
    const file = path.join(folder, 'partage.balise');
    await service.call('projects:create', { path: file, template: 'stess' });
    await service.call('projects:close', {});

    const holder = await startWriter(file, dataDir, 'hold');
    try {
      const refused = await service.dispatch('projects:open', { path: file });
      expect(refused).toMatchObject({ ok: false, error: { code: 'PROJECT_LOCKED', params: { pid: String(holder.pid), host: os.hostname() } } });
      if (!refused.ok) expect(refused.error.message.fr).toContain('est déjà ouvert par');
      // Reading without opening (balise info) is still allowed.
      expect((await service.call('projects:inspect', { path: file })).codes).toBe(15);
    } finally {
      await kill(holder);
    }
    // The holder died without releasing: its lock is stale and is taken over.
    expect(readLockHolder(lockFileFor(file))?.pid).toBe(holder.pid);
    expect((await service.call('projects:open', { path: file })).codes).toBe(15);
    expect(readLockHolder(lockFileFor(file))?.pid).toBe(process.pid);
  });

  it('refuses a second window of the same process and releases the lock on close', async () => {
    const first = testService();
    const file = path.join(first.folder, 'fenetres.balise');
    await first.service.call('projects:create', { path: file, template: 'vide' });
    const second = testService();
    await expect(second.service.call('projects:open', { path: file })).rejects.toMatchObject({ code: 'PROJECT_LOCKED' });
    await first.service.call('projects:close', {});
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    await expect(second.service.call('projects:open', { path: file })).resolves.toMatchObject({ codes: 0 });
  });

  it('treats an unreadable lock file as stale', async () => {
    const { service } = testService();
    const file = path.join(tempDir(), 'x.balise');
    await service.call('projects:create', { path: file, template: 'vide' });
    await service.call('projects:close', {});
    fs.writeFileSync(lockFileFor(file), 'pas du JSON');
    await expect(service.call('projects:open', { path: file })).resolves.toMatchObject({ codes: 0 });
  });
});
