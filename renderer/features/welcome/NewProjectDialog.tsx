import { useState, type FormEvent } from 'react';
import type { ProjectTemplate } from '../../../shared/domain/project';
import type { Language } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { hasForbiddenCharacter, joinPath, projectFileName } from '../../app/paths';
import { errorText } from '../../app/Toasts';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';

interface Props {
  defaultFolder: string;
  onCreate: (path: string, template: ProjectTemplate, name: string) => Promise<void>;
  onClose: () => void;
}

const templates = [
  { id: 'stess', label: 'newProject.template.stess' },
  { id: 'vide', label: 'newProject.template.vide' },
] as const;

/** Browser mode's « Nouveau projet »: name, folder and template; creates `<folder>/<name>.balise`. */
export function NewProjectDialog({ defaultFolder, onCreate, onClose }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(() => t('newProject.defaultName'));
  const [folder, setFolder] = useState(defaultFolder);
  const [template, setTemplate] = useState<ProjectTemplate>('stess');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<((l: Language) => string) | null>(null);

  const nameError = !name.trim() ? t('newProject.nameRequired') : hasForbiddenCharacter(name) ? t('newProject.nameInvalid') : null;
  const folderError = !folder.trim() ? t('newProject.folderRequired') : null;
  const path = nameError || folderError ? null : joinPath(folder, projectFileName(name));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!path) return;
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(path, template, name.trim().replace(/\.balise$/i, ''));
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('newProject.title')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('newProject.name')} value={name} onChange={setName} error={submitted ? nameError : null} autoFocus required />
        <TextField
          label={t('newProject.folder')}
          value={folder}
          onChange={setFolder}
          hint={t('newProject.folderHint')}
          error={submitted ? folderError : null}
          mono
          required
        />
        <fieldset className="field choice-group">
          <legend className="field__label">{t('newProject.template')}</legend>
          {templates.map((option) => (
            <label key={option.id} className="choice">
              <input
                type="radio"
                name="template"
                value={option.id}
                checked={template === option.id}
                onChange={() => setTemplate(option.id)}
              />
              <span>{t(option.label)}</span>
            </label>
          ))}
        </fieldset>
        {path ? <p className="path-preview">{t('newProject.willCreate', { path })}</p> : null}
        <FormActions failure={failure} submitLabel={t('newProject.create')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
