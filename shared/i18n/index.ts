import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey };
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Record<MessageKey, string>> = { fr, en };

/** Fill `{name}` placeholders; numbers are formatted for the language (1 234 in French). */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') : value;
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

export function catalogue(lang: Language): Readonly<Record<MessageKey, string>> {
  return catalogues[lang];
}
