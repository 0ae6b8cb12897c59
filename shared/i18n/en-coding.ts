import type { frCoding } from './fr-coding';

export const enCoding: Record<keyof typeof frCoding, string> = {
  'history.codingAdd': 'Code “{code}”',
  'history.inVivo': 'In-vivo code “{code}”',
  'history.codingRemove': 'Remove a “{code}” coding',
  'history.codingChange': 'Recode “{from}” as “{to}”',
};
