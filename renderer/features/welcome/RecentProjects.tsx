import { useState } from 'react';
import type { RecentProject } from '../../../shared/domain/project';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { baseName, folderOf, separatorOf } from '../../app/paths';
import { useAsync } from '../../app/useAsync';
import { IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';

/** The recent projects, newest first: open one, or forget it (the file itself is untouched). */
export function RecentProjects({ onOpen }: { onOpen: (path: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const loaded = useAsync('recent', () => api.projects.recent({}));
  const [edited, setEdited] = useState<RecentProject[] | null>(null);
  const recent = edited ?? loaded.data;

  async function forget(path: string) {
    try {
      setEdited(await api.projects.forgetRecent({ path }));
    } catch (error) {
      toasts.showError(error);
    }
  }

  return (
    <section className="welcome__recent" aria-labelledby="recent-title" aria-busy={recent === undefined}>
      <h2 id="recent-title" className="section-title">
        {t('welcome.recent')}
      </h2>
      {recent === undefined ? null : recent.length === 0 ? (
        <p className="empty-note">{t('welcome.noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((project) => (
            <li key={project.path} className={`recent ${project.exists ? '' : 'recent--missing'}`}>
              <button type="button" className="recent__open" onClick={() => onOpen(project.path)} title={project.path}>
                <Icon name="file" className="recent__icon" size={18} />
                <span className="recent__text">
                  <span className="recent__name">{project.name}</span>
                  <span className="recent__path">
                    <span className="recent__folder">{folderOf(project.path) + separatorOf(project.path)}</span>
                    <span className="recent__file">{baseName(project.path)}</span>
                  </span>
                  <span className="recent__date">{t('welcome.lastOpened', { date: formatDateTime(project.lastOpenedAt) })}</span>
                </span>
              </button>
              {project.exists ? null : <span className="badge badge--warning">{t('welcome.recentMissing')}</span>}
              <IconButton
                icon="close"
                className="recent__forget"
                label={t('welcome.forgetLabel', { name: project.name })}
                tooltip={t('welcome.forget')}
                onClick={() => void forget(project.path)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
