import type { ReactNode } from 'react';
import type { CandidateContext, CandidateSource, PseudonymCandidate } from '../../../shared/domain/pseudonym';
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../../app/I18n';
import { Icon, type IconName } from '../../ui/Icon';
import { ContextCell } from './ContextCell';
import type { ReviewColumn } from './grid';
import { PseudonymEditor } from './PseudonymEditor';
import { decisionLabels, kindLabels, stateLabels, type Decision } from './review';
import { reviewCellId } from './useReviewCursor';

const sourceLabels: Record<CandidateSource, MessageKey> = {
  speaker: 'pseudonymsReview.source.speaker',
  case: 'pseudonymsReview.source.case',
  capitalised: 'pseudonymsReview.source.capitalised',
  placeList: 'pseudonymsReview.source.placeList',
  pattern: 'pseudonymsReview.source.pattern',
  manual: 'pseudonymsReview.source.manual',
};

const decisions: { decision: Decision; key: string; icon: IconName }[] = [
  { decision: 'accepted', key: 'A', icon: 'check' },
  { decision: 'rejected', key: 'R', icon: 'close' },
  { decision: 'pending', key: 'Suppr', icon: 'clock' },
];

interface Props {
  base: string;
  candidate: PseudonymCandidate;
  /** The active cell's column when it is on this line, else null. */
  active: ReviewColumn | null;
  editing: boolean;
  expanded: boolean;
  /** The passages were just listed from the keyboard: the first takes the focus. */
  focusList: boolean;
  onListFocused: () => void;
  onFocusCell: (col: ReviewColumn) => void;
  onDecide: (decision: Decision) => void;
  onEdit: () => void;
  onSave: (pseudonym: string) => Promise<boolean>;
  onCancelEdit: (refocus: boolean) => void;
  onToggleContexts: () => void;
  onShow: (context: CandidateContext) => void;
}

/** One line of the review table: the text found, its kind, counts, context, decision and pseudonym. */
export function CandidateRow(props: Props) {
  const { t, lang } = useI18n();
  const { candidate, base, active } = props;
  const cell = (col: ReviewColumn, children: ReactNode, className = '') => (
    <td
      role="gridcell"
      id={reviewCellId(base, candidate.original, col)}
      tabIndex={active === col ? 0 : -1}
      className={`pseudo-grid__cell pseudo-grid__cell--${col} ${className}`}
      onMouseDown={() => props.onFocusCell(col)}
    >
      {children}
    </td>
  );
  const number = (n: number) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const pseudonym = candidate.pseudonym ?? '';
  return (
    <tr className={`pseudo-grid__row pseudo-grid__row--${candidate.decision}`} data-original={candidate.original}>
      {cell(
        'original',
        <span className="pseudo-grid__original" title={t(sourceLabels[candidate.source])}>
          {candidate.original}
        </span>,
      )}
      {cell(
        'kind',
        <>
          {t(kindLabels[candidate.kind])}
          <span className="pseudo-grid__source">{t(sourceLabels[candidate.source])}</span>
        </>,
      )}
      {cell('count', number(candidate.count), 'pseudo-grid__cell--number')}
      {cell('documents', number(candidate.documentCount), 'pseudo-grid__cell--number')}
      {cell('context', <ContextCell
          candidate={candidate}
          expanded={props.expanded}
          focusList={props.focusList}
          onListFocused={props.onListFocused}
          onToggle={props.onToggleContexts}
          onShow={props.onShow}
        />)}
      {cell(
        'decision',
 <>
        <span className="sr-only">{t(stateLabels[candidate.decision])}</span>
        <div className="pseudo-decision" role="group" aria-label={t('pseudonymsReview.decision.group', { original: candidate.original })}>
          {decisions.map(({ decision, key, icon }) => (
            <button
              key={decision}
              type="button"
              tabIndex={-1}
              aria-pressed={candidate.decision === decision}
              aria-label={t(decisionLabels[decision])}
              className={`pseudo-decision__button pseudo-decision__button--${decision}`}
              title={t('pseudonymsReview.decision.keyHint', { label: t(decisionLabels[decision]), key })}
              onClick={() => props.onDecide(decision)}
            >
              <Icon name={icon} size={14} />
            </button>
          ))}
          </div>
        </>,
      )}
      {cell(
        'pseudonym',
        props.editing ? (
          <PseudonymEditor
            label={t('pseudonymsReview.edit.label', { original: candidate.original })}
            original={pseudonym}
            onSave={props.onSave}
            onCancel={props.onCancelEdit}
          />
        ) : candidate.decision === 'rejected' ? (
          <span className="pseudo-grid__muted">{t('pseudonymsReview.pseudonym.kept')}</span>
        ) : (
          <span
            className={candidate.decision === 'pending' ? 'pseudo-grid__proposed' : 'pseudo-grid__pseudonym'}
            title={candidate.decision === 'pending' ? t('pseudonymsReview.pseudonym.proposed') : undefined}
            onDoubleClick={props.onEdit}
          >
            {pseudonym || t('pseudonymsReview.pseudonym.none')}
          </span>
        ),
        'pseudo-grid__cell--edit',
      )}
    </tr>
  );
}
