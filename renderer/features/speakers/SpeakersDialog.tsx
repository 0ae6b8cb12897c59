import { useRef, useState } from 'react';
import type { Language } from '../../../shared/i18n';
import { translate } from '../../../shared/i18n';
import { translateCount, useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { errorText } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SpeakerRow } from './SpeakerRow';
import { useSpeakers } from './useSpeakers';

interface Props {
  /** One document (from its viewer or the import summary), or null for the whole project. */
  document: { id: number; name: string } | null;
  /** After a change: the viewer and the panels reload (renaming is not announced by the service). */
  onChanged: () => void;
  onClose: () => void;
}

type Local = (lang: Language) => string;

/** Correct the detected speakers: rename one, or merge two spellings by renaming one into the other. */
export function SpeakersDialog({ document, onChanged, onClose }: Props) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { speakers, reload } = useSpeakers(document?.id ?? null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: Local } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  async function rename(from: string, to: string): Promise<boolean> {
    setBusy(true);
    setMessage(null);
    try {
      const { turns } = await api.structure.renameSpeaker({ from, to, documentIds: document ? [document.id] : undefined });
      setMessage({
        kind: 'done',
        text: (l) => translate(l, 'speakers.renamed', { from, to, turns: translateCount(l, turns, 'import.structure.turns', 'import.structure.turns.one') }),
      });
      reload();
      onChanged();
      window.setTimeout(() => status.current?.focus(), 0);
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  const names = (speakers ?? []).map((s) => s.name);
  return (
    <Dialog
      title={t('speakers.title')}
      description={document ? t('speakers.descriptionDocument', { name: document.name }) : t('speakers.descriptionProject')}
      onClose={onClose}
      className="dialog--form"
    >
      <div className="dialog__body">
        {speakers === undefined ? null : speakers.length === 0 ? (
          <p className="empty-note">{t('speakers.none')}</p>
        ) : (
          <ul className="speaker-list" aria-label={t('speakers.list')} data-testid="speaker-list">
            {speakers.map((speaker) => (
              <SpeakerRow key={speaker.name} speaker={speaker} others={names.filter((n) => n !== speaker.name)} busy={busy} onRename={rename} />
            ))}
          </ul>
        )}
        {message ? (
          <p ref={status} tabIndex={-1} className={message.kind === 'done' ? 'result-line' : 'form-error'} role={message.kind === 'done' ? 'status' : 'alert'}>
            {message.text(lang)}
          </p>
        ) : null}
        <DialogActions>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
