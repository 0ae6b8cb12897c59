import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { spansOf, type TextBlock } from '../documents/documentLayout';
import { useActiveTurn } from '../media/MediaProvider';
import { TurnTime, unitIdOfKey } from '../media/TurnTime';
import { Stripes } from './Stripes';

interface Props {
  block: TextBlock;
  text: string;
  /** The visible codings overlapping this block. */
  codings: readonly DocumentCoding[];
  codes: ReadonlyMap<number, Code>;
  lanes: ReadonlyMap<number, number>;
  laneCount: number;
  onStripe: (coding: DocumentCoding, anchor: HTMLElement) => void;
  layoutVersion: number;
}

/** Up to this many codes show their own underline on a stretch; the tooltip names them all. */
const UNDERLINES = 4;

/**
 * One block of the coding view (heading, paragraph, turn, grid answer, table cell): its labels,
 * its text cut into stretches at coding boundaries, each stretch tinted by its first code and
 * underlined once per code, and the coding stripes in the margin.
 */
/**
 * A block re-renders only when what it shows changes: its codings (by value), their lanes, the
 * names and colours of their codes. Coding elsewhere in a long transcript leaves it alone.
 */
function sameBlock(a: Props, b: Props): boolean {
  if (a.block !== b.block || a.text !== b.text || a.laneCount !== b.laneCount || a.onStripe !== b.onStripe || a.layoutVersion !== b.layoutVersion) return false;
  if (a.codings.length !== b.codings.length) return false;
  for (let i = 0; i < a.codings.length; i += 1) {
    const x = a.codings[i]!;
    const y = b.codings[i]!;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.codeId !== y.codeId || x.coderId !== y.coderId) return false;
    if (a.lanes.get(x.id) !== b.lanes.get(y.id)) return false;
    const cx = a.codes.get(x.codeId);
    const cy = b.codes.get(y.codeId);
    if (cx?.color !== cy?.color || cx?.name !== cy?.name || cx?.path !== cy?.path) return false;
  }
  return true;
}

export const CodedBlock = memo(function CodedBlock({ block, text, codings, codes, lanes, laneCount, onStripe, layoutVersion }: Props) {
  const t = useT();
  // While a linked recording plays, its turn is highlighted.
  const activeTurn = useActiveTurn(block.type === 'turn' ? unitIdOfKey(block.key) : null);
  const body = (
    <>
      {spansOf(block.start, block.end, codings).map((span) => {
        const piece = text.slice(span.start, span.end);
        const applied = span.codeIds.map((id) => codes.get(id)).filter((code): code is Code => code !== undefined);
        if (applied.length === 0) {
          return (
            <span key={span.start} data-o={span.start}>
              {piece}
            </span>
          );
        }
        const style: Record<string, string> = {};
        applied.slice(0, UNDERLINES).forEach((code, i) => (style[`--c${i + 1}`] = code.color));
        return (
          <mark
            key={span.start}
            data-o={span.start}
            className={`coded coded--${Math.min(applied.length, UNDERLINES)}`}
            style={style as CSSProperties}
            title={t('viewer.codedWith', { names: applied.map((code) => code.name).join(', ') })}
            data-code-ids={span.codeIds.join(',')}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
  const row = block.type === 'answer' || block.type === 'cell' ? `${block.rowStart ? ' doc-block--row-start' : ''}${block.rule ? ' doc-block--rule' : ''}` : '';
  return (
    <div className={`doc-block doc-block--${block.type}${row}`} data-start={block.start} data-end={block.end}>
      <div className="doc-block__main">{content(block, body, activeTurn)}</div>
      <Stripes block={block} codings={codings} codes={codes} lanes={lanes} laneCount={laneCount} onStripe={onStripe} layoutVersion={layoutVersion} />
    </div>
  );
}, sameBlock);

/** Labels are structure, not text: they cannot be selected or edited, and carry no offset. */
function Label({ className, children }: { className: string; children: ReactNode }) {
  return (
    <span className={className} contentEditable={false} data-label="">
      {children}
    </span>
  );
}

function content(block: TextBlock, body: ReactNode, activeTurn: boolean) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h3', 'h4', 'h5', 'h6'] as const)[Math.max(1, Math.min(block.level, 4)) - 1] ?? 'h6';
      return <Tag className={`doc-heading doc-heading--${block.level}`}>{body}</Tag>;
    }
    case 'turn':
      return (
        <div className={activeTurn ? 'turn turn--active' : 'turn'}>
          <div className="turn__who" contentEditable={false} data-label="">
            {block.speaker ? <span className="turn__speaker">{block.speaker}</span> : null}
            {block.time ? <TurnTime time={block.time} unitId={unitIdOfKey(block.key)} /> : null}
          </div>
          <p className="turn__text">{body}</p>
        </div>
      );
    case 'answer':
      return (
        <div className={`answer ${block.prompt ? '' : 'answer--continued'}`}>
          {block.prompt ? (
            <p className="answer__prompt" contentEditable={false} data-label="">
              {block.prompt}
            </p>
          ) : null}
          <div className="answer__body">
            {block.column ? <Label className="answer__column">{block.column}</Label> : null}
            <p className="answer__text">{body}</p>
          </div>
        </div>
      );
    case 'cell':
      return (
        <div className="cell">
          <Label className="cell__column">{block.column}</Label>
          <p className="cell__text">{body}</p>
        </div>
      );
    default:
      return <p className="doc-paragraph">{body}</p>;
  }
}
