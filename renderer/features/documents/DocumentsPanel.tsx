import { useCallback, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentGroup, DocumentSummary } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { useToasts } from '../../app/Toasts';
import { Button, IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { SearchBox } from '../../ui/SearchBox';
import { useImport } from '../import/ImportProvider';
import { documentSorts, nextSelection, percentCoded, viewDocuments, type DocumentSort } from './documentList';
import { GroupMenu, type GroupMenuTarget } from './GroupMenu';
import { GroupsDialog } from './GroupsDialog';
import { documentKindIcon, documentKindLabel } from './kinds';

interface Props {
  documents: DocumentSummary[] | undefined;
  /** Reloads the groups when the project changes. */
  dataKey: string;
  /** The document shown in the workspace. */
  selectedId: number | null;
  onOpen: (id: number) => void;
}

const sortLabel = {
  import: 'documents.sort.import',
  name: 'documents.sort.name',
  kind: 'documents.sort.kind',
  progress: 'documents.sort.progress',
  codings: 'documents.sort.codings',
} as const satisfies Record<DocumentSort, string>;

/**
 * The project's documents: a name filter (case and accents folded), a group filter and a sort;
 * each row shows the kind, the codings and how much of the text is coded, and a menu to put the
 * document in groups. A click opens the document in a tab; Ctrl+click and Shift+click select
 * several, for the groups menu of the selection.
 */
export function DocumentsPanel({ documents, dataKey, selectedId, onOpen }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const { chooseFiles } = useImport();
  const groupsState = useAsync(dataKey, () => api.groups.list({}));
  const groups = useMemo(() => groupsState.data ?? [], [groupsState.data]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DocumentSort>('import');
  const [groupChoice, setGroupChoice] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ ids: number[]; anchor: number | null }>({ ids: [], anchor: null });
  const [menu, setMenu] = useState<GroupMenuTarget | null>(null);
  const [dialog, setDialog] = useState<{ documentIds: number[] } | null>(null);
  const sortId = useId();
  const groupId = useId();

  // A deleted group no longer filters.
  const activeGroup = groupChoice !== null && groups.some((g) => g.id === groupChoice) ? groupChoice : null;
  const visible = useMemo(() => viewDocuments(documents ?? [], { query, groupId: activeGroup, sort }), [documents, query, activeGroup, sort]);
  const order = visible.map((d) => d.id);
  const selected = selection.ids.filter((id) => order.includes(id));
  const multiple = selected.length > 1;
  const closeMenu = useCallback(() => setMenu(null), []);

  if (documents === undefined) return null;
  if (documents.length === 0) {
    return (
      <div className="panel-empty">
        <p className="empty-note">{t('documents.empty')}</p>
        <Button icon="upload" size="sm" onClick={chooseFiles}>
          {t('documents.import')}
        </Button>
      </div>
    );
  }

  function select(id: number, toggle: boolean, range: boolean) {
    // A selection started with Ctrl or Shift starts from the open document, as if it had been clicked.
    const fromOpen = (toggle || range) && selected.length === 0 && selectedId !== null && selectedId !== id && order.includes(selectedId);
    const base = fromOpen ? [selectedId] : selected;
    const anchor = fromOpen ? selectedId : selection.anchor;
    const next = nextSelection(base, anchor, id, order, { toggle, range });
    setSelection({ ids: next.selected, anchor: next.anchor });
  }

  function click(event: MouseEvent, id: number) {
    const toggle = event.ctrlKey || event.metaKey;
    const range = event.shiftKey;
    select(id, toggle, range);
    if (!toggle && !range) onOpen(id);
  }

  /** The keyboard's Ctrl+click and Shift+click: Ctrl+Space and Shift+Space on a row. */
  function onRowKeyDown(event: KeyboardEvent, id: number) {
    if (event.key !== ' ' || !(event.ctrlKey || event.metaKey || event.shiftKey)) return;
    event.preventDefault();
    select(id, event.ctrlKey || event.metaKey, event.shiftKey);
  }

  function openMenu(anchor: HTMLElement, documentIds: number[]) {
    setMenu((current) => (current?.anchor === anchor ? null : { anchor, documentIds }));
  }

  async function toggleGroup(group: DocumentGroup, documentIds: number[], member: boolean) {
    try {
      const { changed } = await api.groups.setMembers({ id: group.id, documentIds, member });
      const one = changed === 1;
      const key = member ? (one ? 'groups.added.one' : 'groups.added') : one ? 'groups.removed.one' : 'groups.removed';
      toasts.showInfo(key, { count: changed, name: group.name });
    } catch (error) {
      toasts.showError(error);
    }
  }

  function onListKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && selected.length > 0) setSelection({ ids: [], anchor: null });
  }

  const filtering = query.trim() !== '';
  return (
    <div className="panel documents-panel">
      <div className="panel__toolbar">
        <SearchBox label={t('documents.filter')} clearLabel={t('documents.clearFilter')} value={query} onChange={setQuery} />
        <div className="documents-panel__choices">
          <div className="documents-panel__choice">
            <label htmlFor={groupId} className="documents-panel__label">
              {t('documents.group')}
            </label>
            <div className="documents-panel__with-button">
              <select
                id={groupId}
                className="input documents-panel__select"
                value={activeGroup ?? ''}
                onChange={(event) => setGroupChoice(event.target.value === '' ? null : Number(event.target.value))}
              >
                <option value="">{t('documents.group.all')}</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {t('documents.group.option', { name: group.name, count: group.documentIds.length })}
                  </option>
                ))}
              </select>
              <IconButton icon="edit" label={t('groups.manage')} onClick={() => setDialog({ documentIds: [] })} />
            </div>
          </div>
          <div className="documents-panel__choice">
            <label htmlFor={sortId} className="documents-panel__label">
              {t('documents.sort')}
            </label>
            <select id={sortId} className="input documents-panel__select" value={sort} onChange={(event) => setSort(event.target.value as DocumentSort)}>
              {documentSorts.map((key) => (
                <option key={key} value={key}>
                  {t(sortLabel[key])}
                </option>
              ))}
            </select>
          </div>
        </div>
        {multiple ? (
          <div className="documents-panel__selection" role="group" aria-label={tc(selected.length, 'documents.selected', 'documents.selected.one')}>
            <span className="documents-panel__selection-count" aria-live="polite">
              {tc(selected.length, 'documents.selected', 'documents.selected.one')}
            </span>
            <Button size="sm" icon="tag" aria-haspopup="menu" aria-expanded={menu !== null && menu.documentIds === selected} onClick={(event) => openMenu(event.currentTarget, selected)}>
              {t('documents.selection.groups')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setSelection({ ids: [], anchor: null })}>
              {t('documents.selection.clear')}
            </Button>
          </div>
        ) : (
          <p className="panel__summary" title={t('documents.selectHint')}>
            {visible.length === documents.length
              ? tc(documents.length, 'status.documents', 'status.documents.one')
              : t('documents.shown', { shown: visible.length, total: documents.length })}
          </p>
        )}
      </div>
      <div className="panel-scroll">
        {visible.length === 0 ? (
          <p className="empty-note" role="status">
            {filtering ? t('documents.noMatch', { query: query.trim() }) : t('documents.groupEmpty')}
          </p>
        ) : (
          <ul className="doc-list" data-testid="document-list" onKeyDown={onListKeyDown}>
            {visible.map((doc) => {
              const percent = percentCoded(doc.codedShare);
              const inSelection = multiple && selected.includes(doc.id);
              const menuIds = inSelection ? selected : [doc.id];
              return (
                <li key={doc.id} className={`doc-row${inSelection ? ' doc-row--selected' : ''}`}>
                  <button
                    type="button"
                    className="doc-item"
                    aria-current={doc.id === selectedId ? 'true' : undefined}
                    onClick={(event) => click(event, doc.id)}
                    onKeyDown={(event) => onRowKeyDown(event, doc.id)}
                    title={doc.sourceName ?? undefined}
                  >
                    <Icon name={documentKindIcon[doc.kind]} className="doc-item__icon" size={18} />
                    <span className="doc-item__text">
                      <span className="doc-item__name">{doc.name}</span>
                      <span className="doc-item__meta">
                        <span>{t(documentKindLabel[doc.kind])}</span>
                        <span aria-hidden="true">·</span>
                        <span>{tc(doc.codingCount, 'documents.codings', 'documents.codings.one')}</span>
                      </span>
                      <span className="doc-progress">
                        <span className="doc-progress__bar" aria-hidden="true">
                          <span className="doc-progress__fill" style={{ width: `${percent}%` }} />
                        </span>
                        <span className="doc-progress__label">{t('documents.progress', { percent })}</span>
                      </span>
                      {inSelection ? <span className="sr-only">{t('documents.inSelection')}</span> : null}
                    </span>
                  </button>
                  <IconButton
                    icon="more"
                    className="doc-row__menu"
                    label={t('documents.actions', { name: doc.name })}
                    aria-haspopup="menu"
                    aria-expanded={menu !== null && menu.documentIds.includes(doc.id) && !multiple}
                    onClick={(event) => openMenu(event.currentTarget, menuIds)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {menu ? (
        <GroupMenu
          target={menu}
          groups={groups}
          onToggle={(group, member) => void toggleGroup(group, menu.documentIds, member)}
          onNewGroup={() => setDialog({ documentIds: menu.documentIds })}
          onManage={() => setDialog({ documentIds: [] })}
          onClose={closeMenu}
        />
      ) : null}
      {dialog ? <GroupsDialog groups={groups} documentIds={dialog.documentIds} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
