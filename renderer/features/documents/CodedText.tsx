import type { CSSProperties } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { spansOf } from './documentLayout';

interface Props {
  text: string;
  start: number;
  end: number;
  codings: readonly DocumentCoding[];
  codes: ReadonlyMap<number, Code>;
}

/**
 * A stretch of the document text with its coded passages marked: a tint of the code's colour,
 * an underline (a second one when two codes overlap), and the code names as a tooltip.
 */
export function CodedText({ text, start, end, codings, codes }: Props) {
  const t = useT();
  return (
    <>
      {spansOf(start, end, codings).map((span) => {
        const piece = text.slice(span.start, span.end);
        if (span.codeIds.length === 0) return <span key={span.start}>{piece}</span>;
        const applied = span.codeIds.map((id) => codes.get(id)).filter((code): code is Code => code !== undefined);
        const [first, second] = applied;
        const style = { '--code': first?.color ?? 'var(--accent)', '--code-2': second?.color ?? first?.color } as CSSProperties;
        return (
          <mark
            key={span.start}
            className={`coding ${applied.length > 1 ? 'coding--overlap' : ''}`}
            style={style}
            title={t('viewer.codedWith', { names: applied.map((code) => code.name).join(', ') })}
            data-code-ids={span.codeIds.join(',')}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
}
