import { Fragment, useId, type ReactNode } from 'react';
import { useI18n } from '../../app/I18n';
import { Button, IconButton } from '../../ui/Button';
import type { FilterChip } from './filters';
import { combines, describeCode, hasDistance, isPairwise, MAX_WITHIN, type Builder, type Built, type ChosenCode, type CodeLabel, type Combine } from './query';

interface Props {
  builder: Builder;
  /** The codes in use (an advanced query's too). */
  chosen: readonly ChosenCode[];
  built: Built;
  labels: ReadonlyMap<number, CodeLabel>;
  chips: readonly FilterChip[];
  canSave: boolean;
  onCombine: (combine: Combine) => void;
  onWithin: (within: number) => void;
  onRemoveCode: (codeId: number) => void;
  onSwitchSide: (codeId: number) => void;
  onRemoveChip: (chip: FilterChip) => void;
  onClearFilters: () => void;
  onSave: () => void;
  onReset: () => void;
  /** More actions after « Tout effacer » (« Exporter… »). */
  extraActions?: ReactNode;
}

const combineKey = {
  or: 'extracts.combine.or',
  and: 'extracts.combine.and',
  not: 'extracts.combine.not',
  followedBy: 'extracts.combine.followedBy',
  near: 'extracts.combine.near',
} as const satisfies Record<Combine, string>;

const pairWord = { not: 'extracts.query.op.not', followedBy: 'extracts.query.op.followedBy', near: 'extracts.query.op.near' } as const;

/**
 * The query as it reads: the chosen codes as chips joined by their operator (« A OU B »,
 * « A SAUF B »), how they combine, the active filters as chips, and Save / Clear.
 */
export function QueryBar(props: Props) {
  const { builder, chosen, built, labels, chips } = props;
  const { t, tc } = useI18n();
  const words = { t, tc };
  const combineId = useId();
  const withinId = useId();
  const withinHintId = useId();
  const pairwise = !builder.advanced && isPairwise(builder.combine) && chosen.length > 1;

  const chip = (code: ChosenCode) => {
    const name = describeCode(code, labels, words);
    const side = t(code.side === 'a' ? 'extracts.query.side.a' : 'extracts.query.side.b');
    return (
      <li key={code.codeId} className="query-chip" data-testid="query-code">
        {pairwise ? (
          <button type="button" className={`query-chip__side query-chip__side--${code.side}`} onClick={() => props.onSwitchSide(code.codeId)} title={t('extracts.query.switchSide', { name, side })} aria-label={t('extracts.query.switchSide', { name, side })}>
            {side}
          </button>
        ) : null}
        <span className="swatch swatch--sm" style={{ backgroundColor: labels.get(code.codeId)?.color }} aria-hidden="true" />
        <span className="query-chip__name">{name}</span>
        <IconButton icon="close" className="query-chip__remove" label={t('extracts.query.remove', { name })} onClick={() => props.onRemoveCode(code.codeId)} />
      </li>
    );
  };

  const joined = (codes: readonly ChosenCode[], word: string) =>
    codes.map((code, i) => (
      <Fragment key={code.codeId}>
        {i > 0 ? (
          <li className="query-op" aria-hidden="true">
            {word}
          </li>
        ) : null}
        {chip(code)}
      </Fragment>
    ));

  let sentence;
  if (chosen.length === 0) sentence = <li className="query-empty">{t('extracts.query.empty')}</li>;
  else if (pairwise && isPairwise(builder.combine)) {
    const or = t('extracts.describe.or');
    sentence = (
      <>
        {joined(
          chosen.filter((c) => c.side === 'a'),
          or,
        )}
        <li className="query-op query-op--pair" aria-hidden="true">
          {t(pairWord[builder.combine])}
        </li>
        {joined(
          chosen.filter((c) => c.side === 'b'),
          or,
        )}
      </>
    );
  } else {
    sentence = joined(chosen, builder.advanced ? '' : t(builder.combine === 'and' ? 'extracts.describe.and' : 'extracts.describe.or'));
  }

  return (
    <section className="extract-query" aria-label={t('extracts.query.label')} data-testid="extract-query">
      <ul className="extract-query__codes">{sentence}</ul>
      {builder.advanced ? <p className="extract-query__note">{t('extracts.query.advanced')}</p> : null}
      {!builder.advanced && chosen.length > 1 ? (
        <div className="extract-query__combine">
          <label htmlFor={combineId} className="extract-query__label">
            {t('extracts.query.combine')}
          </label>
          <select id={combineId} className="input extract-query__select" value={builder.combine} onChange={(event) => props.onCombine(event.target.value as Combine)}>
            {combines.map((c) => (
              <option key={c} value={c}>
                {t(combineKey[c])}
              </option>
            ))}
          </select>
          {hasDistance(builder.combine) ? (
            <>
              <label htmlFor={withinId} className="extract-query__label">
                {t('extracts.query.within')}
              </label>
              <input
                id={withinId}
                type="number"
                className="input extract-query__within"
                min={0}
                max={MAX_WITHIN}
                step={1}
                value={builder.within}
                aria-describedby={withinHintId}
                title={t('extracts.query.withinHint')}
                onChange={(event) => props.onWithin(event.target.valueAsNumber)}
              />
              <span id={withinHintId} className="sr-only">
                {t('extracts.query.withinHint')}
              </span>
            </>
          ) : null}
        </div>
      ) : null}
      {pairwise ? <p className="extract-query__note">{t('extracts.query.sideHint')}</p> : null}
      {built.missing === 'a' || built.missing === 'b' ? (
        <p className="extract-query__warning" role="status">
          {t(built.missing === 'a' ? 'extracts.query.missing.a' : 'extracts.query.missing.b')}
        </p>
      ) : null}
      <div className="extract-query__bottom">
        {chips.length > 0 ? (
          <div className="extract-query__filters">
            <ul className="extract-query__chips" aria-label={t('extracts.query.filters')}>
              {chips.map((c) => (
                <li key={c.key} className="filter-chip" data-testid="filter-chip">
                  <span>{c.label}</span>
                  <IconButton icon="close" className="filter-chip__remove" label={t('extracts.query.removeFilter', { label: c.label })} onClick={() => props.onRemoveChip(c)} />
                </li>
              ))}
            </ul>
            {chips.length > 1 ? (
              <Button size="sm" variant="ghost" onClick={props.onClearFilters}>
                {t('extracts.query.clearFilters')}
              </Button>
            ) : null}
          </div>
        ) : null}
        <div className="extract-query__actions">
          <Button size="sm" icon="plus" disabled={!props.canSave} onClick={props.onSave}>
            {t('extracts.query.save')}
          </Button>
          <Button size="sm" variant="ghost" disabled={chosen.length === 0 && chips.length === 0} onClick={props.onReset}>
            {t('extracts.query.reset')}
          </Button>
          {props.extraActions}
        </div>
      </div>
    </section>
  );
}
