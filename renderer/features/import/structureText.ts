import type { ImportOutcome } from '../../../shared/domain/import';
import type { TranslateCount } from '../../app/I18n';

/**
 * What the import found in a document, in the researcher's words: « 15 tours de parole ·
 * 2 interlocuteurs » for a transcript, « 5 grilles · 35 réponses » for an observation sheet.
 */
export function structureParts(outcome: ImportOutcome, tc: TranslateCount): string[] {
  const counts = outcome.counts ?? {};
  const n = (key: string) => counts[key] ?? 0;
  const parts: string[] = [];
  if (n('turns') > 0) {
    parts.push(tc(n('turns'), 'import.structure.turns', 'import.structure.turns.one'));
    const speakers = outcome.speakers?.length ?? 0;
    if (speakers > 0) parts.push(tc(speakers, 'import.structure.speakers', 'import.structure.speakers.one'));
  }
  if (n('grids') > 0) parts.push(tc(n('grids'), 'import.structure.grids', 'import.structure.grids.one'));
  if (n('tables') > 0) parts.push(tc(n('tables'), 'import.structure.tables', 'import.structure.tables.one'));
  if (n('answers') > 0) parts.push(tc(n('answers'), 'import.structure.answers', 'import.structure.answers.one'));
  if (parts.length === 0 && n('paragraphs') > 0) parts.push(tc(n('paragraphs'), 'import.structure.paragraphs', 'import.structure.paragraphs.one'));
  return parts;
}
