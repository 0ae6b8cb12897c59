import type { DisagreementKind, DisagreementPassage } from '../../../../shared/domain/disagreement';
import type { MessageKey } from '../../../../shared/i18n';

/** The catalogue key of each kind of disagreement (the coder names are its parameters). */
export const kindKeys: Record<DisagreementKind, MessageKey> = {
  onlyA: 'disagreements.kind.only',
  onlyB: 'disagreements.kind.only',
  codes: 'disagreements.kind.codes',
  boundaries: 'disagreements.kind.boundaries',
};

/** The words of the passage where the coders differ, on one line, shortened for the list. */
export function passageExcerpt(passage: DisagreementPassage, max = 140): string {
  const words = passage.text.slice(passage.start - passage.contextStart, passage.end - passage.contextStart).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1)}…` : words;
}
