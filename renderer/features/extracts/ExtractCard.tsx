import { memo, useId, type ReactNode } from 'react';
import type { Extract, ExtractCase, ExtractStructure } from '../../../shared/domain/extract';
import { useI18n, type Translate } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { layoutContext } from './context';
import { KeyQuoteIcon } from './KeyQuoteIcon';
import type { CodeLabel } from './query';

export interface CardActions {
  onToggleContext: (key: string) => void;
  onShow: (extract: Extract) => void;
  onCopy: (extract: Extract) => void;
  onKeyQuote: (extract: Extract) => void;
}

interface Props extends CardActions {
  extract: Extract;
  index: number;
  /** Passages in the list (for « 3 sur 12 »). */
  total: number;
  labels: ReadonlyMap<number, CodeLabel>;
  showContext: boolean;
  /** The card holding the list's one tab stop. */
  tabbable: boolean;
  /** Measures the card's height (the list is windowed). */
  measureRef?: (element: HTMLElement | null) => void | (() => void);
}

/** « Recensement et analyse des freins › Quels freins observez-vous ? · colonne Médiateur », « Sonia · 00:00:20 ». */
export function placeOf(structure: ExtractStructure, t: Translate): string {
  const parts = [
    [structure.block, structure.prompt].filter(Boolean).join(' › '),
    structure.column ? t('extracts.card.column', { column: structure.column }) : '',
    structure.speaker ?? '',
    structure.time ?? '',
  ].filter((part) => part !== '');
  if (parts.length === 0 && structure.heading) parts.push(structure.heading);
  return parts.join(' · ');
}

function caseText(c: ExtractCase): string {
  const values = Object.values(c.attributes).filter((v): v is string => v !== null && v.trim() !== '');
  return values.length > 0 ? `${c.name} — ${values.join(' · ')}` : c.name;
}

/**
 * One coded passage: its codes, its text (with the paragraph or turn around it on demand), where it
 * comes from (document, place, cases and their attributes, coder, comment) and its actions.
 */
export const ExtractCard = memo(function ExtractCard({ extract, index, total, labels, showContext, tabbable, measureRef, ...actions }: Props) {
  const { t, formatDate } = useI18n();
  const textId = useId();
  const place = placeOf(extract.structure, t);
  const layout = showContext && extract.context ? layoutContext(extract.context) : null;
  const hasContext = extract.context !== undefined && (extract.context.before.trim() !== '' || extract.context.after.trim() !== '');
  const color = extract.codes[0]?.color;
  return (
    <article
      ref={measureRef}
      data-key={extract.key}
      className={`extract-card ${extract.keyQuote ? 'extract-card--key' : ''}`}
      data-index={index}
      data-testid="extract-card"
      tabIndex={tabbable ? 0 : -1}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-label={t('extracts.card.label', { index: index + 1, total, document: extract.documentName })}
      aria-describedby={textId}
    >
      <div className="extract-card__top">
        <ul className="extract-card__codes" aria-label={t('extracts.card.codes')}>
          {extract.codes.map((code) => (
            <li key={code.id} className="extract-code" title={labels.get(code.id)?.path ?? code.path}>
              <span className="swatch swatch--sm" style={{ backgroundColor: code.color }} aria-hidden="true" />
              <span>{labels.get(code.id)?.path ?? code.path.split('/').join(' › ')}</span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={`key-toggle ${extract.keyQuote ? 'key-toggle--on' : ''}`}
          aria-pressed={extract.keyQuote}
          disabled={extract.codingId === null}
          title={extract.codingId === null ? t('extracts.card.keyQuoteComputed') : t('extracts.card.keyQuoteTip')}
          onClick={() => actions.onKeyQuote(extract)}
          tabIndex={tabbable ? 0 : -1}
          data-testid="key-quote-toggle"
        >
          <KeyQuoteIcon filled={extract.keyQuote} size={14} />
          <span>{t('extracts.card.keyQuote')}</span>
        </button>
      </div>
      <div className="extract-card__text" id={textId}>
        {layout?.before ? (
          <p className="extract-card__context" data-testid="context-before">
            <span className="sr-only">{t('extracts.card.before')}</span>
            {layout.before}
          </p>
        ) : null}
        <p className={`extract-card__passage ${layout ? 'extract-card__passage--in-context' : ''}`} style={color ? { borderInlineStartColor: color } : undefined}>
          {layout?.lead ? (
            <span className="extract-card__lead" data-testid="context-lead">
              {layout.lead}
            </span>
          ) : null}
          <span className="extract-card__hit">{extract.text}</span>
          {layout?.tail ? (
            <span className="extract-card__lead" data-testid="context-tail">
              {layout.tail}
            </span>
          ) : null}
        </p>
        {layout?.after ? (
          <p className="extract-card__context" data-testid="context-after">
            <span className="sr-only">{t('extracts.card.after')}</span>
            {layout.after}
          </p>
        ) : null}
      </div>
      <dl className="extract-card__meta">
        <Meta icon="file" label={t('extracts.card.document')}>
          <span className="extract-card__document">{extract.documentName}</span>
        </Meta>
        {place ? (
          <Meta icon={extract.structure.speaker ? 'interview' : 'observation'} label={t('extracts.card.place')}>
            {place}
          </Meta>
        ) : null}
        {extract.cases.length > 0 ? (
          <Meta icon="cases" label={t('extracts.card.cases')}>
            {extract.cases.map((c) => (
              <span key={c.id} className="extract-card__case" title={Object.entries(c.attributes).map(([name, value]) => `${name} : ${value ?? '—'}`).join('\n')}>
                <strong>{c.name}</strong>
                {caseText(c).slice(c.name.length)}
              </span>
            ))}
          </Meta>
        ) : null}
        {extract.coder || extract.codedAt ? (
          <Meta icon="user" label={t('extracts.card.coder')}>
            {extract.coder ? <span className="dot" style={{ backgroundColor: extract.coder.color }} aria-hidden="true" /> : null}
            {extract.coder && extract.codedAt
              ? t('extracts.card.codedBy', { name: extract.coder.name, date: formatDate(extract.codedAt) })
              : (extract.coder?.name ?? formatDate(extract.codedAt!))}
          </Meta>
        ) : null}
        {extract.comment ? (
          <Meta icon="memo" label={t('extracts.card.comment')}>
            <span className="extract-card__comment">{extract.comment}</span>
          </Meta>
        ) : null}
      </dl>
      <div className="extract-card__actions">
        {hasContext ? (
          <Button size="sm" variant="ghost" aria-expanded={showContext} title={t('extracts.card.contextTip')} onClick={() => actions.onToggleContext(extract.key)} tabIndex={tabbable ? 0 : -1}>
            {t(showContext ? 'extracts.card.hideContext' : 'extracts.card.context')}
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" icon="file" title={t('extracts.card.showTip')} onClick={() => actions.onShow(extract)} tabIndex={tabbable ? 0 : -1}>
          {t('extracts.card.show')}
        </Button>
        <Button size="sm" variant="ghost" icon="copy" title={t('extracts.card.copyTip')} onClick={() => actions.onCopy(extract)} tabIndex={tabbable ? 0 : -1}>
          {t('extracts.card.copy')}
        </Button>
      </div>
    </article>
  );
});

function Meta({ icon, label, children }: { icon: 'file' | 'interview' | 'observation' | 'cases' | 'user' | 'memo'; label: string; children: ReactNode }) {
  return (
    <div className="extract-card__row">
      <dt>
        <Icon name={icon} size={14} />
        <span className="sr-only">{label}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
