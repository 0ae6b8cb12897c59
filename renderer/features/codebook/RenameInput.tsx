import { useEffect, useId, useRef, useState } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { useT } from '../../app/I18n';
import { siblingNameTaken } from './codeTree';
import { useTree } from './treeContext';

/**
 * The name of a code, edited in place: Enter confirms, Escape cancels, leaving the field confirms
 * a valid change. An empty name or a sibling's name is refused with a message, and editing goes on.
 */
export function RenameInput({ code, onDone }: { code: Code; onDone: () => void }) {
  const t = useT();
  const tree = useTree();
  const [value, setValue] = useState(code.name);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const finished = useRef(false);
  const ref = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function check(name: string): string | null {
    if (name.trim() === '') return t('codebook.nameRequired');
    const taken = siblingNameTaken(tree.codes, code.parentId, name, code.id);
    return taken ? t('codebook.nameTaken', { name: taken.name }) : null;
  }

  function finish(): void {
    finished.current = true;
    onDone();
  }

  async function commit(leaving: boolean): Promise<void> {
    if (busy.current || finished.current) return;
    const name = value.trim();
    if (name === code.name) return finish();
    const problem = check(name);
    if (problem) {
      if (leaving) return finish();
      setError(problem);
      return;
    }
    busy.current = true;
    const failure = await tree.rename(code, name);
    busy.current = false;
    if (failure && !leaving) setError(failure);
    else finish();
  }

  return (
    <span className="code-rename">
      <input
        ref={ref}
        className="input code-rename__input"
        value={value}
        aria-label={t('codebook.renameLabel', { name: code.name })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        spellCheck={false}
        autoComplete="off"
        maxLength={200}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onClick={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit(false);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            finish();
          }
        }}
        onBlur={() => void commit(true)}
      />
      {error ? (
        <span id={errorId} className="code-rename__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
