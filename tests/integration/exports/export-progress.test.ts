import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { exportExtracts } from '../../../electron/service/exports/extracts';
import { silentProgress } from '../../../electron/service/export-job';
import type { ExportProgressEvent } from '../../../shared/contract/exports';
import type { CodeQuery } from '../../../shared/domain/extract';
import { buildQuestionProject } from '../support/question-project';
import { testService } from '../support/temp';

async function setUp() {
  const { service, folder } = testService();
  const p = await buildQuestionProject(service, folder);
  const query: CodeQuery = { op: 'code', codeId: p.codes.get('Freins')!, withChildren: true };
  const events: ExportProgressEvent[] = [];
  service.onEvent((event, payload) => {
    if (event === 'export:progress') events.push(payload as ExportProgressEvent);
  });
  return { service, p, query, events };
}

describe('exports: progress, cancel, and no silent cut', () => {
  it('reports its steps in order, finding, writing, compressing, each ending at its total', async () => {
    const { service, query, events } = await setUp();
    const file = await service.call('exports:extracts', { query, filters: {}, format: 'docx' });
    const passages = file.summary['extraits']!;
    expect(passages).toBeGreaterThan(0);
    expect(events.map((e) => e.step).filter((s, i, all) => s !== all[i - 1])).toEqual(['select', 'write', 'compress']);
    expect(events.filter((e) => e.step === 'write').at(-1)).toEqual({ step: 'write', done: passages, total: passages });
    expect(events.at(-1)).toEqual({ step: 'compress', done: 1, total: 1 });
    // Nothing is in progress afterwards: cancel has nothing to stop.
    expect(await service.call('exports:cancel', {})).toEqual({ cancelled: false });
  });

  it('stops when cancelled: the call fails with EXPORT_CANCELLED and the next export runs', async () => {
    const { service, query, events } = await setUp();
    let asked = false;
    service.onEvent((event, payload) => {
      if (event === 'export:progress' && (payload as ExportProgressEvent).step === 'write' && !asked) {
        asked = true;
        void service.call('exports:cancel', {}).then((answer) => expect(answer).toEqual({ cancelled: true }));
      }
    });
    const outcome = await service.dispatch('exports:extracts', { query, filters: {}, format: 'xlsx' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'EXPORT_CANCELLED' } });
    expect(events.some((e) => e.step === 'compress')).toBe(false);
    // The next export is not affected by the cancelled one.
    const again = await service.call('exports:extracts', { query, filters: {}, format: 'csv' });
    expect(again.summary['extraits']).toBeGreaterThan(0);
  });

  it('refuses a selection larger than the limit, saying how large, rather than cutting it', async () => {
    const { service, p, query } = await setUp();
    const all = await service.call('exports:extracts', { query, filters: {}, format: 'csv' });
    const passages = all.summary['extraits']!;
    await service.close();
    const { db } = openDatabase(p.file, { readonly: true });
    try {
      const request = { query, filters: {}, format: 'csv', separator: ';', title: 'Extraits', sheetPerCode: false } as const;
      await expect(exportExtracts(db, request, silentProgress, passages - 1)).rejects.toMatchObject({ code: 'EXPORT_TOO_LARGE', params: { count: passages, max: passages - 1 } });
      expect((await exportExtracts(db, request, silentProgress, passages)).summary['extraits']).toBe(passages);
    } finally {
      db.close();
    }
  });
});
