import type { Code } from '../../../shared/domain/codebook';
import type { CodeNode } from './codeTree';
import { CodeColorDialog } from './dialogs/CodeColorDialog';
import { CodeDeleteDialog } from './dialogs/CodeDeleteDialog';
import { CodeMergeDialog } from './dialogs/CodeMergeDialog';
import { CodeMoveDialog } from './dialogs/CodeMoveDialog';
import { CodeSheetDialog } from './dialogs/CodeSheetDialog';
import { CodeSplitDialog } from './dialogs/CodeSplitDialog';
import type { RowAction } from './RowMenu';

export interface CodeDialog {
  kind: Exclude<RowAction, 'newChild' | 'rename'>;
  codeId: number;
}

interface Props {
  dialog: CodeDialog | null;
  codes: Code[];
  roots: readonly CodeNode[];
  onClose: () => void;
}

/** The dialog a row menu opened, on the code as it is now (it closes if the code went away). */
export function CodeDialogs({ dialog, codes, roots, onClose }: Props) {
  const code = dialog ? codes.find((c) => c.id === dialog.codeId) : undefined;
  if (!dialog || !code) return null;
  switch (dialog.kind) {
    case 'sheet':
      return <CodeSheetDialog code={code} onClose={onClose} />;
    case 'color':
      return <CodeColorDialog code={code} onClose={onClose} />;
    case 'move':
      return <CodeMoveDialog code={code} roots={roots} onClose={onClose} />;
    case 'merge':
      return <CodeMergeDialog code={code} roots={roots} onClose={onClose} />;
    case 'split':
      return <CodeSplitDialog code={code} codes={codes} onClose={onClose} />;
    case 'delete':
      return <CodeDeleteDialog code={code} onClose={onClose} />;
  }
}
