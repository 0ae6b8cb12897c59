import { useEffect, useRef } from 'react';
import type { CandidateContext, PseudonymCandidate } from '../../../shared/domain/pseudonym';
import { useI18n } from '../../app/I18n';
import { contextParts } from './review';

interface Props {
  candidate: PseudonymCandidate;
  expanded: boolean;
  focusList: boolean;
  onListFocused: () => void;
  onToggle: () => void;
  onShow: (context: CandidateContext) => void;
}

/** A few words around an occurrence, the found text marked. */
function ContextText({ context, found }: { context: CandidateContext; found: string }) {
  const parts = contextParts(context, found);
  return (
    <span className="pseudo-context__text">
      {parts.cutBefore ? '…' : null}
      {parts.before}
      <mark className="pseudo-context__found">{parts.found}</mark>
      {parts.after}
      {parts.cutAfter ? '…' : null}
    </span>
  );
}

/**
 * The context column: the first occurrence, and once expanded (Enter, or the « n contextes »
 * button) up to five, each a button that opens the passage in its document. Inside the list,
 * ↑/↓ move between passages and Escape folds it back.
 */
export function ContextCell({ candidate, expanded, focusList, onListFocused, onToggle, onShow }: Props) {
  const { t, tc } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusList || !expanded) return;
    list.current?.querySelector('button')?.focus();
    onListFocused();
  }, [focusList, expanded, onListFocused]);
  const [first] = candidate.contexts;
  if (!first) return <span className="pseudo-grid__muted">{t('pseudonymsReview.context.none')}</span>;
  const more = candidate.contexts.length > 1;
  return (
    <div className="pseudo-context">
      {expanded ? (
        <ul ref={list} className="pseudo-context__list" aria-label={t('pseudonymsReview.context.list', { original: candidate.original })}>
          {candidate.contexts.map((context) => (
            <li key={`${context.documentId}-${context.start}`}>
              <button
                type="button"
                tabIndex={-1}
                className="pseudo-context__open"
                title={t('pseudonymsReview.context.openHint', { document: context.documentName })}
                onClick={() => onShow(context)}
              >
                <span className="pseudo-context__document">{context.documentName}</span>
                <ContextText context={context} found={candidate.original} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <button
          type="button"
          tabIndex={-1}
          className="pseudo-context__open pseudo-context__open--first"
          title={t('pseudonymsReview.context.openHint', { document: first.documentName })}
          onClick={() => onShow(first)}
        >
          <ContextText context={first} found={candidate.original} />
        </button>
      )}
      {more ? (
        <button type="button" tabIndex={-1} className="pseudo-context__more" aria-expanded={expanded} onClick={onToggle}>
          {expanded ? t('pseudonymsReview.context.less') : tc(candidate.contexts.length, 'pseudonymsReview.context.more', 'pseudonymsReview.context.more.one')}
        </button>
      ) : null}
    </div>
  );
}
