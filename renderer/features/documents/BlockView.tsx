import type { ReactNode } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { useActiveTurn } from '../media/MediaProvider';
import { TurnTime, unitIdOfKey } from '../media/TurnTime';
import { CodedText } from './CodedText';
import { codesIn, type Block, type TextBlock } from './documentLayout';

interface Props {
  block: Block;
  text: string;
  codings: readonly DocumentCoding[];
  codes: ReadonlyMap<number, Code>;
}

/** One block of the read-only document: its labels (speaker, time, prompt…), its text, its codes. */
export function BlockView({ block, text, codings, codes }: Props) {
  const activeTurn = useActiveTurn(block.type === 'turn' ? unitIdOfKey(block.key) : null);
  if (block.type === 'section') {
    return (
      <div className="doc-section-row">
        <h3 className="doc-section">{block.label}</h3>
        {block.column ? <span className="doc-section__column">{block.column}</span> : null}
      </div>
    );
  }
  if (block.type === 'subsection') return <h4 className="doc-subsection">{block.label}</h4>;
  const body = <CodedText text={text} start={block.start} end={block.end} codings={codings} codes={codes} />;
  const row = block.type === 'answer' || block.type === 'cell' ? `${block.rowStart ? ' doc-block--row-start' : ''}${block.rule ? ' doc-block--rule' : ''}` : '';
  return (
    <div className={`doc-block doc-block--${block.type}${row}`}>
      <div className="doc-block__main">{content(block, body, activeTurn)}</div>
      <CodeMargin ids={codesIn(block.start, block.end, codings)} codes={codes} />
    </div>
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
          <div className="turn__who">
            {block.speaker ? <span className="turn__speaker">{block.speaker}</span> : null}
            {block.time ? <TurnTime time={block.time} unitId={unitIdOfKey(block.key)} /> : null}
          </div>
          <p className="turn__text">{body}</p>
        </div>
      );
    case 'answer':
      return (
        <div className={`answer ${block.prompt ? '' : 'answer--continued'}`}>
          {block.prompt ? <p className="answer__prompt">{block.prompt}</p> : null}
          <div className="answer__body">
            {block.column ? <p className="answer__column">{block.column}</p> : null}
            <p className="answer__text">{body}</p>
          </div>
        </div>
      );
    case 'cell':
      return (
        <div className="cell">
          <p className="cell__column">{block.column}</p>
          <p className="cell__text">{body}</p>
        </div>
      );
    default:
      return <p className="doc-paragraph">{body}</p>;
  }
}

/** The codes applied in a block, listed beside it (a first step towards the coding stripes). */
function CodeMargin({ ids, codes }: { ids: number[]; codes: ReadonlyMap<number, Code> }) {
  const t = useT();
  const applied = ids.map((id) => codes.get(id)).filter((code): code is Code => code !== undefined);
  if (applied.length === 0) return <div className="code-margin" />;
  return (
    <ul className="code-margin" aria-label={t('viewer.passageCodes')}>
      {applied.map((code) => (
        <li key={code.id} className="code-chip" title={code.path}>
          <span className="swatch swatch--sm" style={{ backgroundColor: code.color }} aria-hidden="true" />
          <span className="code-chip__name">{code.name}</span>
        </li>
      ))}
    </ul>
  );
}
