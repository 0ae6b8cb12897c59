import { useEffect, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { CodeNode, MoveTarget } from './codeTree';
import { CodeRow } from './CodeRow';
import type { RowAction } from './RowMenu';
import { useT } from '../../app/I18n';
import { CODE_DRAG_TYPE, TreeContext, useTree, type DropMark, type TreeHandlers } from './treeContext';

export interface CodeTreeProps {
  /** The codes shown (filtered or not). */
  nodes: CodeNode[];
  /** The whole tree, for moves: a filter must not change where a code lands. */
  roots: readonly CodeNode[];
  codes: readonly Code[];
  /** While filtering, every family is shown open. */
  forceExpanded: boolean;
  renamingId: number | null;
  onRenamingChange: (id: number | null) => void;
  onRename: (code: Code, name: string) => Promise<string | null>;
  onMove: (code: Code, target: MoveTarget) => Promise<void>;
  onAction: (action: RowAction, code: Code) => void;
  /** A single click on a row (the coding view applies the code to the text selection). */
  onCodeClick?: (code: Code) => void;
  /** A text selection dragged from the document (`application/x-balise-selection`) dropped on a row. */
  onSelectionDrop?: (codeId: number) => void;
  /** Codes whose highlights the document hides; rows show a closed eye. */
  hiddenCodeIds?: ReadonlySet<number>;
  /** The eye of a row: the code and all its descendants. */
  onToggleVisible?: (codeIds: number[]) => void;
  /** The code under the caret in the document, highlighted. */
  activeCodeId?: number | null;
}

/** Families and their codes, indented; a family folds and unfolds with its disclosure button. */
export function CodeTree(props: CodeTreeProps) {
  const { nodes, roots, codes, forceExpanded, renamingId, onRenamingChange, onRename, onMove, onAction } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [menuId, setMenuId] = useState<number | null>(null);
  const [drop, setDrop] = useState<DropMark>(null);
  const [draggingId, setDragging] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const ref = useRef<HTMLUListElement>(null);

  // After a move the row is drawn again elsewhere: give it the focus back once the new tree is in.
  useEffect(() => {
    if (focusId === null) return;
    const row = ref.current?.querySelector<HTMLElement>(`[data-code-id="${focusId}"]`);
    const active = document.activeElement;
    const free = active === null || active === document.body || ref.current?.contains(active);
    if (row && free && active !== row) row.focus();
  }, [nodes, focusId]);


  // A code being renamed (a new sub-code) is shown: its folded ancestors open.
  const shownCollapsed = useMemo(() => {
    if (renamingId === null || collapsed.size === 0) return collapsed;
    const ancestors = new Set<number>();
    for (let id = codes.find((c) => c.id === renamingId)?.parentId ?? null; id !== null; id = codes.find((c) => c.id === id)?.parentId ?? null) ancestors.add(id);
    return new Set([...collapsed].filter((id) => !ancestors.has(id)));
  }, [collapsed, renamingId, codes]);

  const toggle = (id: number) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const handlers = useMemo<TreeHandlers>(
    () => ({
      roots,
      codes,
      renamingId,
      menuId,
      drop,
      draggingId,
      setMenuId,
      setDrop,
      setDragging,
      startRename: (id) => {
        setMenuId(null);
        onRenamingChange(id);
      },
      endRename: () => {
        const id = renamingId;
        onRenamingChange(null);
        if (id !== null) ref.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus();
      },
      rename: onRename,
      move: (code, target) => {
        setFocusId(code.id);
        window.setTimeout(() => setFocusId((id) => (id === code.id ? null : id)), 2000);
        // A code moved into a folded family: unfold it so the code stays in sight.
        if (target.parentId !== null) setCollapsed((previous) => new Set([...previous].filter((id) => id !== target.parentId)));
        void onMove(code, target);
      },
      action: onAction,
      onCodeClick: props.onCodeClick,
      onSelectionDrop: props.onSelectionDrop,
      hiddenCodeIds: props.hiddenCodeIds,
      onToggleVisible: props.onToggleVisible,
      activeCodeId: props.activeCodeId,
    }),
    [roots, codes, renamingId, menuId, drop, draggingId, onRenamingChange, onRename, onMove, onAction, props.onCodeClick, props.onSelectionDrop, props.hiddenCodeIds, props.onToggleVisible, props.activeCodeId],
  );

  return (
    <TreeContext.Provider value={handlers}>
      <ul ref={ref} className="code-tree" data-testid="code-tree">
        {nodes.map((node) => (
          <CodeItem key={node.code.id} node={node} depth={0} collapsed={forceExpanded ? null : shownCollapsed} onToggle={toggle} />
        ))}
      </ul>
      {draggingId !== null ? <RootDrop /> : null}
    </TreeContext.Provider>
  );
}

/** While a code is dragged: a zone under the tree that puts it last at the top level. */
function RootDrop() {
  const t = useT();
  const tree = useTree();
  const [over, setOver] = useState(false);
  const moved = tree.codes.find((c) => c.id === tree.draggingId);
  const index = tree.roots.filter((n) => n.code.id !== tree.draggingId).length;
  const useful = moved !== undefined && !(moved.parentId === null && tree.roots[tree.roots.length - 1]?.code.id === moved.id);
  if (!useful) return null;
  return (
    <div
      className={`code-tree__root-drop ${over ? 'code-tree__root-drop--over' : ''}`}
      data-testid="code-root-drop"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        tree.setDragging(null);
        tree.move(moved, { parentId: null, index });
      }}
    >
      {t('codebook.dropRoot')}
    </div>
  );
}

interface ItemProps {
  node: CodeNode;
  depth: number;
  collapsed: ReadonlySet<number> | null;
  onToggle: (id: number) => void;
}

function CodeItem({ node, depth, collapsed, onToggle }: ItemProps) {
  const { code, children } = node;
  const open = children.length > 0 && !collapsed?.has(code.id);
  const groupId = `code-group-${code.id}`;
  return (
    <li className="code-tree__item">
      <CodeRow node={node} depth={depth} open={open} groupId={groupId} onToggle={onToggle} />
      {open ? (
        <ul id={groupId} className="code-tree__group">
          {children.map((child) => (
            <CodeItem key={child.code.id} node={child} depth={depth + 1} collapsed={collapsed} onToggle={onToggle} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
