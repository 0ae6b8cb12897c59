import type { Code } from '../../../shared/domain/codebook';
import { translateCount } from '../../app/I18n';
import { useToasts } from '../../app/Toasts';
import { AutocodeDialog } from '../autocode/AutocodeDialog';
import type { HistoryCommands } from '../history/useHistoryCommands';
import { SpeakersDialog } from '../speakers/SpeakersDialog';

export type ProjectDialog = { kind: 'autocode' } | { kind: 'speakers'; document: { id: number; name: string } | null };

interface Props {
  dialog: ProjectDialog | null;
  dataKey: string;
  codes: Code[] | undefined;
  history: HistoryCommands;
  onRefresh: () => void;
  onClose: () => void;
}

/** The project screen's own dialogs: automatic coding, and the speakers of a document or of the project. */
export function ProjectDialogs({ dialog, dataKey, codes, history, onRefresh, onClose }: Props) {
  const toasts = useToasts();
  if (dialog?.kind === 'autocode' && codes) {
    return (
      <AutocodeDialog
        dataKey={dataKey}
        codes={codes}
        onClose={onClose}
        onDone={(result) => {
          onClose();
          toasts.showText((lang) => translateCount(lang, result.created, 'autocode.done', 'autocode.done.one'), {
            action: { label: 'common.undo', run: () => void history.undo() },
          });
        }}
      />
    );
  }
  if (dialog?.kind === 'speakers') return <SpeakersDialog document={dialog.document} onChanged={onRefresh} onClose={onClose} />;
  return null;
}
