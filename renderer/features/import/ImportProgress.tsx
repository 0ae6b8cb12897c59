import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { DialogActions } from '../../ui/Dialog';

interface Props {
  done: number;
  total: number;
  current: string | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** The batch under way: a progress bar, the file being read, « n / N », and « Annuler ». */
export function ImportProgress({ done, total, current, cancelling, onCancel }: Props) {
  const { t } = useI18n();
  const count = t('import.progress.count', { done, total });
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="dialog__body import-progress">
      <div className="import-progress__head">
        <p className="import-progress__current" title={current ?? undefined}>
          {current ? t('import.progress.current', { file: current }) : t('import.progress.finishing')}
        </p>
        <p className="import-progress__count" aria-hidden="true">
          {count}
        </p>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={count}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="field__hint" role="status">
        {cancelling ? t('import.progress.cancelling') : t('import.progress.hint')}
      </p>
      <DialogActions>
        <Button onClick={onCancel} disabled={cancelling}>
          {t('common.cancel')}
        </Button>
      </DialogActions>
    </div>
  );
}
