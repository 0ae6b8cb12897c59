import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fullCheck } from '../../../electron/db/open';
import { kill, startWriter } from '../support/child';
import { testService } from '../support/temp';

const ROUNDS = 12;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('killing the process in the middle of writes', () => {
  it(`leaves a file that opens, passes the integrity check and holds only whole actions (${ROUNDS} kills)`, async () => {
    const { service, dataDir, folder } = testService();
    const file = path.join(folder, 'coupure.balise');
    await service.call('projects:create', { path: file, template: 'stess' });
    await service.call('projects:close', {});
    let previousDocuments = 0;
    let sawGrowth = 0;

    for (let round = 0; round < ROUNDS; round += 1) {
      const child = await startWriter(file, dataDir, 'write');
      // Vary the moment of the kill, so it lands at different points of the write loop.
      await pause(60 + ((round * 97) % 400));
      await kill(child);

      const db = new Database(file);
      expect(fullCheck(db), `round ${round}`).toEqual([]);
      const { documents, codings } = db
        .prepare('SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM codings) AS codings')
        .get() as { documents: number; codings: number };
      db.close();
      // Each action wrote one document and ten codings: a half-written action would break this.
      expect(codings, `round ${round}`).toBe(documents * 10);
      expect(documents).toBeGreaterThanOrEqual(previousDocuments);
      if (documents > previousDocuments) sawGrowth += 1;
      previousDocuments = documents;

      // The real open path (stale lock, quick_check, backup) accepts the file.
      const info = await service.call('projects:open', { path: file });
      expect(info.documents).toBe(documents);
      await service.call('projects:close', {});
    }
    // The loop really wrote between kills (otherwise the test proves nothing).
    expect(sawGrowth).toBeGreaterThan(ROUNDS / 2);
  });
});
