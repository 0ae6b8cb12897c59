import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { DisagreementPassage, SideCoding } from '../../../../shared/domain/disagreement';
import type { Coder } from '../../../../shared/domain/project';
import { useI18n } from '../../../app/I18n';
import type { CodeLabel } from '../../extracts/query';

interface Props {
  coder: Coder;
  passage: DisagreementPassage;
  codings: readonly SideCoding[];
  codes: ReadonlyMap<number, CodeLabel>;
}

interface Bar {
  id: number;
  top: number;
  height: number;
}

const LANE = 8;

/** Offsets where the text is cut: the context's ends, the passage's, every coding's (clamped). */
function stretches(passage: DisagreementPassage, codings: readonly SideCoding[]) {
  const { contextStart: from, contextEnd: to } = passage;
  const cuts = new Set([from, to, passage.start, passage.end]);
  for (const c of codings) for (const at of [c.start, c.end]) if (at > from && at < to) cuts.add(at);
  const sorted = [...cuts].sort((x, y) => x - y);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    const covering = codings.filter((c) => c.start <= start && end <= c.end);
    return { start, end, covering, inPassage: start >= passage.start && end <= passage.end };
  });
}

/**
 * One coder's side of a passage: the text with this coder's coded stretches tinted in the coder's
 * colour and one stripe per coding in the margin (the codings that differ solid, the others pale),
 * then the codings by name.
 */
export function SidePane({ coder, passage, codings, codes }: Props) {
  const { t } = useI18n();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [bars, setBars] = useState<Bar[]>([]);
  const lanes = codings.length;
  const parts = stretches(passage, codings);

  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const measure = () => {
      const box = text.getBoundingClientRect();
      const spans = [...text.querySelectorAll<HTMLElement>('[data-s]')];
      const next: Bar[] = [];
      for (const coding of codings) {
        const rects = spans
          .filter((span) => Number(span.dataset.s) >= coding.start && Number(span.dataset.e) <= coding.end)
          .flatMap((span) => [...span.getClientRects()]);
        if (rects.length === 0) continue;
        const top = Math.min(...rects.map((r) => r.top)) - box.top;
        next.push({ id: coding.id, top, height: Math.max(4, Math.max(...rects.map((r) => r.bottom)) - box.top - top) });
      }
      setBars(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [passage, codings]);

  return (
    <section className="dis-side" aria-label={t('disagreements.side', { name: coder.name })} style={{ '--coder': coder.color } as CSSProperties}>
      <h3 className="dis-side__title">
        <span className="dot" style={{ backgroundColor: coder.color }} aria-hidden="true" />
        {coder.name}
      </h3>
      <div className="dis-side__body">
        <div className="dis-side__stripes" style={{ width: Math.max(1, lanes) * LANE + 4 }} aria-hidden="true">
          {bars.map((bar) => {
            // Bars measured for the previous passage are skipped until the new ones are measured.
            const index = codings.findIndex((c) => c.id === bar.id);
            const coding = codings[index];
            if (!coding) return null;
            return (
              <span
                key={bar.id}
                className={`dis-stripe${coding.differs ? '' : ' dis-stripe--agreed'}`}
                data-coding-id={bar.id}
                style={{ top: bar.top, height: bar.height, insetInlineStart: index * LANE, backgroundColor: coder.color }}
                title={codes.get(coding.codeId)?.path}
              />
            );
          })}
        </div>
        <p className="dis-side__text" ref={textRef}>
          {parts.map((part) => {
            const text = passage.text.slice(part.start - passage.contextStart, part.end - passage.contextStart);
            const names = part.covering.map((c) => codes.get(c.codeId)?.path ?? '?');
            const className = [part.covering.length > 0 ? 'dis-coded' : '', part.inPassage ? 'dis-focus' : ''].filter(Boolean).join(' ') || undefined;
            return part.covering.length > 0 ? (
              <mark key={part.start} data-s={part.start} data-e={part.end} className={className} title={t('disagreements.codedWith', { names: names.join(', ') })}>
                {text}
              </mark>
            ) : (
              <span key={part.start} data-s={part.start} data-e={part.end} className={className}>
                {text}
              </span>
            );
          })}
        </p>
      </div>
      {codings.length === 0 ? (
        <p className="dis-side__none">{t('disagreements.side.none', { name: coder.name })}</p>
      ) : (
        <ul className="dis-side__codings" aria-label={t('disagreements.side.codings', { name: coder.name })}>
          {codings.map((coding) => {
            const code = codes.get(coding.codeId);
            return (
              <li key={coding.id} className={`dis-coding${coding.differs ? ' dis-coding--differs' : ''}`}>
                <span className="swatch" style={{ backgroundColor: code?.color }} aria-hidden="true" />
                <span className="dis-coding__code">{code?.path ?? '?'}</span>
                <span className="dis-coding__state">{t(coding.differs ? 'disagreements.coding.differs' : 'disagreements.coding.agreed')}</span>
                <q className="dis-coding__words">{excerpt(passage, coding)}</q>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function excerpt(passage: DisagreementPassage, coding: SideCoding): string {
  const from = Math.max(coding.start, passage.contextStart) - passage.contextStart;
  const to = Math.min(coding.end, passage.contextEnd) - passage.contextStart;
  const words = passage.text.slice(from, to).replace(/\s+/g, ' ').trim();
  const shown = words.length > 90 ? `${words.slice(0, 89)}…` : words;
  return `${coding.start < passage.contextStart ? '…' : ''}${shown}${coding.end > passage.contextEnd ? '…' : ''}`;
}
