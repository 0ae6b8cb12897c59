import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { foldForSearch } from '../../../shared/text/fold';
import type { AttributeType } from '../../../shared/domain/case';
import { useI18n } from '../../app/I18n';
import type { LocalText } from '../../app/Toasts';

/** Where the active cell goes once an edit is committed: Enter down, Shift+Enter up, Tab right, Shift+Tab left; none when the focus left the grid. */
export type CommitMove = 'down' | 'up' | 'right' | 'left' | 'none';

interface Props {
  /** Accessible name: the case and the column. */
  label: string;
  type: AttributeType;
  /** The cell's value as shown: leaving the field unchanged saves nothing. */
  original: string;
  /** The first character typed when typing started the edit (it replaces the value), else null. */
  typed: string | null;
  /** Existing values of a category column, offered while typing. */
  choices: readonly string[];
  /** Saves; resolves to the refusal to show (the typed text stays), or null when saved. */
  onCommit: (text: string, move: CommitMove) => Promise<LocalText | null>;
  /** Gives up the edit; `refocus` when the cell should take the focus back (Escape, not a click elsewhere). */
  onCancel: (refocus: boolean) => void;
}

const placeholders: Partial<Record<AttributeType, 'caseTable.edit.numberHint' | 'caseTable.edit.dateHint'>> = {
  number: 'caseTable.edit.numberHint',
  date: 'caseTable.edit.dateHint',
};

/**
 * A cell being edited: a text field over the cell (a combobox listing the column's values for a
 * category). Enter saves and goes down, Tab saves and goes right, Escape gives up. A value the
 * service refuses stays in the field with the reason under it: nothing typed is lost.
 */
export function CellEditor({ label, type, original, typed, choices, onCommit, onCancel }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(typed ?? original);
  const [failure, setFailure] = useState<LocalText | null>(null);
  const [saving, setSaving] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const [listOpen, setListOpen] = useState(type === 'category');
  const committing = useRef(false);

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    // Typing a first character replaces the value: the caret goes after it; F2 and Enter select all.
    if (typed !== null) field.setSelectionRange(field.value.length, field.value.length);
    else field.select();
  }, [typed]);

  const folded = foldForSearch(text.trim());
  const options = type === 'category' ? choices.filter((c) => folded === '' || foldForSearch(c).includes(folded)).slice(0, 50) : [];
  const showList = listOpen && options.length > 0 && !(options.length === 1 && options[0] === text);

  async function commit(value: string, move: CommitMove) {
    if (committing.current) return;
    committing.current = true;
    setSaving(true);
    const refusal = await onCommit(value, move);
    committing.current = false;
    setSaving(false);
    if (refusal) {
      setFailure(() => refusal);
      input.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (showList) setListOpen(false);
      else onCancel(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = showList && highlight >= 0 ? options[highlight] : undefined;
      void commit(chosen ?? text, event.shiftKey ? 'up' : 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit(text, event.shiftKey ? 'left' : 'right');
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && type === 'category') {
      event.preventDefault();
      setListOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => (options.length === 0 ? -1 : (h + step + options.length) % options.length));
    }
  }

  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const placeholder = placeholders[type];
  return (
    <div className="cell-editor">
      <input
        ref={input}
        className="cell-editor__input"
        size={1}
        value={text}
        aria-label={label}
        aria-invalid={failure ? true : undefined}
        aria-describedby={failure ? errorId : undefined}
        role={type === 'category' ? 'combobox' : undefined}
        aria-expanded={type === 'category' ? showList : undefined}
        aria-controls={type === 'category' && showList ? listId : undefined}
        aria-autocomplete={type === 'category' ? 'list' : undefined}
        aria-activedescendant={showList && highlight >= 0 ? `${listId}-${highlight}` : undefined}
        placeholder={placeholder ? t(placeholder) : undefined}
        inputMode={type === 'number' ? 'decimal' : undefined}
        spellCheck={type === 'text'}
        autoComplete="off"
        readOnly={saving}
        onChange={(event) => {
          setText(event.target.value);
          setHighlight(-1);
          setListOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // Leaving the cell saves, as in a spreadsheet; a refused value keeps the editor open.
          if (event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) return;
          if (!failure && text !== original) void commit(text, 'none');
          else if (!failure) onCancel(false);
        }}
      />
      {showList ? (
        <ul id={listId} role="listbox" className="cell-editor__list" aria-label={label}>
          {options.map((option, index) => (
            <li
              key={option}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlight}
              className="cell-editor__option"
              onMouseDown={(event) => {
                event.preventDefault();
                void commit(option, 'down');
              }}
            >
              {option}
            </li>
          ))}
        </ul>
      ) : null}
      {failure ? (
        <p id={errorId} className="cell-editor__error" role="alert">
          {failure(lang)}
        </p>
      ) : null}
    </div>
  );
}
