import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import type { HistoryCommands } from './useHistoryCommands';

/** This session's actions, newest first; undone ones greyed, until a new action drops them. */
export function HistoryPanel({ dataKey, history }: { dataKey: string; history: HistoryCommands }) {
  const { t, formatTime } = useI18n();
  const api = useApi();
  const { data } = useAsync(dataKey, () => api.history.list({}));
  if (data === undefined) return null;
  return (
    <div className="panel">
      <div className="panel__toolbar history-toolbar">
        <div className="history-toolbar__buttons">
          <Button size="sm" icon="undo" title={t('history.undoLast')} disabled={!data.canUndo} onClick={() => void history.undo()}>
            {t('history.undo')}
          </Button>
          <Button size="sm" icon="redo" title={t('history.redoNext')} disabled={!data.canRedo} onClick={() => void history.redo()}>
            {t('history.redo')}
          </Button>
        </div>
        <p className="panel__summary">{t('history.hint')}</p>
      </div>
      <div className="panel-scroll" tabIndex={0} role="region" aria-label={t('history.list')}>
        {data.entries.length === 0 ? (
          <p className="empty-note panel-pad">{t('history.empty')}</p>
        ) : (
          <ol className="history-list" data-testid="history-list">
            {data.entries.map((entry) => (
              <li key={entry.id} className={`history-entry ${entry.undone ? 'history-entry--undone' : ''}`}>
                <p className="history-entry__label">{entry.label}</p>
                <p className="history-entry__meta">
                  <span>{entry.coder}</span>
                  <span aria-hidden="true">·</span>
                  <time dateTime={entry.at}>{formatTime(entry.at)}</time>
                  {entry.undone ? <span className="badge">{t('history.undone')}</span> : null}
                </p>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={entry.undone ? 'redo' : 'undo'}
                  className="history-entry__travel"
                  title={t(entry.undone ? 'history.redoToHint' : 'history.undoToHint')}
                  onClick={() => void history.travel(entry, entry.undone ? 'redo' : 'undo')}
                >
                  {t(entry.undone ? 'history.redoTo' : 'history.undoTo')}
                </Button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
