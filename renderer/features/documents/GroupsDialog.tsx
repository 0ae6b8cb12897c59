import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DocumentGroup } from '../../../shared/domain/document';
import type { Language } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { errorText, useToasts } from '../../app/Toasts';
import { Button, IconButton } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';

type Failure = ((lang: Language) => string) | null;

interface Props {
  groups: DocumentGroup[];
  /** Documents to put in a group created here (« Nouveau groupe… » of a document's menu). */
  documentIds?: number[];
  onClose: () => void;
}

/**
 * Document groups: create one (with the chosen documents, when opened from a document's menu),
 * rename one in place, delete one after a confirmation. The service refuses a name already taken,
 * case aside, and the message shows under the field.
 */
export function GroupsDialog({ groups, documentIds = [], onClose }: Props) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<Failure>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const forDocuments = documentIds.length > 0;

  async function create(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    setFailure(null);
    try {
      const { id } = await api.groups.create({ name: trimmed });
      if (forDocuments) {
        await api.groups.setMembers({ id, documentIds, member: true });
        toasts.showInfo(documentIds.length === 1 ? 'groups.added.one' : 'groups.added', { count: documentIds.length, name: trimmed });
        onClose();
        return;
      }
      setName('');
    } catch (error) {
      setFailure(() => errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('groups.title')} description={t('groups.description')} onClose={onClose} className="dialog--form groups-dialog">
      <div className="dialog__body">
        <form className="groups-dialog__create" onSubmit={(event) => void create(event)} noValidate>
          <TextField
            label={forDocuments ? tc(documentIds.length, 'groups.createFor', 'groups.createFor.one') : t('groups.newName')}
            value={name}
            onChange={(value) => {
              setName(value);
              setFailure(null);
            }}
            error={failure ? failure(lang) : null}
            autoFocus
            maxLength={200}
          />
          <Button type="submit" variant="primary" icon="plus" disabled={busy || name.trim() === ''}>
            {t('groups.create')}
          </Button>
        </form>
        {groups.length === 0 ? (
          <p className="empty-note">{t('groups.empty')}</p>
        ) : (
          <ul className="groups-dialog__list" data-testid="group-list">
            {groups.map((group) =>
              renaming === group.id ? (
                <RenameRow key={group.id} group={group} onDone={() => setRenaming(null)} />
              ) : deleting === group.id ? (
                <DeleteRow key={group.id} group={group} onDone={() => setDeleting(null)} />
              ) : (
                <li key={group.id} className="group-row">
                  <span className="group-row__name">{group.name}</span>
                  <span className="group-row__count">{tc(group.documentIds.length, 'groups.members', 'groups.members.one')}</span>
                  <IconButton icon="edit" label={t('groups.renameLabel', { name: group.name })} onClick={() => setRenaming(group.id)} />
                  <IconButton icon="trash" className="icon-btn--danger" label={t('groups.deleteLabel', { name: group.name })} onClick={() => setDeleting(group.id)} />
                </li>
              ),
            )}
          </ul>
        )}
        <DialogActions>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}

function RenameRow({ group, onDone }: { group: DocumentGroup; onDone: () => void }) {
  const { t, lang } = useI18n();
  const api = useApi();
  const [name, setName] = useState(group.name);
  const [failure, setFailure] = useState<Failure>(null);
  const [busy, setBusy] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const input = row.current?.querySelector('input');
    input?.focus();
    input?.select();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === group.name) return onDone();
    setBusy(true);
    try {
      await api.groups.rename({ id: group.id, name: trimmed });
      onDone();
    } catch (error) {
      setFailure(() => errorText(error));
      setBusy(false);
    }
  }

  return (
    <li ref={row} className="group-row group-row--editing">
      <form className="group-row__form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          label={t('groups.newNameFor', { name: group.name })}
          value={name}
          onChange={(value) => {
            setName(value);
            setFailure(null);
          }}
          error={failure ? failure(lang) : null}
          maxLength={200}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onDone();
            }
          }}
        />
        <div className="group-row__actions">
          <Button size="sm" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button size="sm" type="submit" variant="primary" disabled={busy}>
            {t('groups.save')}
          </Button>
        </div>
      </form>
    </li>
  );
}

function DeleteRow({ group, onDone }: { group: DocumentGroup; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);

  async function remove() {
    setBusy(true);
    try {
      await api.groups.delete({ id: group.id });
      onDone();
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  }

  return (
    <li className="group-row group-row--confirm">
      <div className="group-row__form" role="group" aria-label={t('groups.deleteTitle')}>
        <p className="group-row__question">{t('groups.deleteConfirm', { name: group.name, count: group.documentIds.length })}</p>
        <div className="group-row__actions">
          <Button size="sm" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button size="sm" variant="danger" disabled={busy} onClick={() => void remove()} ref={confirm}>
            {t('groups.delete')}
          </Button>
        </div>
      </div>
    </li>
  );
}
