import { useId, useState, type FormEvent } from 'react';
import type { LocalText } from '../../../app/Toasts';
import { useI18n } from '../../../app/I18n';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { translate } from '../../../../shared/i18n';
import { parseList } from '../review';

interface Props {
  title: string;
  description: string;
  label: string;
  items: readonly string[];
  /** Longest line accepted. */
  max: number;
  onSave: (items: string[]) => Promise<boolean>;
  onClose: () => void;
}

/** A list the researcher types one item per line (first names, place names); blanks and repeats are dropped. */
export function ListDialog({ title, description, label, items, max, onSave, onClose }: Props) {
  const { t, tc } = useI18n();
  const id = useId();
  const [text, setText] = useState(items.join('\n'));
  const [failure, setFailure] = useState<LocalText | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = parseList(text, max);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed.tooLong.length > 0) {
      const line = parsed.tooLong[0]!;
      const refusal: LocalText = (lang) => translate(lang, 'pseudonymsReview.list.tooLong', { line: line.slice(0, 40), max });
      setFailure(() => refusal);
      return;
    }
    setBusy(true);
    const saved = await onSave(parsed.items);
    setBusy(false);
    if (saved) onClose();
  }

  return (
    <Dialog title={title} description={description} onClose={onClose} className="dialog--form pseudo-list-dialog">
      <form className="dialog__body" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {label}
          </label>
          <textarea
            id={id}
            className="input pseudo-list-dialog__text"
            rows={12}
            value={text}
            spellCheck={false}
            data-autofocus=""
            aria-describedby={`${id}-count`}
            onChange={(event) => {
              setText(event.target.value);
              setFailure(null);
            }}
          />
          <p id={`${id}-count`} className="field__hint">
            {tc(parsed.items.length, 'pseudonymsReview.list.count', 'pseudonymsReview.list.count.one')}
          </p>
        </div>
        <FormActions failure={failure} submitLabel={t('pseudonymsReview.list.save')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
