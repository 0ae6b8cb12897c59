import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { filterPhrases } from '../../../../shared/analysis/caption';
import type { AnalysisSpec } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import type { ExtractFacets, ExtractFilters } from '../../../../shared/domain/extract';
import { useI18n } from '../../../app/I18n';
import { Button, IconButton } from '../../../ui/Button';
import { sameSelection } from '../../extracts/filters';
import { LiveFilters } from './LiveFilters';
import { SlideChart } from './SlideChart';
import { useFullscreen } from './useFullscreen';

/** A view shown to the room: a saved slide (with its id) or the view being prepared. */
export interface PresentedSlide {
  id?: number;
  title: string;
  spec: AnalysisSpec;
}

interface Props {
  slides: readonly PresentedSlide[];
  start: number;
  dataKey: string;
  codes: readonly Code[] | undefined;
  facets: ExtractFacets | undefined;
  onClose: () => void;
  /** Keeps the filters changed live in the saved slide; false when the service refused. */
  onSaveFilters: (slide: PresentedSlide & { id: number }, filters: ExtractFilters) => Promise<boolean>;
}

const sameFilters = (a: ExtractFilters, b: ExtractFilters) => sameSelection({ query: { op: 'code', codeId: 1, withChildren: false }, filters: a }, { query: { op: 'code', codeId: 1, withChildren: false }, filters: b });

/**
 * Presentation mode: the slides full screen, one at a time, in high contrast. → PageDown Space
 * next, ← PageUp previous, Home End, Escape leaves. « Filtres » narrows the chart live; « P »
 * shows a soft pointer circle that follows the mouse.
 */
export function PresentationOverlay({ slides: given, start, dataKey, codes, facets, onClose, onSaveFilters }: Props) {
  const { t, lang } = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const pointerRef = useRef<HTMLDivElement>(null);
  // The slides as shown: a slide whose filters were saved here shows them from then on.
  const [slides, setSlides] = useState(given);
  const [index, setIndex] = useState(Math.min(Math.max(start, 0), Math.max(given.length - 1, 0)));
  const [live, setLive] = useState<Map<number, ExtractFilters>>(() => new Map());
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [pointer, setPointer] = useState(false);
  useFullscreen(rootRef, onClose);

  const total = slides.length;
  const slide = slides[index];
  const filters = live.get(index) ?? slide?.spec.filters ?? {};
  const changed = slide ? !sameFilters(filters, slide.spec.filters) : false;
  const spec = slide ? ({ ...slide.spec, filters } as AnalysisSpec) : null;
  const phrases = filterPhrases(filters, facets ?? null, lang);

  // The focus comes into the overlay, the page behind is inert, and the focus goes back where it was when it leaves.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const overlay = rootRef.current;
    const behind = [...document.body.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el !== overlay && !el.inert);
    for (const el of behind) el.inert = true;
    overlay?.focus();
    return () => {
      for (const el of behind) el.inert = false;
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onControl = Boolean(target?.closest('button, input, select, textarea'));
      const go = (to: number) => {
        event.preventDefault();
        event.stopPropagation();
        setIndex(Math.min(Math.max(to, 0), Math.max(total - 1, 0)));
      };
      switch (event.key) {
        case 'Escape':
          event.preventDefault();
          event.stopPropagation();
          if (filtersOpen) setFiltersOpen(false);
          else onClose();
          return;
        case 'ArrowRight':
        case 'PageDown':
          return go(index + 1);
        case 'ArrowLeft':
        case 'PageUp':
          return go(index - 1);
        case ' ':
          // Space on a button presses it.
          if (!onControl) go(index + 1);
          return;
        case 'Home':
          return go(0);
        case 'End':
          return go(total - 1);
        case 'p':
        case 'P':
          if (target?.closest('input, textarea')) return;
          event.preventDefault();
          setPointer((on) => !on);
          return;
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [index, total, filtersOpen, onClose]);

  const movePointer = (event: ReactPointerEvent<HTMLDivElement>) => {
    const spot = pointerRef.current;
    if (spot) spot.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
  };

  const setFilters = (next: ExtractFilters) => setLive((map) => new Map(map).set(index, next));
  const saveable = slide && slide.id !== undefined ? { ...slide, id: slide.id } : null;
  const saveFilters = async (target: PresentedSlide & { id: number }) => {
    const at = index;
    if (!(await onSaveFilters(target, filters))) return;
    setSlides((list) => list.map((s, i) => (i === at ? { ...s, spec: { ...s.spec, filters } as AnalysisSpec } : s)));
    setLive((map) => {
      const next = new Map(map);
      next.delete(at);
      return next;
    });
  };

  return createPortal(
    <div
      ref={rootRef}
      className={`present ${pointer ? 'present--pointer' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.overlay')}
      tabIndex={-1}
      data-testid="presentation"
      onPointerMove={movePointer}
    >
      <header className="present__header">
        <h2 className="present__title" data-testid="presentation-title">
          {slide?.title ?? t('present.noSlides')}
        </h2>
        {total > 0 ? (
          <span className="present__position" aria-label={t('present.positionLabel', { index: index + 1, total })} data-testid="presentation-position">
            {t('present.position', { index: index + 1, total })}
          </span>
        ) : null}
      </header>
      {phrases.length > 0 ? (
        <p className="present__filters-line">
          {phrases.join(' · ')}
          {changed ? <span className="present__changed"> — {t('present.filters.changed')}</span> : null}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {slide ? t('present.announce', { index: index + 1, total, title: slide.title }) : ''}
      </p>
      <main className="present__stage">
        {spec ? <SlideChart key={index} spec={spec} dataKey={dataKey} codes={codes} onExportable={ignore} /> : null}
      </main>
      {filtersOpen ? (
        <LiveFilters
          facets={facets}
          filters={filters}
          onChange={setFilters}
          changed={changed}
          onSave={saveable ? () => void saveFilters(saveable) : null}
        />
      ) : null}
      <footer className="present__controls">
        <IconButton icon="chevronRight" className="present__previous" label={t('present.previous')} disabled={index === 0} onClick={() => setIndex(index - 1)} />
        <IconButton icon="chevronRight" label={t('present.next')} disabled={index >= total - 1} onClick={() => setIndex(index + 1)} />
        <Button aria-expanded={filtersOpen} onClick={() => setFiltersOpen((open) => !open)}>
          {t('present.filters')}
        </Button>
        <Button aria-pressed={pointer} onClick={() => setPointer((on) => !on)}>
          {t('present.pointer')}
        </Button>
        <span className="present__help">{t('present.help')}</span>
        <Button icon="close" onClick={onClose}>
          {t('present.exit')}
        </Button>
      </footer>
      <div ref={pointerRef} className="present__pointer" aria-hidden="true" hidden={!pointer} />
    </div>,
    document.body,
  );
}

const ignore = () => {};
