import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Extract } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { ExtractCard, type CardActions } from './ExtractCard';
import type { CodeLabel } from './query';

/** Cards drawn at first, then added as the reader scrolls near the end: thousands stay smooth. */
const FIRST = 40;
const MORE = 120;

interface Props extends Omit<CardActions, 'onToggleContext'> {
  /** Changes when the list is another one (another query or filters): back to the top. */
  listKey: string;
  extracts: readonly Extract[];
  labels: ReadonlyMap<number, CodeLabel>;
  busy: boolean;
  /** Every card shows its context. */
  contextEverywhere: boolean;
  label: string;
}

/**
 * The extracts as an ARIA feed: one tab stop, arrows (and Page Up/Down, Home/End) move from card to
 * card, Enter shows the passage in its document, V its context, C copies it with its citation,
 * K marks it as a key quotation; Escape from a card's button goes back to the card.
 */
export function ExtractList({ listKey, extracts, labels, busy, contextEverywhere, label, ...actions }: Props) {
  const { t } = useI18n();
  const [view, setView] = useState({ key: listKey, shown: FIRST, active: 0, context: new Set<string>() });
  let current = view;
  if (view.key !== listKey) {
    current = { key: listKey, shown: FIRST, active: 0, context: new Set() };
    setView(current);
  }
  const { shown, active } = current;
  const feedRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const count = extracts.length;
  const visible = Math.min(shown, count);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  // More cards when the end of the drawn ones comes near.
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || visible >= count) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setView((v) => ({ ...v, shown: v.shown + MORE }));
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [visible, count]);

  // A card asked for by the keyboard beyond the drawn ones gets the focus once drawn.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null || index >= visible) return;
    pendingFocus.current = null;
    feedRef.current?.querySelector<HTMLElement>(`article[data-index="${index}"]`)?.focus();
  }, [visible]);

  const focusCard = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    setView((v) => ({ ...v, active: target, shown: Math.max(v.shown, target + 1) }));
    const card = feedRef.current?.querySelector<HTMLElement>(`article[data-index="${target}"]`);
    if (card) card.focus();
    else pendingFocus.current = target;
  };

  const toggleContext = useCallback((key: string) => {
    setView((v) => {
      const context = new Set(v.context);
      if (!context.delete(key)) context.add(key);
      return { ...v, context };
    });
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const card = target.closest<HTMLElement>('article[data-index]');
    if (!card) return;
    const index = Number(card.dataset.index);
    const extract = extracts[index];
    if (!extract) return;
    if (target !== card) {
      if (event.key === 'Escape') {
        event.preventDefault();
        card.focus();
      }
      return;
    }
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    const page = Math.max(1, Math.floor((feedRef.current?.clientHeight ?? 600) / Math.max(80, card.offsetHeight)));
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' && plain) focusCard(index + 1);
    else if (event.key === 'ArrowUp' && plain) focusCard(index - 1);
    else if (event.key === 'PageDown') focusCard(index + page);
    else if (event.key === 'PageUp') focusCard(index - page);
    else if (event.key === 'Home' && plain) focusCard(0);
    else if (event.key === 'End' && plain) focusCard(count - 1);
    else if (event.key === 'Enter' && plain) actions.onShow(extract);
    else if (key === 'v' && plain) toggleContext(extract.key);
    else if (key === 'k' && plain) {
      if (extract.codingId !== null) actions.onKeyQuote(extract);
    } else if (key === 'c' && (plain || ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (window.getSelection()?.isCollapsed ?? true)))) {
      actions.onCopy(extract);
    } else return;
    event.preventDefault();
  }

  return (
    <div
      ref={feedRef}
      className="extract-list"
      role="feed"
      aria-label={label}
      aria-busy={busy}
      data-testid="extract-list"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const card = (event.target as HTMLElement).closest<HTMLElement>('article[data-index]');
        const index = card ? Number(card.dataset.index) : -1;
        if (index >= 0 && index !== activeIndex) setView((v) => ({ ...v, active: index }));
      }}
    >
      {extracts.slice(0, visible).map((extract, index) => (
        <ExtractCard
          key={extract.key}
          extract={extract}
          index={index}
          total={count}
          labels={labels}
          showContext={contextEverywhere !== current.context.has(extract.key)}
          tabbable={index === activeIndex}
          onToggleContext={toggleContext}
          {...actions}
        />
      ))}
      {visible < count ? (
        <div ref={sentinelRef} className="extract-list__more" aria-hidden="true">
          {t('extracts.results.more', { shown: visible, total: count })}
        </div>
      ) : null}
    </div>
  );
}
