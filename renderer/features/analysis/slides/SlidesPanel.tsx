import { useEffect, useRef } from 'react';
import type { Slide } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { Button, IconButton } from '../../../ui/Button';
import { kindLabel } from './describeSlide';

interface Props {
  slides: readonly Slide[] | undefined;
  describe: (slide: Slide) => string;
  onOpen: (slide: Slide) => void;
  onPresent: (index: number) => void;
  onRename: (slide: Slide) => void;
  onMove: (slide: Slide, position: number) => void;
  onDelete: (slide: Slide) => void;
  /** The slide just moved: its button keeps the focus in its new place. */
  moved: { id: number; direction: 'up' | 'down' } | null;
}

/**
 * « Diaporama »: the seminar's sequence of saved views, in order. A title opens the slide in its view;
 * each can be presented from, renamed, moved up or down and deleted (Ctrl+Z brings it back).
 */
export function SlidesPanel({ slides, describe, onOpen, onPresent, onRename, onMove, onDelete, moved }: Props) {
  const { t, tc } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!moved) return;
    const row = listRef.current?.querySelector(`[data-slide-id="${moved.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${moved.direction}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    wanted?.focus();
  }, [moved, slides]);

  if (slides === undefined) return null;
  const total = slides.length;
  return (
    <section className="slides" data-testid="slides-panel" aria-labelledby="slides-heading">
      <header className="slides__header">
        <h2 id="slides-heading" className="slides__heading">
          {t('present.slides.list')}
        </h2>
        <span className="slides__count">{tc(total, 'present.slides.count', 'present.slides.count.one')}</span>
        <Button variant="primary" disabled={total === 0} onClick={() => onPresent(0)}>
          {t('present.slides.start')}
        </Button>
      </header>
      {total === 0 ? (
        <p className="empty-note">{t('present.slides.empty')}</p>
      ) : (
        <ol ref={listRef} className="slides__list">
          {slides.map((slide, index) => (
            <li key={slide.id} className="slide-row" data-slide-id={slide.id} data-testid="slide-row">
              <span className="slide-row__number" aria-hidden="true">
                {index + 1}
              </span>
              <button type="button" className="slide-row__open" title={t('present.slides.open', { title: slide.title })} onClick={() => onOpen(slide)}>
                <span className="slide-row__title">{slide.title}</span>
                <span className="slide-row__meta">
                  <span className="badge">{t(kindLabel[slide.spec.kind])}</span>
                  <span className="slide-row__description">{describe(slide)}</span>
                </span>
              </button>
              <div className="slide-row__actions">
                <IconButton icon="eye" label={t('present.slides.present', { title: slide.title })} onClick={() => onPresent(index)} />
                <IconButton icon="edit" label={t('present.slides.rename', { title: slide.title })} onClick={() => onRename(slide)} />
                <IconButton icon="chevronDown" className="slide-row__up" data-move="up" label={t('present.slides.up', { title: slide.title })} disabled={index === 0} onClick={() => onMove(slide, index - 1)} />
                <IconButton icon="chevronDown" data-move="down" label={t('present.slides.down', { title: slide.title })} disabled={index === total - 1} onClick={() => onMove(slide, index + 1)} />
                <IconButton icon="trash" label={t('present.slides.delete', { title: slide.title })} onClick={() => onDelete(slide)} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
