import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import type { Speaker } from './useSpeakers';

interface Props {
  speaker: Speaker;
  /** The other speakers' names: where this one can be merged. */
  others: string[];
  busy: boolean;
  onRename: (from: string, to: string) => Promise<boolean>;
}

/** One speaker: name and turns; renamed in place, or merged into another spelling chosen in a list. */
export function SpeakerRow({ speaker, others, busy, onRename }: Props) {
  const { t, tc } = useI18n();
  const mergeId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'merge'>('view');
  const [name, setName] = useState(speaker.name);
  const [target, setTarget] = useState(others[0] ?? '');
  const [submitted, setSubmitted] = useState(false);
  const missing = name.trim() === '';
  const row = useRef<HTMLLIElement>(null);
  const edited = useRef(false);

  // Into the field when editing starts; back to the row's first button when it ends.
  useEffect(() => {
    if (mode !== 'view') {
      edited.current = true;
      row.current?.querySelector<HTMLElement>('input, select')?.focus();
    } else if (edited.current) row.current?.querySelector<HTMLElement>('button')?.focus();
  }, [mode]);

  const counts = [
    tc(speaker.turns, 'import.structure.turns', 'import.structure.turns.one'),
    speaker.documents !== undefined ? tc(speaker.documents, 'speakers.documents', 'speakers.documents.one') : null,
  ].filter(Boolean);

  async function submit(event: FormEvent, to: string) {
    event.preventDefault();
    setSubmitted(true);
    if (to.trim() === '' || to.trim() === speaker.name) return setMode('view');
    if (!(await onRename(speaker.name, to.trim()))) return;
    setMode('view');
  }

  if (mode === 'rename') {
    return (
      <li ref={row} className="speaker-row speaker-row--editing">
        <form className="speaker-row__form" onSubmit={(event) => void submit(event, name)} noValidate>
          <TextField
            label={t('speakers.renameLabel', { name: speaker.name })}
            value={name}
            onChange={setName}
            error={submitted && missing ? t('speakers.nameRequired') : null}
            list={`${mergeId}-names`}
          />
          <datalist id={`${mergeId}-names`}>
            {others.map((other) => (
              <option key={other} value={other} />
            ))}
          </datalist>
          <div className="speaker-row__buttons">
            <Button size="sm" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </Button>
            <Button size="sm" type="submit" variant="primary" disabled={busy}>
              {t('speakers.save')}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  if (mode === 'merge') {
    return (
      <li ref={row} className="speaker-row speaker-row--editing">
        <form className="speaker-row__form" onSubmit={(event) => void submit(event, target)}>
          <div className="field">
            <label htmlFor={mergeId} className="field__label">
              {t('speakers.mergeLabel', { name: speaker.name })}
            </label>
            <select id={mergeId} className="input" value={target} onChange={(event) => setTarget(event.target.value)}>
              {others.map((other) => (
                <option key={other} value={other}>
                  {other}
                </option>
              ))}
            </select>
          </div>
          <div className="speaker-row__buttons">
            <Button size="sm" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </Button>
            <Button size="sm" type="submit" variant="primary" disabled={busy}>
              {t('speakers.mergeSubmit')}
            </Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li ref={row} className="speaker-row">
      <span className="speaker-row__text">
        <span className="speaker-row__name">{speaker.name}</span>
        <span className="speaker-row__count">{counts.join(' · ')}</span>
      </span>
      <span className="speaker-row__buttons">
        <Button size="sm" variant="ghost" icon="edit" aria-label={`${t('speakers.rename')} ${speaker.name}`} onClick={() => setMode('rename')}>
          {t('speakers.rename')}
        </Button>
        {others.length > 0 ? (
          <Button size="sm" variant="ghost" icon="merge" aria-label={`${t('speakers.merge')} ${speaker.name}`} onClick={() => setMode('merge')}>
            {t('speakers.merge')}
          </Button>
        ) : null}
      </span>
    </li>
  );
}
