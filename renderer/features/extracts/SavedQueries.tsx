import { useState, type FormEvent } from 'react';
import type { SavedQuery } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { errorText, type LocalText } from '../../app/Toasts';
import { IconButton } from '../../ui/Button';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { activeFilterCount } from './filters';

interface ListProps {
  saved: readonly SavedQuery[] | undefined;
  /** The saved query the view shows now, unchanged. */
  currentId: number | null;
  describe: (query: SavedQuery) => string;
  onLoad: (query: SavedQuery) => void;
  onRename: (query: SavedQuery) => void;
  onDelete: (query: SavedQuery) => void;
}

/** The project's saved queries: a click loads one; each can be renamed or deleted (Ctrl+Z brings it back). */
export function SavedQueries({ saved, currentId, describe, onLoad, onRename, onDelete }: ListProps) {
  const { t, tc } = useI18n();
  return (
    <div className="panel-scroll">
      {saved === undefined ? null : saved.length === 0 ? (
        <p className="empty-note panel-pad">{t('extracts.saved.empty')}</p>
      ) : (
        <ul className="saved-queries" aria-label={t('extracts.saved.list')} data-testid="saved-queries">
          {saved.map((query) => {
            const filters = activeFilterCount(query.selection.filters);
            const current = query.id === currentId;
            return (
              <li key={query.id} className={`saved-query ${current ? 'saved-query--current' : ''}`}>
                <button type="button" className="saved-query__load" title={t('extracts.saved.load', { name: query.name })} aria-current={current ? 'true' : undefined} onClick={() => onLoad(query)}>
                  <span className="saved-query__name">{query.name}</span>
                  <span className="saved-query__query">{describe(query)}</span>
                  {filters > 0 || current ? (
                    <span className="saved-query__meta">
                      {filters > 0 ? <span>{tc(filters, 'extracts.saved.filters', 'extracts.saved.filters.one')}</span> : null}
                      {current ? <span className="badge">{t('extracts.saved.current')}</span> : null}
                    </span>
                  ) : null}
                </button>
                <div className="saved-query__actions">
                  <IconButton icon="edit" label={t('extracts.saved.rename', { name: query.name })} onClick={() => onRename(query)} />
                  <IconButton icon="trash" label={t('extracts.saved.delete', { name: query.name })} onClick={() => onDelete(query)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const fold = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('fr');

interface DialogProps {
  /** Renaming this query; otherwise saving the current selection. */
  renaming: SavedQuery | null;
  /** The current query in words, under the title when saving. */
  description: string;
  initialName: string;
  saved: readonly SavedQuery[];
  /** The query with that name replaced (saving) or renamed; the service's refusal comes back as an error. */
  onSubmit: (name: string, replaceId: number | undefined) => Promise<void>;
  onClose: () => void;
}

/**
 * « Enregistrer la requête » (a name; a name already taken offers to replace that query) and
 * « Renommer » (a name no other query has).
 */
export function QueryNameDialog({ renaming, description, initialName, saved, onSubmit, onClose }: DialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<LocalText | null>(null);
  const [busy, setBusy] = useState(false);
  const same = saved.find((q) => fold(q.name) === fold(name) && q.id !== renaming?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('extracts.saveDialog.nameRequired'));
      return;
    }
    if (renaming && same) {
      setError(t('extracts.renameDialog.taken'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name.trim(), renaming ? renaming.id : same?.id);
    } catch (caught) {
      setFailure(() => errorText(caught));
      setBusy(false);
    }
  };

  const title = renaming ? t('extracts.renameDialog.title', { name: renaming.name }) : t('extracts.saveDialog.title');
  const submitLabel = renaming ? t('extracts.renameDialog.submit') : same ? t('extracts.saveDialog.replace') : t('extracts.saveDialog.submit');
  return (
    <Dialog title={title} description={description} onClose={onClose} className="dialog--form">
      <form className="dialog__body" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('extracts.saveDialog.name')}
          value={name}
          onChange={(value) => {
            setName(value);
            setError(null);
          }}
          hint={!renaming && same ? t('extracts.saveDialog.replaceHint') : undefined}
          error={error}
          autoFocus
          maxLength={200}
        />
        <FormActions failure={failure} submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
