import type { SearchHit } from '../../../shared/search/types';

interface Props {
  hit: SearchHit;
  index: number;
  tabIndex: 0 | -1;
  onFocus: () => void;
  onShow: () => void;
}

/** A keyword-in-context line: where, the words before, the result, the words after. Enter shows it. */
export function KwicRow({ hit, index, tabIndex, onFocus, onShow }: Props) {
  return (
    <li className="kwic__item">
      <button type="button" className="kwic" data-roving={index} tabIndex={tabIndex} onFocus={onFocus} onClick={onShow}>
        <span className="kwic__where" title={hit.where ?? undefined}>
          {hit.where ?? ''}
          {hit.where ? <span className="sr-only"> : </span> : null}
        </span>
        <span className="kwic__before">
          <span>
            {hit.cutBefore ? '…' : ''}
            {hit.before}
          </span>
        </span>
        <mark className="kwic__match">{hit.match}</mark>
        <span className="kwic__after">
          {hit.after}
          {hit.cutAfter ? '…' : ''}
        </span>
      </button>
    </li>
  );
}
