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
  /** « 09:55 », for today's actions. */
  formatTime(iso: string): string;
}

const pluralRules: Record<Language, Intl.PluralRules> = { fr: new Intl.PluralRules('fr-FR'), en: new Intl.PluralRules('en-GB') };

/** `tc` outside React, for messages kept as a function of the language (toasts): « 1 code », « 3 codes ». */
export function translateCount(lang: Language, count: number, other: MessageKey, one: MessageKey, params?: MessageParams): string {
  return translate(lang, pluralRules[lang].select(count) === 'one' ? one : other, { ...params, count });
}

function make(lang: Language): I18n {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  // French puts 0 and 1 in the singular (« 0 document »), English only 1.
  const plural = pluralRules[lang];
  const safe = (format: Intl.DateTimeFormat, iso: string): string => {
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? iso : format.format(value);
  };
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    isSingular: (count) => plural.select(count) === 'one',
    tc: (count, other, one, params) => translateCount(lang, count, other, one, params),
    formatDateTime: (iso) => safe(dateTime, iso),
    formatTime: (iso) => safe(time, iso),
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
