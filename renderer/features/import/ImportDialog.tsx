import { useI18n } from '../../app/I18n';
import { Dialog } from '../../ui/Dialog';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import type { Batch } from './useImportBatch';

interface Props {
  batch: Exclude<Batch, { phase: 'idle' }>;
  onCancel: () => void;
  onClose: () => void;
  onImportAnyway: (indexes: number[]) => void;
  onOpenDocument: (id: number) => void;
  onCheckSpeakers: (id: number, name: string) => void;
  onImportTable: (file: File) => void;
}

/** One dialog for a batch: its progress while it runs (Escape cancels), then its summary. */
export function ImportDialog({ batch, onCancel, onClose, ...summaryActions }: Props) {
  const { t } = useI18n();
  if (batch.phase === 'running') {
    return (
      <Dialog title={t('import.progress.title')} onClose={onCancel} className="dialog--import">
        <ImportProgress done={batch.done} total={batch.total} current={batch.current} cancelling={batch.cancelling} onCancel={onCancel} />
      </Dialog>
    );
  }
  return (
    <Dialog title={batch.notProcessed > 0 ? t('import.summary.titleCancelled') : t('import.summary.title')} onClose={onClose} className="dialog--import">
      <ImportSummary
        items={batch.items}
        notProcessed={batch.notProcessed}
        tables={batch.tables}
        retrying={batch.retrying}
        onClose={onClose}
        {...summaryActions}
      />
    </Dialog>
  );
}
