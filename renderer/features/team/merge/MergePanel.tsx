import { useI18n } from '../../../app/I18n';
import { errorText, useToasts } from '../../../app/Toasts';
import { Button } from '../../../ui/Button';
import type { WorkspaceViewProps } from '../../project/workspaceView';
import { MergeCountsTable } from './MergeCountsTable';
import { MergeDropZone } from './MergeDropZone';
import { MergeReview } from './MergeReview';
import { MergeWarnings } from './MergeWarnings';
import { useMerge } from './useMerge';
import { useMergeUndone } from './useMergeUndone';

/**
 * « Fusionner un projet »: the other researcher's .balise or .qdpx, a preview of what it brings,
 * the review of codes only in theirs or renamed, then « Fusionner » — one action, Ctrl+Z undoes it.
 */
export function MergePanel({ codes, dataKey }: WorkspaceViewProps) {
  const { t, lang } = useI18n();
  const toasts = useToasts();
  const { state, decisions, choose, decide, merge, reset } = useMerge();
  const undone = useMergeUndone(state.phase === 'merged' ? state.fileName : null, dataKey);

  async function run() {
    const report = await merge();
    if (!report) return;
    const { codings, memos, cases, coders, documents, codes: c } = report.counts;
    toasts.showInfo('merge.done', { file: report.fileName, codings: codings.new, memos: memos.new, cases: cases.new, coders: coders.new, documents: documents.new, codes: c.created });
  }

  const busy = state.phase === 'reading' || state.phase === 'merging' || (state.phase === 'preview' && state.updating);
  return (
    <div className="team__panel merge" aria-busy={busy}>
      <header className="merge__header">
        <h2 className="merge__title">{t('merge.title')}</h2>
        <p className="merge__intro">{t('merge.intro')}</p>
      </header>

      {state.phase === 'empty' || state.phase === 'reading' ? (
        <>
          <MergeDropZone disabled={state.phase === 'reading'} onFile={(file) => void choose(file)} />
          {state.phase === 'reading' ? (
            <p className="merge-note" role="status">
              {t('merge.reading', { file: state.fileName })}
            </p>
          ) : null}
        </>
      ) : null}

      {state.phase === 'failed' ? (
        <div className="merge-error" role="alert">
          <p className="merge-error__title">{t('merge.failed', { file: state.fileName })}</p>
          <p>{errorText(state.error)(lang)}</p>
          <Button onClick={reset}>{t('merge.another')}</Button>
        </div>
      ) : null}

      {state.phase === 'preview' || state.phase === 'merging' ? (
        <div className="merge__body">
          <div className="merge__column">
            <MergeCountsTable counts={state.report.counts} caption={t('merge.previewCaption', { file: state.fileName })} />
          </div>
          <div className="merge__column">
            <MergeWarnings report={state.report} />
            <MergeReview report={state.report} decisions={decisions} codes={codes ?? []} disabled={busy} onDecide={decide} />
            <div className="merge__actions">
              <Button variant="primary" icon="merge" disabled={busy} onClick={() => void run()}>
                {t('merge.apply')}
              </Button>
              <Button variant="ghost" disabled={state.phase === 'merging'} onClick={reset}>
                {t('merge.cancel')}
              </Button>
            </div>
            <p className="merge-note">{t('merge.undoHint')}</p>
          </div>
        </div>
      ) : null}

      {state.phase === 'merged' ? (
        <div className="merge__body">
          <div className="merge__column">
            <MergeCountsTable counts={state.report.counts} caption={t('merge.doneCaption', { file: state.fileName })} />
          </div>
          <div className="merge__column">
            <p className={undone ? 'merge-done merge-done--undone' : 'merge-done'} role="status">
              {t(undone ? 'merge.undoneNote' : 'merge.doneNote')}
            </p>
            <MergeWarnings report={state.report} />
            <Button onClick={reset}>{t('merge.another')}</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
