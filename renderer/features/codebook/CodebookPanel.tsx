import { useMemo, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { useI18n } from '../../app/I18n';
import { Button, IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { buildCodeTree, filterCodeTree } from './codeTree';
import { CodebookImportButton } from '../tables/CodebookImportButton';
import { CodeTree } from './CodeTree';

/** The codebook: families and codes with their colours and counts, a filter box, import and automatic coding. */
export function CodebookPanel({ codes, onAutocode }: { codes: Code[] | undefined; onAutocode: () => void }) {
  const { t, tc } = useI18n();
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildCodeTree(codes ?? []), [codes]);
  const visible = useMemo(() => filterCodeTree(tree, query), [tree, query]);
  const filtering = query.trim() !== '';

  if (codes === undefined) return null;
  return (
    <div className="panel">
      <div className="panel__toolbar">
        <div className="search-box">
          <Icon name="search" className="search-box__icon" />
          <input
            type="search"
            className="input search-box__input"
            placeholder={t('codebook.filter')}
            aria-label={t('codebook.filter')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {filtering ? <IconButton icon="close" className="search-box__clear" label={t('codebook.clearFilter')} onClick={() => setQuery('')} /> : null}
        </div>
        <div className="panel__row">
          <p className="panel__summary">{tc(codes.length, 'codebook.count', 'codebook.count.one')}</p>
          <Button size="sm" variant="ghost" icon="sparkle" onClick={onAutocode} disabled={codes.length === 0}>
            {t('autocode.open')}
          </Button>
        </div>
      </div>
      <div className="panel-scroll">
        {codes.length === 0 ? (
          <p className="empty-note">{t('codebook.empty')}</p>
        ) : visible.length === 0 ? (
          <p className="empty-note" role="status">
            {t('codebook.noMatch', { query: query.trim() })}
          </p>
        ) : (
          <CodeTree nodes={visible} forceExpanded={filtering} />
        )}
      </div>
      <div className="panel__footer">
        <CodebookImportButton />
      </div>
    </div>
  );
}
