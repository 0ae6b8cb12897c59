import { useState } from 'react';
import type { Coder } from '../../../../shared/domain/project';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { CoderDialog } from './CoderDialog';

/** The status bar's coder: who signs the codings now; a click switches coder or changes the colour. */
export function CoderButton({ coder }: { coder: Coder }) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [coders, setCoders] = useState<readonly Coder[] | null>(null);

  async function open() {
    try {
      setCoders(await api.coders.list({}));
    } catch (error) {
      toasts.showError(error);
    }
  }

  return (
    <>
      <button type="button" className="statusbar__coder coder-button" onClick={() => void open()} aria-label={t('coders.button', { name: coder.name })}>
        <span className="dot" style={{ backgroundColor: coder.color }} aria-hidden="true" />
        {t('status.coder', { name: coder.name })}
      </button>
      {coders ? (
        <CoderDialog
          first={false}
          name={coder.name}
          color={coder.color}
          coders={coders}
          onDone={(identity) => {
            setCoders(null);
            toasts.showInfo('coders.switched', { name: identity.name });
          }}
          onClose={() => setCoders(null)}
        />
      ) : null}
    </>
  );
}
