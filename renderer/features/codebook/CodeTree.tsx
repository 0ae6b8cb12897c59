import { useState } from 'react';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import type { CodeNode } from './codeTree';

interface Props {
  nodes: CodeNode[];
  /** While filtering, every family is shown open. */
  forceExpanded: boolean;
}

/** Families and their codes, indented; a family folds and unfolds with its disclosure button. */
export function CodeTree({ nodes, forceExpanded }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ul className="code-tree" data-testid="code-tree">
      {nodes.map((node) => (
        <CodeItem key={node.code.id} node={node} depth={0} collapsed={forceExpanded ? null : collapsed} onToggle={toggle} />
      ))}
    </ul>
  );
}

interface ItemProps {
  node: CodeNode;
  depth: number;
  collapsed: ReadonlySet<number> | null;
  onToggle: (id: number) => void;
}

function CodeItem({ node, depth, collapsed, onToggle }: ItemProps) {
  const { t, tc } = useI18n();
  const { code, children } = node;
  const hasChildren = children.length > 0;
  const open = hasChildren && !collapsed?.has(code.id);
  const groupId = `code-group-${code.id}`;
  return (
    <li className="code-tree__item">
      <div
        className={`code-row ${hasChildren ? 'code-row--family' : ''}`}
        style={{ paddingInlineStart: `${8 + depth * 18}px` }}
        title={code.description || undefined}
        data-code-id={code.id}
      >
        {hasChildren ? (
          <button
            type="button"
            className="code-row__toggle"
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={t('codebook.toggle', { name: code.name })}
            onClick={() => onToggle(code.id)}
          >
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
          </button>
        ) : (
          <span className="code-row__spacer" />
        )}
        <span className="swatch" style={{ backgroundColor: code.color }} data-color={code.color} aria-hidden="true" />
        <span className="code-row__name">{code.name}</span>
        <span className="code-row__count" aria-hidden="true">
          {code.codingCount}
        </span>
        <span className="sr-only">{tc(code.codingCount, 'codebook.codings', 'codebook.codings.one')}</span>
      </div>
      {open ? (
        <ul id={groupId} className="code-tree__group">
          {children.map((child) => (
            <CodeItem key={child.code.id} node={child} depth={depth + 1} collapsed={collapsed} onToggle={onToggle} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
