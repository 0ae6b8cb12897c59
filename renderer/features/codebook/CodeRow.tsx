import type { DragEvent, KeyboardEvent } from 'react';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import { dropPlace, findNode, keyboardMove, moveTargetFor, subtreeIds, type CodeNode, type KeyMove } from './codeTree';
import { RenameInput } from './RenameInput';
import { RowMenu } from './RowMenu';
import { CODE_DRAG_TYPE, SELECTION_DRAG_TYPE, useTree } from './treeContext';

interface Props {
  node: CodeNode;
  depth: number;
  open: boolean;
  groupId: string;
  onToggle: (id: number) => void;
}

const altMoves: Record<string, KeyMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };

/** Focuses the row before or after this one in the tree, as a reader sees them. */
function focusSibling(row: HTMLElement, step: 1 | -1): void {
  const rows = [...(row.closest('[data-testid="code-tree"]')?.querySelectorAll<HTMLElement>('[data-code-id]') ?? [])];
  rows[rows.indexOf(row) + step]?.focus();
}

/**
 * One code: disclosure, eye, colour, name (renamed in place), count and the « … » menu. A click
 * applies the code (when the coding view says so); a double click or F2 renames; the row drags to
 * move the code, or onto a text selection to code it; Alt+arrows move it with the keyboard.
 */
export function CodeRow({ node, depth, open, groupId, onToggle }: Props) {
  const { t, tc } = useI18n();
  const tree = useTree();
  const { code, children } = node;
  const hasChildren = children.length > 0;
  const renaming = tree.renamingId === code.id;
  const hidden = tree.hiddenCodeIds?.has(code.id) ?? false;
  const mark = tree.drop?.id === code.id ? tree.drop.place : null;
  const counts = t('codebook.rowTitle', {
    codings: tc(code.codingCount, 'codebook.codings', 'codebook.codings.one'),
    documents: tc(code.documentCount, 'codebook.documents', 'codebook.documents.one'),
    cases: tc(code.caseCount, 'codebook.cases', 'codebook.cases.one'),
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    const row = event.currentTarget;
    const altMove = event.altKey ? altMoves[event.key] : undefined;
    if (altMove) {
      const target = keyboardMove(tree.roots, code.id, altMove);
      if (target) tree.move(code, target);
    } else if (event.key === 'F2') tree.startRename(code.id);
    else if (event.key === 'Enter' || event.key === ' ') tree.onCodeClick?.(code);
    else if (event.key === 'Delete') tree.action('delete', code);
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) tree.setMenuId(code.id);
    else if (event.key === 'ArrowDown') focusSibling(row, 1);
    else if (event.key === 'ArrowUp') focusSibling(row, -1);
    else if (event.key === 'ArrowRight' && hasChildren && !open) onToggle(code.id);
    else if (event.key === 'ArrowLeft' && hasChildren && open) onToggle(code.id);
    else return;
    event.preventDefault();
  }

  function onDragStart(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData(CODE_DRAG_TYPE, String(code.id));
    event.dataTransfer.setData('text/plain', code.name);
    event.dataTransfer.effectAllowed = 'copyMove';
    tree.setDragging(code.id);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    const types = event.dataTransfer.types;
    if (types.includes(SELECTION_DRAG_TYPE) && tree.onSelectionDrop) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      if (mark !== 'selection') tree.setDrop({ id: code.id, place: 'selection' });
      return;
    }
    if (!types.includes(CODE_DRAG_TYPE) || tree.draggingId === null) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const place = dropPlace(event.clientY - rect.top, rect.height);
    if (!moveTargetFor(tree.roots, tree.draggingId, code.id, place)) {
      if (mark) tree.setDrop(null);
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (mark !== place) tree.setDrop({ id: code.id, place });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    tree.setDrop(null);
    if (event.dataTransfer.types.includes(SELECTION_DRAG_TYPE)) {
      tree.onSelectionDrop?.(code.id);
      return;
    }
    const movedId = Number(event.dataTransfer.getData(CODE_DRAG_TYPE)) || tree.draggingId;
    const moved = tree.codes.find((c) => c.id === movedId);
    const rect = event.currentTarget.getBoundingClientRect();
    const target = moved ? moveTargetFor(tree.roots, moved.id, code.id, dropPlace(event.clientY - rect.top, rect.height)) : null;
    if (moved && target) tree.move(moved, target);
  }

  const classes = [
    'code-row',
    hasChildren ? 'code-row--family' : '',
    hidden ? 'code-row--hidden' : '',
    tree.activeCodeId === code.id ? 'code-row--active' : '',
    tree.draggingId === code.id ? 'code-row--dragging' : '',
    mark ? `code-row--drop-${mark}` : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ paddingInlineStart: `${8 + depth * 18}px` }}
      title={[counts, code.description].filter(Boolean).join('\n')}
      data-code-id={code.id}
      tabIndex={0}
      draggable={!renaming}
      onClick={(event) => {
        // The second click of a double click (renaming) does not apply the code again.
        if (!renaming && event.detail <= 1) tree.onCodeClick?.(code);
      }}
      onDoubleClick={() => tree.startRename(code.id)}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => {
        event.preventDefault();
        tree.setMenuId(code.id);
      }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (mark && !event.currentTarget.contains(event.relatedTarget as Node | null)) tree.setDrop(null);
      }}
      onDrop={onDrop}
      onDragEnd={() => {
        tree.setDragging(null);
        tree.setDrop(null);
      }}
    >
      {hasChildren ? (
        <button
          type="button"
          className="code-row__toggle"
          aria-expanded={open}
          aria-controls={open ? groupId : undefined}
          aria-label={t('codebook.toggle', { name: code.name })}
          draggable={false}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(code.id);
          }}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
        </button>
      ) : (
        <span className="code-row__spacer" />
      )}
      {tree.onToggleVisible ? (
        <button
          type="button"
          className="code-row__eye"
          aria-pressed={!hidden}
          aria-label={t(hidden ? 'codebook.show' : 'codebook.hide', { name: code.name })}
          title={t(hidden ? 'codebook.show' : 'codebook.hide', { name: code.name })}
          draggable={false}
          onClick={(event) => {
            event.stopPropagation();
            // The whole family, even the codes a filter hides.
            tree.onToggleVisible?.(subtreeIds(findNode(tree.roots, code.id) ?? node));
          }}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          <Icon name={hidden ? 'eyeOff' : 'eye'} size={14} />
        </button>
      ) : null}
      <span className="swatch" style={{ backgroundColor: code.color }} data-color={code.color} aria-hidden="true" />
      {renaming ? <RenameInput code={code} onDone={tree.endRename} /> : <span className="code-row__name">{code.name}</span>}
      <span className="code-row__count" aria-hidden="true">
        {code.codingCount}
      </span>
      <span className="sr-only">{counts}</span>
      <RowMenu
        label={t('codebook.rowMenu', { name: code.name })}
        open={tree.menuId === code.id}
        onOpenChange={(isOpen) => tree.setMenuId(isOpen ? code.id : null)}
        onAction={(action) => tree.action(action, code)}
      />
    </div>
  );
}
