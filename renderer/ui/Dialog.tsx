import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Language } from '../../shared/i18n';
import { useI18n, useT } from '../app/I18n';
import { Button, IconButton } from './Button';

interface DialogProps {
  title: string;
  /** One line under the title, also the dialog's accessible description. */
  description?: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native <dialog> element (showModal makes the page behind inert and gives
 * the backdrop), labelled by its title. Escape closes it; Tab and Shift+Tab cycle inside it; focus
 * goes back where it was when it closes. The first field marked `data-autofocus` gets the focus.
 */
export function Dialog({ title, description, onClose, children, className }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(focusable);
    first?.focus();
    if (first instanceof HTMLInputElement && first.type === 'text') first.select();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <IconButton icon="close" label={t('common.close')} onClick={onClose} />
      </header>
      {description ? (
        <p id={descriptionId} className="dialog__description">
          {description}
        </p>
      ) : null}
      {children}
    </dialog>
  );
}

/** The row of buttons at the bottom of a dialog's form. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog__actions">{children}</div>;
}

interface FormActionsProps {
  /** Why the last submit failed, in either language (read out as an alert), or null. */
  failure: ((lang: Language) => string) | null;
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** The end of a dialog form: the failure if any, then Annuler and the submit button. */
export function FormActions({ failure, submitLabel, busy, onCancel }: FormActionsProps) {
  const { t, lang } = useI18n();
  return (
    <>
      {failure ? (
        <p className="form-error" role="alert">
          {failure(lang)}
        </p>
      ) : null}
      <DialogActions>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
      </DialogActions>
    </>
  );
}
