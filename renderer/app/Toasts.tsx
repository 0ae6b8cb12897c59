import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/errors';
import { translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n';
import { IconButton } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useI18n } from './I18n';

/**
 * Messages for the researcher: errors (role="alert", stay until dismissed) and confirmations
 * (role="status", fade after a few seconds). A message is kept as a function of the language, so
 * switching FR/EN translates the messages already on screen too. A confirmation may carry one
 * action (« Annuler » after an automatic coding); it then stays a little longer.
 */
export type LocalText = (lang: Language) => string;

export interface ToastAction {
  label: MessageKey;
  run: () => void;
}

export interface InfoOptions {
  action?: ToastAction;
  /** Shown but not announced, when the live region of the Announcer already says it. */
  silent?: boolean;
}

interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: LocalText;
  action?: ToastAction;
  silent?: boolean;
}

export interface ToastApi {
  showError(error: unknown): void;
  showInfo(key: MessageKey, params?: MessageParams, options?: InfoOptions): void;
  /** A confirmation composed by the caller (counts with their nouns, several parts). */
  showText(text: LocalText, options?: InfoOptions): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const INFO_MS = 6000;
const ACTION_MS = 10000;
let nextId = 1;

export function errorText(error: unknown): LocalText {
  if (error instanceof ApiError) return (lang) => error.wire.message[lang];
  const details = error instanceof Error ? error.message : String(error);
  return (lang) => translate(lang, 'error.INTERNAL', { details });
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { lang, t } = useI18n();
  const [toasts, setToasts] = useState<Toast[]>([]);

  // Said before an error's text by screen readers: « Erreur : … ».
  const errorPrefix = `${t('common.error')}${lang === 'fr' ? ' : ' : ': '}`;

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const info = (text: LocalText, options: InfoOptions = {}) => {
      const id = nextId++;
      setToasts((list) => [...list, { id, kind: 'info', text, action: options.action, silent: options.silent }]);
      window.setTimeout(() => dismiss(id), options.action ? ACTION_MS : INFO_MS);
    };
    return {
      showError(error) {
        if (!(error instanceof ApiError)) console.error(error);
        const text = errorText(error);
        setToasts((list) => [...list.filter((toast) => toast.text('fr') !== text('fr')), { id: nextId++, kind: 'error', text }]);
      },
      showInfo: (key, params, options) => info((l) => translate(l, key, params), options),
      showText: info,
    };
  }, [dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast--${toast.kind}`}
            role={toast.silent ? undefined : toast.kind === 'error' ? 'alert' : 'status'}
          >
            <Icon name={toast.kind === 'error' ? 'alert' : 'check'} className="toast__icon" />
            <p className="toast__text">
              {toast.kind === 'error' ? <span className="sr-only">{errorPrefix}</span> : null}
              {toast.text(lang)}
            </p>
            <div className="toast__actions">
              {toast.action ? (
                <button
                  type="button"
                  className="toast__action"
                  onClick={() => {
                    dismiss(toast.id);
                    toast.action?.run();
                  }}
                >
                  {t(toast.action.label)}
                </button>
              ) : null}
              <IconButton icon="close" label={t('common.dismiss')} onClick={() => dismiss(toast.id)} />
            </div>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts() outside <ToastProvider>');
  return toasts;
}
