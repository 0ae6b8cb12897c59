import { useEffect, useEffectEvent } from 'react';
import { useServiceEvent } from '../../app/Services';
import type { HistoryCommands } from './useHistoryCommands';

/** True when the focus is where Ctrl+Z means « undo my typing », not « undo the last action ». */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  // The coding view is a read-only text box: Ctrl+Z there undoes the last coding.
  if (element.closest('[aria-readonly="true"]')) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'range', 'color'].includes(element.type);
  return false;
}

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on macOS) undo and redo the project's actions, unless the
 * focus is in a text field or a dialog is open. In Electron the Edit menu owns these keys and
 * sends `menu:command`; a text field then gets the browser's own undo of its typing.
 */
export function useHistoryShortcuts(history: HistoryCommands, keyboard: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    const undo = key === 'z' && !event.shiftKey;
    if (!undo && !redo) return;
    if (isTextEntry(document.activeElement) || dialogOpen()) return;
    event.preventDefault();
    void (redo ? history.redo() : history.undo());
  });

  useEffect(() => {
    if (!keyboard) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [keyboard]);

  useServiceEvent('menu:command', ({ command }) => {
    if (command !== 'undo' && command !== 'redo') return;
    if (isTextEntry(document.activeElement)) {
      // A rich-text editor (Lexical) keeps its own history: it takes the command if it listens.
      const event = new CustomEvent('balise:edit-history', { detail: command, cancelable: true });
      if (document.activeElement!.dispatchEvent(event)) document.execCommand(command);
      return;
    }
    if (dialogOpen()) return;
    void (command === 'undo' ? history.undo() : history.redo());
  });
}
