import type { ExportProgressEvent } from '../../../shared/contract/exports';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';

interface Props {
  progress: ExportProgressEvent | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** The export under way: its step in words, a progress bar, and « Annuler l’export ». */
export function ExportProgress({ progress, cancelling, onCancel }: Props) {
  const { t } = useI18n();
  const step = progress?.step ?? 'select';
  const text =
    step === 'write' && progress && progress.total > 1
      ? t('exports.progress.write', { done: progress.done, total: progress.total })
      : t(step === 'select' ? 'exports.progress.select' : step === 'write' ? 'exports.progress.writeOne' : 'exports.progress.compress');
  // Finding counts for the first tenth, writing up to nine tenths, compressing the rest.
  const within = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.round(step === 'select' ? within * 10 : step === 'write' ? 10 + within * 80 : 90 + within * 10);
  return (
    <div className="export-progress">
      <div className="progress" role="progressbar" aria-label={t('exports.progress.label')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <div className="export-progress__line">
        <p className="export-progress__text" role="status">
          {cancelling ? t('exports.progress.cancelling') : text}
        </p>
        <Button size="sm" onClick={onCancel} disabled={cancelling}>
          {t('exports.progress.cancel')}
        </Button>
      </div>
    </div>
  );
}
