import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Extract } from '../../../shared/domain/extract';
import { ExtractCard, type CardActions } from './ExtractCard';
import type { CodeLabel } from './query';
import { estimateOf, offsetsOf, piecesOf, rangeOf } from './virtual';

/** Space drawn beyond the visible part, above and below, so a fast scroll or a key press finds cards ready. */
const OVERSCAN = 1200;
/** Height of a card never drawn yet, until some are measured. */
const FIRST_ESTIMATE = 190;
/** The gap between cards (CSS `.extract-list` gap). */
const GAP = 10;

interface Props extends Omit<CardActions, 'onToggleContext'> {
  /** Changes when the list is another one (another query or filters): back to the top. */
  listKey: string;
  extracts: readonly Extract[];
  labels: ReadonlyMap<number, CodeLabel>;
  busy: boolean;
  /** Every card shows its context. */
  contextEverywhere: boolean;
  label: string;
  className?: string;
}

interface ViewState {
  key: string;
  active: number;
  /** Cards whose context is toggled against `contextEverywhere`. */
  context: ReadonlySet<string>;
}

/**
 * The extracts as an ARIA feed, windowed: only the cards near the visible part are drawn, so
 * thousands of extracts scroll and answer keys at once. One tab stop: arrows (and Page Up/Down,
 * Home/End) move from card to card, Enter shows the passage in its document, V its context,
 * C copies it with its citation, K marks it as a key quotation; Escape from a card's button goes
 * back to the card.
 */
export function ExtractList({ listKey, extracts, labels, busy, contextEverywhere, label, className, ...actions }: Props) {
  const [view, setView] = useState<ViewState>({ key: listKey, active: 0, context: new Set() });
  let current = view;
  if (view.key !== listKey) {
    current = { key: listKey, active: 0, context: new Set() };
    setView(current);
  }
  const scrollRef = useRef<HTMLDivElement>(null);
  const feedRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  // Heights measured, by extract key: the same passage has the same card in any list.
  const [sizes, setSizes] = useState<ReadonlyMap<string, number>>(() => new Map());
  const pendingFocus = useRef<number | null>(null);
  const count = extracts.length;
  const activeIndex = Math.min(current.active, Math.max(0, count - 1));

  const keys = useMemo(() => extracts.map((e) => e.key), [extracts]);
  const offsets = useMemo(() => offsetsOf(keys, sizes, estimateOf(sizes, FIRST_ESTIMATE)), [keys, sizes]);
  const range = rangeOf(offsets, viewport.top - OVERSCAN, viewport.top + viewport.height + OVERSCAN);
  const pieces = piecesOf(offsets, range, count > 0 ? [activeIndex] : []);

  // The visible part follows the scroll and the size of the scroller.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setViewport((v) => (v.top === scroller.scrollTop && v.height === scroller.clientHeight ? v : { top: scroller.scrollTop, height: scroller.clientHeight }));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const observer = new ResizeObserver(onScroll);
    observer.observe(scroller);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  // Another list starts at the top.
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [listKey]);

  // Cards are measured as they are drawn; a card growing (its context shown) is measured again.
  const measurer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        const changes: [string, number][] = [];
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const key = element.dataset.key;
          if (key && element.isConnected) changes.push([key, element.offsetHeight + GAP]);
        }
        if (changes.length === 0) return;
        setSizes((previous) => {
          if (changes.every(([k, h]) => previous.get(k) === h)) return previous;
          const next = new Map(previous);
          for (const [k, h] of changes) next.set(k, h);
          return next;
        });
      }),
    [],
  );
  useEffect(() => () => measurer.disconnect(), [measurer]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      measurer.observe(element);
      return () => measurer.unobserve(element);
    },
    [measurer],
  );

  // A card asked for by the keyboard gets the focus once it is drawn.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const card = feedRef.current?.querySelector<HTMLElement>(`article[data-index="${index}"]`);
    if (!card) return;
    pendingFocus.current = null;
    card.focus();
  });

  const focusCard = (index: number) => {
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    setView((v) => (v.active === target ? v : { ...v, active: target }));
    const card = feedRef.current?.querySelector<HTMLElement>(`article[data-index="${target}"]`);
    const scroller = scrollRef.current;
    // A card far from the visible part: scroll to where it stands, draw it, then focus it.
    if (scroller && (offsets[target]! < scroller.scrollTop - OVERSCAN || offsets[target]! > scroller.scrollTop + scroller.clientHeight + OVERSCAN)) {
      scroller.scrollTop = offsets[target]!;
    }
    if (card) card.focus();
    pendingFocus.current = card ? null : target;
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
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / Math.max(80, card.offsetHeight)));
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
    <div ref={scrollRef} className={className}>
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
          if (index >= 0) setView((v) => (v.active === index ? v : { ...v, active: index }));
        }}
      >
        {pieces.map((piece) => {
          if (piece.kind === 'gap') return <div key={piece.key} className="extract-list__gap" style={{ height: Math.max(0, piece.height - GAP) }} aria-hidden="true" />;
          const extract = extracts[piece.index]!;
          return (
            <ExtractCard
              key={extract.key}
              extract={extract}
              index={piece.index}
              total={count}
              labels={labels}
              showContext={contextEverywhere !== current.context.has(extract.key)}
              tabbable={piece.index === activeIndex}
              measureRef={measure}
              onToggleContext={toggleContext}
              {...actions}
            />
          );
        })}
      </div>
    </div>
  );
}
