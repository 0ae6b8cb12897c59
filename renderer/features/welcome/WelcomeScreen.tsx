import { useId } from 'react';
import type { AppInfo } from '../../../shared/domain/project';
import { useI18n } from '../../app/I18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import type { ProjectActions } from '../../app/useProjectActions';
import { Icon, type IconName } from '../../ui/Icon';
import { BaliseMark } from '../../ui/BaliseMark';
import { RecentProjects } from './RecentProjects';

/** No project open: start a project, open one, try the demo, or pick a recent one. */
export function WelcomeScreen({ appInfo, actions }: { appInfo: AppInfo; actions: ProjectActions }) {
  const { t } = useI18n();
  return (
    <div className="welcome">
      <main className="welcome__main" aria-label={t('welcome.title')}>
        <section className="welcome__intro" aria-labelledby="welcome-title">
          <div className="welcome__brand">
            <BaliseMark size={44} />
            <div>
              <h1 id="welcome-title" className="welcome__name">
                {t('app.name')}
              </h1>
              <p className="welcome__tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <p className="welcome__lead">{t('welcome.intro')}</p>

          <h2 className="section-title">{t('welcome.start')}</h2>
          <div className="welcome__actions">
            <ActionCard icon="plus" primary title={t('welcome.new')} hint={t('welcome.newHint')} onClick={() => void actions.newProject()} />
            <ActionCard icon="folder" title={t('welcome.open')} hint={t('welcome.openHint')} onClick={() => void actions.openProject()} />
            <ActionCard icon="sparkle" title={t('welcome.demo')} hint={t('welcome.demoHint')} onClick={() => void actions.openDemo()} />
          </div>
        </section>

        <RecentProjects onOpen={(path) => void actions.openPath(path)} />
      </main>

      <footer className="welcome__footer">
        <p className="welcome__privacy">
          <Icon name="lock" />
          <span>{t('welcome.privacy')}</span>
        </p>
        <div className="welcome__footer-end">
          <span className="muted">{t('shell.version', { version: appInfo.version })}</span>
          <LanguageSwitch onChange={(language) => void actions.setLanguage(language)} />
        </div>
      </footer>
    </div>
  );
}

interface ActionCardProps {
  icon: IconName;
  title: string;
  hint: string;
  primary?: boolean;
  onClick: () => void;
}

/**
 * A large card: the button is the title (its accessible name), the hint its description; the button
 * stretches over the whole card, so a click anywhere on it acts.
 */
function ActionCard({ icon, title, hint, primary, onClick }: ActionCardProps) {
  const id = useId();
  return (
    <div className={`action-card ${primary ? 'action-card--primary' : ''}`}>
      <span className="action-card__icon">
        <Icon name={icon} size={20} />
      </span>
      <span className="action-card__text">
        <button type="button" className="action-card__button" aria-describedby={`${id}-hint`} onClick={onClick}>
          {title}
        </button>
        <span id={`${id}-hint`} className="action-card__hint">
          {hint}
        </span>
      </span>
    </div>
  );
}
