import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { ApiError } from '../../../shared/errors';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { SearchBox } from '../../ui/SearchBox';
import { CodebookImportButton } from '../tables/CodebookImportButton';
import { buildCodeTree, filterCodeTree, freeName, type MoveTarget } from './codeTree';
import { CodeDialogs, type CodeDialog } from './CodeDialogs';
import { CodeTree } from './CodeTree';
import { ExportCodebook } from './ExportCodebook';
import type { RowAction } from './RowMenu';

interface Props {
  codes: Code[] | undefined;
  onAutocode: () => void;
  /** A single click on a code row (the coding view applies the code to the current selection). */
  onCodeClick?: (code: Code) => void;
  /** A text selection dragged from the document dropped on a code row. */
  onSelectionDrop?: (codeId: number) => void;
  /** Codes whose highlights are hidden in the document. */
  hiddenCodeIds?: ReadonlySet<number>;
  /** The eye of a row was toggled: the code and all its descendants. */
  onToggleVisible?: (codeIds: number[]) => void;
  /** The code under the caret in the document. */
  activeCodeId?: number | null;
}

/**
 * The codebook: families and codes with their colours and counts, a filter box, and the editor:
 * new codes and sub-codes, renaming in place, moving by drag and drop or Alt+arrows, colours, the
 * code sheet, merge, split and delete (every change undoable), import and automatic coding.
 */
export function CodebookPanel({ codes, onAutocode, ...coding }: Props) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<CodeDialog | null>(null);
  const returnFocus = useRef<number | null>(null);
  const tree = useMemo(() => buildCodeTree(codes ?? []), [codes]);
  const visible = useMemo(() => filterCodeTree(tree, query), [tree, query]);
  const filtering = query.trim() !== '';

  const create = useCallback(
    async (parentId: number | null) => {
      try {
        const name = freeName(codes ?? [], parentId, t(parentId === null ? 'codebook.newName' : 'codebook.newChildName'));
        const { id } = await api.codebook.create({ parentId, name });
        setQuery('');
        setRenamingId(id);
        announce(t('codebook.created', { name }));
      } catch (error) {
        toasts.showError(error);
      }
    },
    [api, codes, t, toasts, announce],
  );

  const rename = useCallback(
    async (code: Code, name: string): Promise<string | null> => {
      try {
        await api.codebook.update({ id: code.id, name });
        return null;
      } catch (error) {
        if (error instanceof ApiError) return error.wire.message[lang];
        toasts.showError(error);
        return null;
      }
    },
    [api, lang, toasts],
  );

  const move = useCallback(
    async (code: Code, target: MoveTarget) => {
      try {
        await api.codebook.move({ id: code.id, parentId: target.parentId, index: target.index });
        announce(t('codebook.moved', { name: code.name }));
      } catch (error) {
        toasts.showError(error);
      }
    },
    [api, toasts, announce, t],
  );

  const action = useCallback(
    (what: RowAction, code: Code) => {
      if (what === 'newChild') void create(code.id);
      else if (what === 'rename') setRenamingId(code.id);
      else setDialog({ kind: what, codeId: code.id });
    },
    [create],
  );

  // The menu item that opened a dialog is gone when it closes: the focus goes back to the code's
  // row, once the dialog (and the page's inertness) is gone.
  const closeDialog = () => {
    returnFocus.current = dialog?.codeId ?? null;
    setDialog(null);
  };
  useEffect(() => {
    const id = returnFocus.current;
    if (dialog !== null || id === null) return;
    returnFocus.current = null;
    document.querySelector<HTMLElement>(`[data-testid="code-tree"] [data-code-id="${id}"]`)?.focus();
  }, [dialog]);

  if (codes === undefined) return null;
  return (
    <div className="panel codebook-panel">
      <div className="panel__toolbar">
        <SearchBox label={t('codebook.filter')} clearLabel={t('codebook.clearFilter')} value={query} onChange={setQuery} />
        <div className="panel__row">
          <Button size="sm" variant="secondary" icon="plus" onClick={() => void create(null)}>
            {t('codebook.new')}
          </Button>
          <Button size="sm" variant="ghost" icon="sparkle" onClick={onAutocode} disabled={codes.length === 0}>
            {t('autocode.open')}
          </Button>
        </div>
      </div>
      <div className="panel-scroll">
        {codes.length === 0 ? (
          <p className="empty-note">{t('codebook.empty')}</p>
        ) : visible.length === 0 ? (
          <p className="empty-note" role="status">
            {t('codebook.noMatch', { query: query.trim() })}
          </p>
        ) : (
          <CodeTree
            nodes={visible}
            roots={tree}
            codes={codes}
            forceExpanded={filtering}
            renamingId={renamingId}
            onRenamingChange={setRenamingId}
            onRename={rename}
            onMove={move}
            onAction={action}
            {...coding}
          />
        )}
        {codes.length > 0 ? <p className="codebook-hint">{t('codebook.dragHint')}</p> : null}
      </div>
      <div className="panel__footer codebook-footer">
        <CodebookImportButton />
        <ExportCodebook disabled={codes.length === 0} />
        <p className="panel__summary">{tc(codes.length, 'codebook.count', 'codebook.count.one')}</p>
      </div>
      <CodeDialogs dialog={dialog} codes={codes} roots={tree} onClose={closeDialog} />
    </div>
  );
}
