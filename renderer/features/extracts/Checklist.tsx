import { useState, type ReactNode } from 'react';
import { foldForSearch } from '../../../shared/text/fold';
import { useI18n } from '../../app/I18n';
import { SearchBox } from '../../ui/SearchBox';

export interface ChecklistItem<V> {
  value: V;
  label: string;
  /** A count after the label (cases, passages). */
  count?: string;
  /** A swatch before the label. */
  color?: string;
}

interface Props<V> {
  /** The group's name, read before each box's label. */
  legend: string;
  /** Hide the legend (the section's title already says it). */
  legendHidden?: boolean;
  items: readonly ChecklistItem<V>[];
  selected: readonly V[];
  onToggle: (value: V) => void;
  children?: ReactNode;
}

/** Longer lists get a field to find an item. */
const FILTER_FROM = 9;

/** A group of check boxes with an optional filter field; ticked items stay shown while filtering. */
export function Checklist<V extends string | number>({ legend, legendHidden, items, selected, onToggle, children }: Props<V>) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const needle = foldForSearch(filter.trim());
  const shown = needle ? items.filter((item) => selected.includes(item.value) || foldForSearch(item.label).includes(needle)) : items;
  return (
    <fieldset className="checklist">
      <legend className={legendHidden ? 'sr-only' : 'checklist__legend'}>{legend}</legend>
      {children}
      {items.length >= FILTER_FROM ? (
        <SearchBox label={t('extracts.filters.find', { what: legend })} clearLabel={t('extracts.codes.clear')} value={filter} onChange={setFilter} />
      ) : null}
      <ul className="checklist__items">
        {shown.map((item) => (
          <li key={item.value}>
            <label className="checklist__item">
              <input type="checkbox" checked={selected.includes(item.value)} onChange={() => onToggle(item.value)} />
              {item.color ? <span className="dot" style={{ backgroundColor: item.color }} aria-hidden="true" /> : null}
              <span className="checklist__label">{item.label}</span>
              {item.count ? <span className="checklist__count">{item.count}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
