import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { useI18n } from '../../app/I18n';
import { SearchBox } from '../../ui/SearchBox';
import { buildCodeTree, filterCodeTree, type CodeNode } from '../codebook/codeTree';
import type { ChosenCode, CodeLabel } from './query';

interface Props {
  codes: readonly Code[] | undefined;
  labels: ReadonlyMap<number, CodeLabel>;
  chosen: readonly ChosenCode[];
  onToggle: (code: { id: number; hasChildren: boolean }) => void;
  onWithChildren: (codeId: number, withChildren: boolean) => void;
}

/** Passages of the code and of its sub-codes. */
function subtreeCount(node: CodeNode): number {
  return node.code.codingCount + node.children.reduce((sum, child) => sum + subtreeCount(child), 0);
}

/**
 * The codebook as a tree of check boxes, filtered by name. A ticked family offers « avec les
 * sous-codes ». One tab stop: the arrows move between the boxes, Space ticks.
 */
export function CodePicker({ codes, labels, chosen, onToggle, onWithChildren }: Props) {
  const { t, tc } = useI18n();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hintId = useId();
  const roots = useMemo(() => buildCodeTree(codes ?? []), [codes]);
  const shown = useMemo(() => filterCodeTree(roots, filter), [roots, filter]);
  const chosenById = useMemo(() => new Map(chosen.map((c) => [c.codeId, c])), [chosen]);

  // The boxes in reading order, to know which one holds the tab stop.
  const boxes: string[] = [];
  const collect = (nodes: CodeNode[]) => {
    for (const node of nodes) {
      boxes.push(`c${node.code.id}`);
      if (node.children.length > 0 && chosenById.has(node.code.id)) boxes.push(`w${node.code.id}`);
      collect(node.children);
    }
  };
  collect(shown);
  const tabStop = active !== null && boxes.includes(active) ? active : (boxes[0] ?? null);

  const focusBox = (key: string | undefined) => {
    if (!key) return;
    setActive(key);
    listRef.current?.querySelector<HTMLElement>(`[data-box="${key}"]`)?.focus();
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const key = (event.target as HTMLElement).dataset.box;
    if (!key) return;
    const at = boxes.indexOf(key);
    let next: string | undefined;
    if (event.key === 'ArrowDown') next = boxes[at + 1];
    else if (event.key === 'ArrowUp') next = boxes[at - 1];
    else if (event.key === 'Home') next = boxes[0];
    else if (event.key === 'End') next = boxes[boxes.length - 1];
    else if (event.key === 'Enter') {
      (event.target as HTMLInputElement).click();
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    focusBox(next);
  }

  const row = (node: CodeNode, depth: number) => {
    const { code, children } = node;
    const label = labels.get(code.id);
    const pick = chosenById.get(code.id);
    const family = children.length > 0;
    const count = family ? subtreeCount(node) : code.codingCount;
    return (
      <li key={code.id}>
        <div className={`code-pick ${pick ? 'code-pick--chosen' : ''}`} style={{ paddingInlineStart: `${6 + depth * 18}px` }}>
          <label className="code-pick__label" title={label?.path}>
            <input
              type="checkbox"
              data-box={`c${code.id}`}
              tabIndex={tabStop === `c${code.id}` ? 0 : -1}
              checked={pick !== undefined}
              aria-label={label?.path ?? code.name}
              aria-describedby={`${hintId}-n${code.id}`}
              onFocus={() => setActive(`c${code.id}`)}
              onChange={() => onToggle({ id: code.id, hasChildren: family })}
            />
            <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            <span className="code-pick__name">{code.name}</span>
            <span className="code-pick__count" aria-hidden="true">
              {count}
            </span>
            <span id={`${hintId}-n${code.id}`} hidden>
              {family ? tc(count, 'extracts.codes.countFamily', 'extracts.codes.countFamily.one') : tc(count, 'extracts.codes.count', 'extracts.codes.count.one')}
            </span>
          </label>
          {pick && family ? (
            <label className="code-pick__children">
              <input
                type="checkbox"
                data-box={`w${code.id}`}
                tabIndex={tabStop === `w${code.id}` ? 0 : -1}
                checked={pick.withChildren}
                aria-label={t('extracts.codes.withChildrenLabel', { name: label?.path ?? code.name })}
                onFocus={() => setActive(`w${code.id}`)}
                onChange={(event) => onWithChildren(code.id, event.target.checked)}
              />
              <span>{t('extracts.codes.withChildren')}</span>
            </label>
          ) : null}
        </div>
        {children.length > 0 ? <ul>{children.map((child) => row(child, depth + 1))}</ul> : null}
      </li>
    );
  };

  return (
    <div className="panel code-picker">
      <div
        className="panel__toolbar"
        onKeyDown={(event) => {
          // From the filter field, Down goes to the first code shown.
          if (event.key === 'ArrowDown' && event.target instanceof HTMLInputElement && event.target.type === 'search') {
            event.preventDefault();
            focusBox(boxes[0]);
          }
        }}
      >
        <SearchBox label={t('extracts.codes.search')} clearLabel={t('extracts.codes.clear')} value={filter} onChange={setFilter} />
        <p className="panel__summary" id={hintId}>
          {t('extracts.codes.hint')}
        </p>
      </div>
      <div className="panel-scroll">
        {codes && codes.length === 0 ? (
          <p className="empty-note">{t('extracts.codes.empty')}</p>
        ) : codes && shown.length === 0 ? (
          <p className="empty-note" role="status">
            {t('extracts.codes.noMatch')}
          </p>
        ) : (
          <ul ref={listRef} className="code-picker__tree" aria-label={t('extracts.codes.list')} aria-describedby={hintId} onKeyDown={onKeyDown} data-testid="extract-code-picker">
            {shown.map((node) => row(node, 0))}
          </ul>
        )}
      </div>
    </div>
  );
}
