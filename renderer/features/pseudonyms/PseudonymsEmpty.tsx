import { useT } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';

/** Before any document, or when detection found nothing: what this screen does and what to do next. */
export function PseudonymsEmpty({ reason, onAdd }: { reason: 'noDocuments' | 'noCandidates'; onAdd: () => void }) {
  const t = useT();
  return (
    <div className="workspace-empty pseudo-empty">
      <Icon name="lock" size={40} className="workspace-empty__icon" />
      <h2 className="workspace-empty__title">{t(reason === 'noDocuments' ? 'pseudonymsReview.empty.noDocuments' : 'pseudonymsReview.empty.noCandidates')}</h2>
      <p className="workspace-empty__text">{t(reason === 'noDocuments' ? 'pseudonymsReview.empty.noDocumentsText' : 'pseudonymsReview.empty.noCandidatesText')}</p>
      {reason === 'noCandidates' ? (
        <Button icon="plus" onClick={onAdd}>
          {t('pseudonymsReview.add.open')}
        </Button>
      ) : null}
    </div>
  );
}
