import fs from 'node:fs';
import path from 'node:path';
import type { MergeReport } from '../shared/domain/merge';
import { BaliseError } from '../shared/errors';
import { translate, type MessageKey, type MessageParams } from '../shared/i18n';
import type { Service } from './service';

const t = (key: MessageKey, params?: MessageParams): string => translate('fr', key, params);

function human(report: MergeReport, preview: boolean): string {
  const { documents, codes, codings, memos, coders, cases } = report.counts;
  const lines = [
    t(preview ? 'cli.merge.previewTitle' : 'cli.merge.title', { file: report.fileName }),
    t('cli.merge.documents', documents),
    t('cli.merge.codes', codes),
    t('cli.merge.codings', codings),
    t('cli.merge.memos', memos),
    t('cli.merge.coders', { count: coders.new, names: report.newCoders.map((c) => c.name).join(', ') || '—' }),
    t('cli.merge.cases', cases),
    t('cli.merge.defaults'),
  ];
  for (const d of report.textDifferences) lines.push(`  ${t('cli.merge.textDiffers', { ...d })}`);
  for (const r of report.renamed) lines.push(`  ${t('cli.merge.renamed', { mine: r.myPath, theirs: r.theirPath })}`);
  for (const c of report.onlyTheirs) lines.push(`  ${t('cli.merge.onlyTheirs', { path: c.theirPath, codings: c.codings })}`);
  for (const c of report.conflicts) lines.push(`  ${t('cli.merge.conflict', { ...c })}`);
  return lines.join('\n');
}

/**
 * `balise merge PROJET AUTRE.balise|AUTRE.qdpx [--preview] [--json]`: merges another researcher's
 * project into this one (one undoable action), or only says what it would bring. Without a review,
 * codes only in theirs are created and my names are kept on renamed codes (the output says so).
 */
export async function mergeCommand(service: Service, other: string, options: { preview: boolean; json: boolean }): Promise<string> {
  let data: string;
  try {
    data = fs.readFileSync(path.resolve(other)).toString('base64');
  } catch {
    throw new BaliseError('FILE_NOT_FOUND', { path: path.resolve(other) });
  }
  const input = { fileName: path.basename(other), data };
  const report = options.preview ? await service.call('merge:preview', input) : await service.call('merge:apply', input);
  if (options.json) return JSON.stringify({ preview: options.preview, decisions: { codesOnlyInTheirs: 'create', renamedCodes: 'mine' }, ...report });
  return human(report, options.preview);
}
