import type { DisagreementResolution } from '../../../../shared/domain/disagreement';
import type { Coder } from '../../../../shared/domain/project';
import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';

interface Props {
  coderA: Coder;
  coderB: Coder;
  me: Coder | null;
  busy: boolean;
  onResolve: (resolution: DisagreementResolution) => void;
  onComment: () => void;
}

/** The keys of the actions, shown on their buttons and read in the whole tab. */
export const actionKeys = { keepA: '1', keepB: '2', keepBoth: '3', comment: 'C' } as const;

/**
 * What to do with the passage: keep one side (said « la mienne » / « la sienne » when one of the two
 * coders is me, by name otherwise), keep both, or comment. Each is undone by Ctrl+Z.
 */
export function PassageActions({ coderA, coderB, me, busy, onResolve, onComment }: Props) {
  const { t } = useI18n();
  const label = (coder: Coder, other: Coder) =>
    coder.id === me?.id ? t('disagreements.keepMine') : other.id === me?.id ? t('disagreements.takeTheirs') : t('disagreements.keepOf', { name: coder.name });
  const action = (key: string, text: string, title: string, onClick: () => void, variant: 'primary' | 'secondary' = 'secondary') => (
    <Button variant={variant} onClick={onClick} disabled={busy} title={title} aria-keyshortcuts={key}>
      <kbd className="dis-key">{key}</kbd>
      {text}
    </Button>
  );
  return (
    <div className="dis-actions" role="group" aria-label={t('disagreements.actions')}>
      {action(actionKeys.keepA, label(coderA, coderB), t('disagreements.keep.title', { name: coderA.name, other: coderB.name }), () => onResolve('keepA'), 'primary')}
      {action(actionKeys.keepB, label(coderB, coderA), t('disagreements.keep.title', { name: coderB.name, other: coderA.name }), () => onResolve('keepB'))}
      {action(actionKeys.keepBoth, t('disagreements.keepBoth'), t('disagreements.keepBoth.title'), () => onResolve('keepBoth'))}
      {action(actionKeys.comment, t('disagreements.comment'), t('disagreements.comment.title'), onComment)}
      <span className="dis-actions__hint">{t('disagreements.keys')}</span>
    </div>
  );
}
