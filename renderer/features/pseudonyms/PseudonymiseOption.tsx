import { useEffect, useState } from 'react';
import type { PseudonymEntry } from '../../../shared/domain/pseudonym';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { pseudonymiseByDefault } from './review';

/**
 * Whether an export is made pseudonymised: by default yes once the project has accepted entries,
 * until the researcher says otherwise. `accepted` is undefined while the entries load.
 */
export function usePseudonymiseChoice() {
  const api = useApi();
  const [entries, setEntries] = useState<PseudonymEntry[] | undefined>(undefined);
  const [choice, setChoice] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    // Without the table the export is simply not pseudonymised: no error to show here.
    api.pseudonyms.entries({}).then(
      (list) => live && setEntries(list),
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const accepted = entries === undefined ? undefined : entries.filter((e) => e.decision === 'accepted').length;
  return { pseudonymise: choice ?? pseudonymiseByDefault(entries), setPseudonymise: setChoice, accepted };
}

/** The checkbox of the export dialogs: « Pseudonymiser l’export (la table de correspondance n’est jamais exportée) ». */
export function PseudonymiseOption({ checked, onChange, accepted }: { checked: boolean; onChange: (checked: boolean) => void; accepted: number | undefined }) {
  const { t, tc } = useI18n();
  return (
    <div className="pseudo-option">
      <label className="export-dialog__option export-dialog__check">
        <input type="checkbox" checked={checked} disabled={accepted === undefined} onChange={(event) => onChange(event.target.checked)} />
        {t('pseudonymsReview.exportOption')}
      </label>
      {accepted !== undefined ? (
        <p className="field__hint pseudo-option__hint">
          {accepted === 0 ? t('pseudonymsReview.exportOption.none') : tc(accepted, 'pseudonymsReview.exportOption.count', 'pseudonymsReview.exportOption.count.one')}
        </p>
      ) : null}
    </div>
  );
}
