import { createContext, useContext } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { CodeNode, DropPlace, MoveTarget } from './codeTree';
import type { RowAction } from './RowMenu';

/** Drag type of a code row (data: the code id): moves in the tree, or codes a selection when dropped on the text. */
export const CODE_DRAG_TYPE = 'application/x-balise-code';
/** Drag type of a text selection dragged from the document onto a code row. */
export const SELECTION_DRAG_TYPE = 'application/x-balise-selection';

export type DropMark = { id: number; place: DropPlace | 'selection' } | null;

/** What every row of the tree needs: the whole tree (moves), and what to do on each gesture. */
export interface TreeHandlers {
  roots: readonly CodeNode[];
  codes: readonly Code[];
  renamingId: number | null;
  menuId: number | null;
  drop: DropMark;
  draggingId: number | null;
  setMenuId(id: number | null): void;
  setDrop(mark: DropMark): void;
  setDragging(id: number | null): void;
  startRename(id: number): void;
  endRename(): void;
  /** Resolves to an error message, or null when renamed. */
  rename(code: Code, name: string): Promise<string | null>;
  move(code: Code, target: MoveTarget): void;
  action(action: RowAction, code: Code): void;
  onCodeClick?: (code: Code) => void;
  onSelectionDrop?: (codeId: number) => void;
  hiddenCodeIds?: ReadonlySet<number>;
  onToggleVisible?: (codeIds: number[]) => void;
  activeCodeId?: number | null;
}

export const TreeContext = createContext<TreeHandlers | null>(null);

export function useTree(): TreeHandlers {
  const value = useContext(TreeContext);
  if (!value) throw new Error('useTree() outside <CodeTree>');
  return value;
}
