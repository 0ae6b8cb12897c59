import { useLayoutEffect, useRef, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import { useStripeLook } from '../team/coders/CoderColours';
import type { TextBlock } from '../documents/documentLayout';
import { piecesOf, rangeOf } from './domOffsets';
import { useInView } from './viewport';

interface Props {
  block: TextBlock;
  codings: readonly DocumentCoding[];
  codes: ReadonlyMap<number, Code>;
  lanes: ReadonlyMap<number, number>;
  laneCount: number;
  onStripe: (coding: DocumentCoding, anchor: HTMLElement) => void;
  layoutVersion: number;
}

interface Bar {
  coding: DocumentCoding;
  top: number;
  height: number;
}

export const LANE_WIDTH = 9;

/**
 * The coding stripes beside a block: one bar per coding, in its code's (or coder's) colour, from the first to
 * the last line of the passage (to the block's edge when the passage goes on in the next block),
 * side by side in the lanes the whole document shares. Measured only while the block is near the
 * screen, so long documents stay fast.
 */
export function Stripes({ block, codings, codes, lanes, laneCount, onStripe, layoutVersion }: Props) {
  const look = useStripeLook();
  const ref = useRef<HTMLDivElement>(null);
  const inView = useInView(ref);
  const [bars, setBars] = useState<Bar[]>([]);

  useLayoutEffect(() => {
    const margin = ref.current;
    const main = margin?.previousElementSibling as HTMLElement | null;
    if (!margin || !main || !inView) return;
    const pieces = piecesOf(main);
    const box = margin.getBoundingClientRect();
    const next: Bar[] = [];
    for (const coding of codings) {
      const range = rangeOf(pieces, Math.max(coding.start, block.start), Math.min(coding.end, block.end));
      const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0) : [];
      if (rects.length === 0) continue;
      const top = coding.start < block.start ? 0 : Math.min(...rects.map((r) => r.top)) - box.top;
      const bottom = coding.end > block.end ? box.height : Math.max(...rects.map((r) => r.bottom)) - box.top;
      next.push({ coding, top, height: Math.max(4, bottom - top) });
    }
    setBars(next);
  }, [codings, block, inView, layoutVersion]);

  return (
    <div ref={ref} className="stripes" style={{ width: laneCount * LANE_WIDTH + 6 }} contentEditable={false} data-label="">
      {bars.map(({ coding, top, height }) => {
        const code = codes.get(coding.codeId);
        if (!code) return null;
        const { color, title, label } = look(coding, code);
        return (
          <button
            key={coding.id}
            type="button"
            tabIndex={-1}
            className="stripe"
            data-coding-id={coding.id}
            data-code-id={coding.codeId}
            style={{ top, height, insetInlineStart: (lanes.get(coding.id) ?? 0) * LANE_WIDTH, backgroundColor: color }}
            title={title}
            aria-label={label}
            onMouseDown={(event) => event.preventDefault()}
            onClick={(event) => onStripe(coding, event.currentTarget)}
          />
        );
      })}
    </div>
  );
}
