import { isMessageKey, translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n';

/**
 * What the undo history says of an action: a catalogue key and its parameters, stored as JSON in
 * the journal and translated when the history is read, so it follows the interface language.
 */
export interface ActionLabel {
  key: MessageKey;
  params?: MessageParams;
}

export function encodeLabel(label: ActionLabel): string {
  return JSON.stringify(label);
}

export function describeLabel(stored: string, language: Language): string {
  try {
    const label = JSON.parse(stored) as { key?: string; params?: MessageParams };
    if (label.key && isMessageKey(label.key)) return translate(language, label.key, label.params ?? {});
  } catch {
    // A plain-text label: shown as it is.
  }
  return stored;
}
