import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';

export interface ExportFormat<F extends string> {
  value: F;
  label: MessageKey;
  /** MIME type of the downloaded file. */
  type: string;
}

interface Props<F extends string> {
  legend: MessageKey;
  /** Radio group name: groups sharing it make one choice. */
  name: string;
  formats: readonly ExportFormat<F>[];
  chosen: string;
  onChoose: (format: F) => void;
  /** The chosen option takes the focus when the dialog opens. */
  autofocus?: boolean;
}

/** A fieldset of export formats as radio buttons (the export dialogs of extracts and of the codebook). */
export function FormatChoice<F extends string>({ legend, name, formats, chosen, onChoose, autofocus = false }: Props<F>) {
  const { t } = useI18n();
  return (
    <fieldset className="export-dialog__choice">
      <legend className="field__label">{t(legend)}</legend>
      {formats.map((f) => (
        <label key={f.value} className="export-dialog__option">
          <input type="radio" name={name} value={f.value} checked={chosen === f.value} onChange={() => onChoose(f.value)} data-autofocus={autofocus && chosen === f.value ? '' : undefined} />
          {t(f.label)}
        </label>
      ))}
    </fieldset>
  );
}
