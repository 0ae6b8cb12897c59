import { useEffect, useRef } from 'react';
import type { DisagreementList } from '../../../../shared/domain/disagreement';
import { useI18n } from '../../../app/I18n';
import { kindKeys, passageExcerpt } from './passageText';

interface Props {
  list: DisagreementList;
  selected: number;
  onSelect: (index: number) => void;
}

/**
 * The passages where the two coders differ, as a listbox: ↑/↓ (or J/K anywhere in the tab) move,
 * each option says the kind of disagreement and how many codings each side has there.
 */
export function PassageList({ list, selected, onSelect }: Props) {
  const { t, tc } = useI18n();
  const ref = useRef<HTMLOListElement>(null);
  const optionId = (index: number) => `disagreement-${index}`;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(`#${optionId(selected)}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <ol
      ref={ref}
      className="dis-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('disagreements.list')}
      aria-activedescendant={list.passages.length > 0 ? optionId(selected) : undefined}
      data-testid="disagreement-list"
    >
      {list.passages.map((passage, index) => (
        <li
          key={passage.fingerprint}
          id={optionId(index)}
          role="option"
          aria-selected={index === selected}
          className={`dis-item${index === selected ? ' dis-item--selected' : ''}`}
          onClick={() => onSelect(index)}
        >
          <span className="dis-item__kinds">
            {passage.kinds.map((kind) => (
              <span key={kind} className={`dis-kind dis-kind--${kind}`}>
                {t(kindKeys[kind], { name: kind === 'onlyB' ? list.coderB.name : list.coderA.name })}
              </span>
            ))}
          </span>
          <span className="dis-item__words">{passageExcerpt(passage)}</span>
          <span className="dis-item__counts">
            {list.coderA.name} {tc(passage.a.length, 'disagreements.codings', 'disagreements.codings.one')} · {list.coderB.name}{' '}
            {tc(passage.b.length, 'disagreements.codings', 'disagreements.codings.one')}
          </span>
        </li>
      ))}
    </ol>
  );
}
