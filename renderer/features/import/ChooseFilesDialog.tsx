import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { acceptAttribute, documentFormats, tableFormats } from './files';
import { refiAccept, refiFormats } from './refiFiles';

const SHOWN = 6;

/** Browser mode's « Importer… »: a labelled file input (several files), then « Importer ». */
export function ChooseFilesDialog({ onImport, onClose }: { onImport: (files: File[]) => void; onClose: () => void }) {
  const { t, tc } = useI18n();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const missing = files.length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!missing) onImport(files);
  }

  return (
    <Dialog title={t('import.title')} description={t('import.choose.description')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={submit} noValidate>
        <div className="field">
          <span id={`${id}-label`} className="field__label">
            {t('import.choose.label')}
          </span>
          <div className="file-picker">
            {/* The input stays in the tab order (Space opens the system's chooser); its label is the visible button. */}
            <input
              id={id}
              type="file"
              multiple
              accept={`${acceptAttribute},${refiAccept}`}
              className="file-picker__input"
              data-autofocus=""
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-status ${id}-hint${submitted && missing ? ` ${id}-error` : ''}`}
              aria-invalid={submitted && missing ? true : undefined}
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
            <label htmlFor={id} className="btn btn--secondary btn--sm file-picker__button">
              <Icon name="folder" />
              <span className="btn__label">{t('import.choose.button')}</span>
            </label>
            <span id={`${id}-status`} className="file-picker__status">
              {files.length > 0 ? tc(files.length, 'import.choose.selected', 'import.choose.selected.one') : t('import.choose.none')}
            </span>
          </div>
          <p id={`${id}-hint`} className="field__hint">
            {t('import.choose.formats', { documents: documentFormats, tables: tableFormats })} {t('refi.choose.formats', { formats: refiFormats })}
          </p>
          {submitted && missing ? (
            <p id={`${id}-error`} className="field__error">
              {t('import.choose.required')}
            </p>
          ) : null}
        </div>
        {files.length > 0 ? (
          <div className="chosen-files">
            <ul className="chosen-files__list">
              {files.slice(0, SHOWN).map((file, index) => (
                <li key={`${index}-${file.name}`}>{file.name}</li>
              ))}
            </ul>
            {files.length > SHOWN ? <p className="chosen-files__more">{t('import.choose.more', { count: files.length - SHOWN })}</p> : null}
          </div>
        ) : null}
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" icon="upload">
            {t('import.choose.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
