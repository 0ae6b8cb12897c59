import { useId } from 'react';
import type { AgreementCoder, AgreementLevel, UncodedChoice } from '../../../../shared/domain/agreement';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { useI18n } from '../../../app/I18n';

interface Props {
  coders: readonly AgreementCoder[];
  coderIds: readonly number[];
  onCoders: (ids: number[]) => void;
  level: AgreementLevel;
  onLevel: (level: AgreementLevel) => void;
  uncoded: UncodedChoice;
  onUncoded: (uncoded: UncodedChoice) => void;
  documents: readonly DocumentSummary[];
  /** The documents compared: the chosen ones, or by default those two of the coders coded. */
  documentIds: readonly number[];
  /** True while the documents are the default choice. */
  automatic: boolean;
  onDocuments: (ids: number[] | null) => void;
}

/** Who is compared, by what unit, with or without uncoded text, on which documents. */
export function AgreementSettings({ coders, coderIds, onCoders, level, onLevel, uncoded, onUncoded, documents, documentIds, automatic, onDocuments }: Props) {
  const { t, tc } = useI18n();
  const name = useId();
  const chosen = new Set(coderIds);
  const shown = new Set(documentIds);
  const toggleCoder = (id: number) => onCoders(chosen.has(id) ? coderIds.filter((c) => c !== id) : [...coderIds, id]);
  const toggleDocument = (id: number) => onDocuments(shown.has(id) ? documentIds.filter((d) => d !== id) : [...documentIds, id]);

  return (
    <div className="agreement-settings">
      <fieldset className="agreement-settings__group">
        <legend>{t('agreement.coders')}</legend>
        {coders.map((coder) => (
          <label key={coder.id} className="agreement-settings__option">
            <input type="checkbox" checked={chosen.has(coder.id)} onChange={() => toggleCoder(coder.id)} />
            <span className="swatch" style={{ backgroundColor: coder.color }} aria-hidden="true" />
            <span className="agreement-settings__label">{coder.name}</span>
            <span className="agreement-settings__hint">
              {tc(coder.codings, 'agreement.coder.codings', 'agreement.coder.codings.one')} · {tc(coder.documents, 'agreement.coder.documents', 'agreement.coder.documents.one')}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="agreement-settings__group">
        <legend>{t('agreement.level')}</legend>
        {(['character', 'unit'] as const).map((value) => (
          <label key={value} className="agreement-settings__option">
            <input type="radio" name={`${name}-level`} checked={level === value} onChange={() => onLevel(value)} />
            <span className="agreement-settings__label">{t(value === 'character' ? 'agreement.level.character' : 'agreement.level.unit')}</span>
            <span className="agreement-settings__hint">{t(value === 'character' ? 'agreement.level.character.hint' : 'agreement.level.unit.hint')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="agreement-settings__group">
        <legend>{t('agreement.uncoded')}</legend>
        {(['include', 'exclude'] as const).map((value) => (
          <label key={value} className="agreement-settings__option">
            <input type="radio" name={`${name}-uncoded`} checked={uncoded === value} onChange={() => onUncoded(value)} />
            <span className="agreement-settings__label">{t(value === 'include' ? 'agreement.uncoded.include' : 'agreement.uncoded.exclude')}</span>
            <span className="agreement-settings__hint">{t(value === 'include' ? 'agreement.uncoded.include.hint' : 'agreement.uncoded.exclude.hint')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="agreement-settings__group">
        <legend>{t('agreement.documents')}</legend>
        <p className="agreement-settings__note">{automatic ? t('agreement.documents.automatic') : tc(documentIds.length, 'agreement.documents.chosen', 'agreement.documents.chosen.one')}</p>
        {!automatic ? (
          <button type="button" className="agreement-settings__reset" onClick={() => onDocuments(null)}>
            {t('agreement.documents.reset')}
          </button>
        ) : null}
        <ul className="agreement-settings__documents">
          {documents.map((doc) => (
            <li key={doc.id}>
              <label className="agreement-settings__option">
                <input type="checkbox" checked={shown.has(doc.id)} onChange={() => toggleDocument(doc.id)} />
                <span className="agreement-settings__label">{doc.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
