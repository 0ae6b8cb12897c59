import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';

const kindLabel = {
  project: 'memos.kind.project',
  document: 'memos.kind.document',
  code: 'memos.kind.code',
  coding: 'memos.kind.coding',
} as const;

/** The project's memos: title, what they are about, who wrote them and when, and their text. */
export function MemosPanel({ dataKey }: { dataKey: string }) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const { data: memos } = useAsync(dataKey, () => api.memos.list({}));
  if (memos === undefined) return null;
  if (memos.length === 0) return <p className="empty-note panel-pad">{t('memos.empty')}</p>;
  return (
    <div className="panel-scroll" tabIndex={0} role="region" aria-label={t('project.tab.memos')}>
      <ul className="card-list" data-testid="memo-list">
        {memos.map((memo) => (
          <li key={memo.id} className="card memo">
            <h3 className="card__title">{memo.title}</h3>
            <p className="card__meta">
              <span>{t(kindLabel[memo.kind])}</span>
              {memo.coderName ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>{memo.coderName}</span>
                </>
              ) : null}
              <span aria-hidden="true">·</span>
              <span>{formatDateTime(memo.updatedAt)}</span>
            </p>
            <p className="memo__body">{memo.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
