import { useId } from 'react';
import { pseudonymSchemes, type PseudonymScheme } from '../../../shared/domain/pseudonym';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';

export const schemeLabels: Record<PseudonymScheme, MessageKey> = {
  letters: 'pseudonymsReview.scheme.letters',
  firstNames: 'pseudonymsReview.scheme.firstNames',
  free: 'pseudonymsReview.scheme.free',
};

interface Props {
  scheme: PseudonymScheme | undefined;
  onScheme: (scheme: PseudonymScheme) => void;
  onFirstNames: () => void;
  onPlaces: () => void;
  onAdd: () => void;
  onRedetect: () => void;
  detecting: boolean;
  /** Nothing accepted yet: nothing to apply or export. */
  canApply: boolean;
  canExportTable: boolean;
  onApply: () => void;
  onExportTable: () => void;
}

/** Above the table: how pseudonyms are made, the lists, a word of one's own, detection, and the two big actions. */
export function PseudonymsToolbar(props: Props) {
  const { t } = useI18n();
  const schemeId = useId();
  return (
    <div className="pseudo-toolbar" role="toolbar" aria-label={t('pseudonymsReview.toolbar')}>
      <div className="pseudo-toolbar__scheme">
        <label htmlFor={schemeId} className="pseudo-toolbar__label">
          {t('pseudonymsReview.scheme')}
        </label>
        <select
          id={schemeId}
          className="input pseudo-toolbar__select"
          value={props.scheme ?? 'letters'}
          disabled={props.scheme === undefined}
          onChange={(event) => props.onScheme(event.target.value as PseudonymScheme)}
        >
          {pseudonymSchemes.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(schemeLabels[scheme])}
            </option>
          ))}
        </select>
        <Button size="sm" variant="ghost" icon="edit" onClick={props.onFirstNames} disabled={props.scheme === undefined}>
          {t('pseudonymsReview.firstNames.open')}
        </Button>
        <Button size="sm" variant="ghost" icon="edit" onClick={props.onPlaces} disabled={props.scheme === undefined}>
          {t('pseudonymsReview.places.open')}
        </Button>
      </div>
      <Button size="sm" icon="plus" onClick={props.onAdd}>
        {t('pseudonymsReview.add.open')}
      </Button>
      <Button size="sm" icon="search" onClick={props.onRedetect} disabled={props.detecting} aria-busy={props.detecting}>
        {t('pseudonymsReview.redetect')}
      </Button>
      <div className="pseudo-toolbar__end">
        <Button size="sm" variant="ghost" icon="download" onClick={props.onExportTable} disabled={!props.canExportTable}>
          {t('pseudonymsReview.exportTable.open')}
        </Button>
        <Button size="sm" variant="primary" icon="lock" onClick={props.onApply} disabled={!props.canApply}>
          {t('pseudonymsReview.apply.open')}
        </Button>
      </div>
    </div>
  );
}
