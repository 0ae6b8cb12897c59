import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A count with its noun: `tc(n, 'status.memos', 'status.memos.one')` → « 1 mémo », « 3 mémos ». */
export type TranslateCount = (count: number, other: MessageKey, one: MessageKey, params?: MessageParams) => string;

export interface I18n {
  lang: Language;
  t: Translate;
  tc: TranslateCount;
  /** True when `count` takes the singular in this language (0 and 1 in French, 1 in English). */
  isSingular(count: number): boolean;
  /** A date and time as the reader expects it: « 23 nov. 2026, 09:55 ». */
  formatDateTime(iso: string): string;
  formatDate(iso: string): string;
}

function make(lang: Language): I18n {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  // French puts 0 and 1 in the singular (« 0 document »), English only 1.
  const plural = new Intl.PluralRules(locale);
  const safe = (format: Intl.DateTimeFormat, iso: string): string => {
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? iso : format.format(value);
  };
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    isSingular: (count) => plural.select(count) === 'one',
    tc: (count, other, one, params) => translate(lang, plural.select(count) === 'one' ? one : other, { ...params, count }),
    formatDateTime: (iso) => safe(dateTime, iso),
    formatDate: (iso) => safe(date, iso),
  };
}

const I18nContext = createContext<I18n>(make('fr'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => make(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** `const t = useT(); t('welcome.new')` */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
