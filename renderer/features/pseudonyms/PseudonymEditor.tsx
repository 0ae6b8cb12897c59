import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/I18n';

interface Props {
  /** Accessible name: « Pseudonyme de « Sonia » ». */
  label: string;
  original: string;
  /** Saves (and accepts the candidate); resolves to true when saved. */
  onSave: (pseudonym: string) => Promise<boolean>;
  /** Gives up; `refocus` when the cell should take the focus back (Escape, not a click elsewhere). */
  onCancel: (refocus: boolean) => void;
}

/**
 * The pseudonym edited in place: Enter saves it (the candidate is accepted with it), Escape gives
 * up, leaving the field with a changed text saves it as in the case table. An empty text is refused.
 */
export function PseudonymEditor({ label, original, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(original);
  const [empty, setEmpty] = useState(false);
  const saving = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function save() {
    if (saving.current) return;
    if (text.trim() === '') {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    saving.current = true;
    const saved = await onSave(text.trim());
    saving.current = false;
    if (!saved) input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel(true);
    }
  }

  return (
    <div className="pseudo-editor">
      <input
        ref={input}
        className="pseudo-editor__input"
        size={1}
        maxLength={200}
        value={text}
        aria-label={label}
        aria-invalid={empty ? true : undefined}
        aria-describedby={empty ? `${id}-error` : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) return;
          if (text.trim() !== '' && text.trim() !== original) void save();
          else onCancel(false);
        }}
      />
      {empty ? (
        <p id={`${id}-error`} className="pseudo-editor__error" role="alert">
          {t('pseudonymsReview.edit.empty')}
        </p>
      ) : null}
    </div>
  );
}
