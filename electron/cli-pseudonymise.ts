/**
 * `balise pseudonymise PROJECT --preview [--json] | --apply | --export-table PATH`: the candidates
 * detected with their occurrences and the replacements per document the accepted decisions would
 * make; pseudonymising the project with them (automatic backup first); the correspondence table
 * as CSV. Decisions are taken in the « Pseudonymisation » view.
 */
import path from 'node:path';
import type { PseudonymCandidate, PseudonymPreview } from '../shared/domain/pseudonym';
import { translate, type MessageKey, type MessageParams } from '../shared/i18n';
import { CliInputError } from './cli-extracts';
import { writeFileAtomically } from './export-file';
import type { Service } from './service';
import { decisionText, kindLabel } from './service/pseudonyms/labels';

const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

export interface PseudonymiseOptions {
  preview: boolean;
  apply: boolean;
  exportTable: string | null;
  json: boolean;
}

/** The JSON of `--preview --json`. */
export interface PseudonymiseJson {
  candidates: PseudonymCandidate[];
  preview: PseudonymPreview;
}

function previewText(candidates: PseudonymCandidate[], preview: PseudonymPreview): string {
  const lines = [t('pseudonyms.cli.candidatesHeader', { count: candidates.length })];
  for (const c of candidates) {
    lines.push(
      t('pseudonyms.cli.candidate', {
        original: c.original,
        kind: kindLabel(c.kind),
        count: c.count,
        documents: c.documentCount,
        decision: decisionText(c.decision),
        pseudonym: c.pseudonym ? ` → ${c.pseudonym}` : '',
      }),
    );
  }
  const accepted = candidates.filter((c) => c.decision === 'accepted').length;
  lines.push('');
  if (accepted === 0) lines.push(t('pseudonyms.cli.nothingAccepted'));
  else {
    lines.push(t('pseudonyms.cli.previewHeader', { accepted, replacements: preview.replacements, moved: preview.codingsMoved, changed: preview.codingsChanged }));
    for (const doc of preview.documents) lines.push(t('pseudonyms.cli.previewDocument', { name: doc.name, replacements: doc.replacements }));
  }
  return lines.join('\n');
}

/** Runs the command on the open project and returns what to print. */
export async function pseudonymiseCommand(service: Service, options: PseudonymiseOptions): Promise<string> {
  const chosen = [options.preview, options.apply, options.exportTable !== null].filter(Boolean).length;
  if (chosen !== 1) throw new CliInputError(t('pseudonyms.cli.usage'));
  if (options.preview) {
    const candidates = await service.call('pseudonyms:candidates', {});
    const preview = await service.call('pseudonyms:preview', {});
    if (options.json) return JSON.stringify({ candidates, preview } satisfies PseudonymiseJson);
    return previewText(candidates, preview);
  }
  if (options.apply) {
    const result = await service.call('pseudonyms:apply', {});
    if (options.json) return JSON.stringify(result);
    if (result.backupPath === null) throw new CliInputError(t('pseudonyms.cli.nothingAccepted'));
    return t('pseudonyms.cli.applied', { replacements: result.replacements, documents: result.documents, backup: result.backupPath });
  }
  const table = await service.call('pseudonyms:exportTable', {});
  const target = path.resolve(options.exportTable!);
  writeFileAtomically(target, Buffer.from(table.base64, 'base64'));
  const count = Object.values(table.summary)[0] ?? 0;
  return options.json ? JSON.stringify({ path: target, lines: count }) : t('pseudonyms.cli.tableWritten', { path: target, count });
}
