import { useCallback, useMemo } from 'react';
import type { HistoryEntry } from '../../../shared/domain/history';
import { translate } from '../../../shared/i18n';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';

export interface HistoryCommands {
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Back to an entry (undoing it and every later one), or forward to it (redoing up to it). */
  travel(entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<void>;
}

/**
 * Undo and redo of the project's last actions (imports, automatic codings, renamings…), said in
 * the polite live region and shown briefly: « Annulé : Codage automatique « Freins » … ».
 */
export function useHistoryCommands(): HistoryCommands {
  const api = useApi();
  const announce = useAnnounce();
  const toasts = useToasts();
  const { lang } = useI18n();

  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const before = await api.history.list({});
        const target =
          direction === 'undo'
            ? before.entries.filter((e) => !e.undone).sort((a, b) => b.id - a.id)[0]
            : before.entries.filter((e) => e.undone).sort((a, b) => a.id - b.id)[0];
        if (!target) {
          announce(translate(lang, direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo'));
          return;
        }
        if (direction === 'undo') await api.history.undo({});
        else await api.history.redo({});
        const key = direction === 'undo' ? 'history.undoneAnnounce' : 'history.redoneAnnounce';
        announce(translate(lang, key, { label: target.label }));
        toasts.showText((l) => translate(l, key, { label: target.label }), { silent: true });
      } catch (error) {
        toasts.showError(error);
      }
    },
    [api, announce, toasts, lang],
  );

  const travel = useCallback(
    async (entry: HistoryEntry, direction: 'undo' | 'redo') => {
      try {
        const before = await api.history.list({});
        const after = await api.history.travel({ id: entry.id, direction });
        const count = before.entries.filter((e) => after.entries.some((a) => a.id === e.id && a.undone !== e.undone)).length;
        if (count === 0) return;
        const key = direction === 'undo' ? (count === 1 ? 'history.undoneTo.one' : 'history.undoneTo') : count === 1 ? 'history.redoneTo.one' : 'history.redoneTo';
        announce(translate(lang, key, { label: entry.label, count }));
        toasts.showText((l) => translate(l, key, { label: entry.label, count }), { silent: true });
      } catch (error) {
        toasts.showError(error);
      }
    },
    [api, announce, toasts, lang],
  );

  return useMemo(() => ({ undo: () => run('undo'), redo: () => run('redo'), travel }), [run, travel]);
}
