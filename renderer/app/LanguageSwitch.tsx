import { languages, type Language } from '../../shared/i18n';
import { useI18n } from './I18n';

const names = { fr: 'language.fr', en: 'language.en' } as const;

/** FR / EN, as a pair of toggle buttons; the choice is saved by the service. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('status.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="lang-switch__option"
          aria-pressed={language === lang}
          lang={language}
          onClick={() => language !== lang && onChange(language)}
        >
          {t(names[language])}
        </button>
      ))}
    </div>
  );
}
