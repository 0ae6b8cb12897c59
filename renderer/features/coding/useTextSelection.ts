import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { snapToWords } from '../../../shared/coding/ranges';
import type { TextRange } from '../../../shared/offsets';
import { offsetAt, piecesOf, rangeOf, type Piece } from './domOffsets';

export interface TextSelection {
  /** The passage to code: kept when the focus moves to the codebook or the palette. */
  selection: TextRange | null;
  /** Where the caret is when nothing is selected (announced to screen readers). */
  caret: number | null;
  /** Puts the DOM selection on a passage (stripe « Sélectionner le passage », keyboard extension). */
  /**
   * The passage to code now: the browser selection if it is in the page (read at once, not when
   * its change event comes), else the passage kept while the focus is elsewhere.
   */
  take: () => TextRange | null;
  select: (range: TextRange, focus?: boolean) => void;
  clear: () => void;
  pieces: () => Piece[];
}

const HIGHLIGHT = 'balise-selection';

/**
 * Follows the browser selection inside the coding page and turns it into document offsets. A mouse
 * selection snaps to whole words when the button is released, unless Alt is held. The last passage
 * selected stays the one to code while the researcher clicks in the codebook; it stays visible
 * through the CSS Custom Highlight API.
 */
export function useTextSelection(pageRef: RefObject<HTMLElement | null>, text: string, layoutKey: unknown): TextSelection {
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const cache = useRef<{ key: unknown; pieces: Piece[] } | null>(null);

  const pieces = (): Piece[] => {
    const page = pageRef.current;
    if (!page) return [];
    const cached = cache.current;
    if (cached && cached.key === layoutKey && cached.pieces[0]?.element.isConnected) return cached.pieces;
    const fresh = { key: layoutKey, pieces: piecesOf(page) };
    cache.current = fresh;
    return fresh.pieces;
  };

  /** The browser selection as offsets, when it lies in the page. */
  const current = (): { anchor: number; focus: number } | null => {
    const page = pageRef.current;
    const dom = document.getSelection();
    if (!page || !dom || dom.rangeCount === 0 || !dom.anchorNode || !dom.focusNode) return null;
    if (!page.contains(dom.anchorNode) || !page.contains(dom.focusNode)) return null;
    const list = pieces();
    const anchor = offsetAt(list, dom.anchorNode, dom.anchorOffset);
    const focus = offsetAt(list, dom.focusNode, dom.focusOffset);
    return anchor === null || focus === null ? null : { anchor, focus };
  };

  const read = useEffectEvent(() => {
    const offsets = current();
    if (!offsets) return;
    const { anchor, focus } = offsets;
    if (anchor === focus) {
      setCaret(focus);
      setSelection(null);
      return;
    }
    setCaret(focus);
    const next = { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
    setSelection((previous) => (previous && previous.start === next.start && previous.end === next.end ? previous : next));
  });

  const select = (range: TextRange, focus = true) => {
    const dom = document.getSelection();
    const domRange = rangeOf(pieces(), range.start, range.end);
    if (!dom || !domRange) return;
    if (focus) pageRef.current?.focus({ preventScroll: true });
    dom.removeAllRanges();
    dom.addRange(domRange);
    setSelection(range);
  };

  const snap = useEffectEvent((event: MouseEvent) => {
    const offsets = current();
    if (event.altKey || !offsets || offsets.anchor === offsets.focus) return;
    const start = Math.min(offsets.anchor, offsets.focus);
    const end = Math.max(offsets.anchor, offsets.focus);
    const snapped = snapToWords(text, start, end);
    if (snapped && (snapped.start !== start || snapped.end !== end)) select(snapped, false);
  });

  useEffect(() => {
    const page = pageRef.current;
    const onChange = () => read();
    // After the browser has settled the selection of this click.
    const onUp = (event: MouseEvent) => queueMicrotask(() => snap(event));
    document.addEventListener('selectionchange', onChange);
    page?.addEventListener('mouseup', onUp);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      page?.removeEventListener('mouseup', onUp);
    };
  }, [pageRef]);

  // The pending passage stays painted when the focus leaves the page.
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    if (!selection) {
      CSS.highlights.delete(HIGHLIGHT);
      return;
    }
    const range = rangeOf(pieces(), selection.start, selection.end);
    if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection, layoutKey]);

  const take = (): TextRange | null => {
    const offsets = current();
    if (!offsets) return selection;
    return offsets.anchor === offsets.focus ? null : { start: Math.min(offsets.anchor, offsets.focus), end: Math.max(offsets.anchor, offsets.focus) };
  };

  const clear = () => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  return { selection, caret, take, select, clear, pieces };
}
