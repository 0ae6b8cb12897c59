import { useId, useState } from 'react';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { CandidateGrid } from './CandidateGrid';
import { PreviewPanel } from './PreviewPanel';
import { PseudonymDialogs, type PseudonymDialog } from './PseudonymDialogs';
import { PseudonymsEmpty } from './PseudonymsEmpty';
import { PseudonymsToolbar } from './PseudonymsToolbar';
import { ReviewFilterBar } from './ReviewFilterBar';
import { noReviewFilters } from './review';
import { usePseudonymCommands } from './usePseudonymCommands';
import { usePseudonymReview } from './usePseudonymReview';

/**
 * « Pseudonymisation »: the names, places, addresses and numbers found in the corpus, reviewed one
 * line at a time (accept with a pseudonym, reject, or leave for later), a preview of the
 * replacements, then the project pseudonymised in place (after a backup; Ctrl+Z undoes it). Every
 * decision is one action of the history. The correspondence table leaves only on explicit request.
 */
export function PseudonymsView({ dataKey, documents, onShowPassage }: WorkspaceViewProps) {
  const { t } = useI18n();
  const review = usePseudonymReview(dataKey);
  const commands = usePseudonymCommands(review);
  const [dialog, setDialog] = useState<PseudonymDialog | null>(null);
  const keysId = useId();
  const { settings, preview, counts } = review;
  const noDocuments = documents !== undefined && documents.length === 0;

  let body;
  if (noDocuments) body = <PseudonymsEmpty reason="noDocuments" onAdd={() => setDialog('add')} />;
  else if (review.failed) {
    body = (
      <div className="workspace-empty">
        <p className="workspace-empty__text">{t('pseudonymsReview.failed')}</p>
        <Button icon="search" onClick={review.redetect}>
          {t('pseudonymsReview.redetect')}
        </Button>
      </div>
    );
  } else if (!review.loaded) {
    body = (
      <p className="pseudo-loading" role="status">
        {t('pseudonymsReview.detecting')}
      </p>
    );
  } else if (review.all.length === 0) body = <PseudonymsEmpty reason="noCandidates" onAdd={() => setDialog('add')} />;
  else {
    body = (
      <>
        <ReviewFilterBar filters={review.filters} onFilters={review.setFilters} counts={counts} shown={review.rows.length} keysId={keysId} />
        <CandidateGrid
          rows={review.rows}
          freeScheme={settings?.scheme === 'free'}
          describedBy={keysId}
          onDecide={(candidate, decision, pseudonym) => commands.decide(candidate, decision, pseudonym)}
          onShow={(context) => onShowPassage({ documentId: context.documentId, start: context.start, end: context.end })}
          noRows={
            <div className="pseudo-grid__none">
              <p>{t('pseudonymsReview.noMatch')}</p>
              <Button size="sm" onClick={() => review.setFilters(noReviewFilters)}>
                {t('pseudonymsReview.clearFilters')}
              </Button>
            </div>
          }
        />
      </>
    );
  }

  return (
    <div className="workspace-view pseudo-view" aria-busy={review.detecting}>
      <PseudonymsToolbar
        scheme={settings?.scheme}
        onScheme={(scheme) => void commands.saveSettings({ scheme })}
        onFirstNames={() => setDialog('firstNames')}
        onPlaces={() => setDialog('places')}
        onAdd={() => setDialog('add')}
        onRedetect={review.redetect}
        detecting={review.detecting}
        canApply={(preview?.replacements ?? 0) > 0}
        canExportTable={counts.accepted + counts.rejected > 0}
        onApply={() => setDialog('apply')}
        onExportTable={() => setDialog('exportTable')}
      />
      <div className="pseudo-view__body">
        <div className="pseudo-view__review">{body}</div>
        {noDocuments ? null : <PreviewPanel preview={preview} loading={review.previewLoading} />}
      </div>
      <PseudonymDialogs dialog={dialog} review={review} commands={commands} onClose={() => setDialog(null)} />
    </div>
  );
}
