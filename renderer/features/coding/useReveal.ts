import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { TextRange } from '../../../shared/offsets';
import type { Block } from '../documents/documentLayout';
import { piecesOf, rangeOf } from './domOffsets';

/** A passage to show in the document: selected and scrolled to, with other ranges marked (search hits). */
export interface Reveal extends TextRange {
  /** Ranges painted as found (every search hit in this document); may be empty. */
  marks?: readonly TextRange[];
  /** Changes at every request, so showing the same passage twice scrolls again. */
  nonce: number;
}

const FOUND = 'balise-found';

/**
 * Brings a passage into view: first makes sure its block is rendered (the view renders long
 * documents progressively), then selects it, scrolls it to the middle and paints the marks with
 * the CSS Custom Highlight API.
 */
export function useReveal(
  reveal: Reveal | null | undefined,
  pageRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
  shown: number,
  showUpTo: (count: number) => void,
  select: (range: TextRange) => void,
): void {
  const index = reveal ? blocks.findIndex((b) => b.type !== 'section' && b.type !== 'subsection' && b.end > reveal.start) : -1;
  const ready = reveal !== null && reveal !== undefined && (index < 0 || index < shown);

  useLayoutEffect(() => {
    if (reveal && !ready && index >= 0) showUpTo(index + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.nonce, ready]);

  useEffect(() => {
    const page = pageRef.current;
    if (!reveal || !ready || !page) return;
    const pieces = piecesOf(page);
    const range = rangeOf(pieces, reveal.start, reveal.end);
    select({ start: reveal.start, end: reveal.end });
    const target = range?.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || !reveal.marks?.length) return;
    const ranges = reveal.marks.map((m) => rangeOf(pieces, m.start, m.end)).filter((r): r is Range => r !== null);
    CSS.highlights.set(FOUND, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(FOUND);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.nonce, ready]);
}
