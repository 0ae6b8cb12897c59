import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { useT } from '../../app/I18n';
import { Dialog } from '../../ui/Dialog';
import { foldForSearch } from '../../../shared/text/fold';

interface Props {
  title: string;
  codes: readonly Code[];
  /** Shown first, numbered, when nothing is typed. */
  recent: readonly number[];
  onChoose: (code: Code) => void;
  onClose: () => void;
}

const MAX_SHOWN = 50;

/**
 * The quick-code palette (Ctrl+K): type part of a code's name or path, accents and case ignored,
 * move with ↑ ↓, Enter applies. With nothing typed it lists the recent codes, then the codebook.
 */
export function CodePalette({ title, codes, recent, onChoose, onClose }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = foldForSearch(query.trim());
    if (!needle) {
      const byId = new Map(codes.map((c) => [c.id, c]));
      const first = recent.map((id) => byId.get(id)).filter((c): c is Code => c !== undefined);
      return [...first, ...codes.filter((c) => !recent.includes(c.id))].slice(0, MAX_SHOWN);
    }
    const scored = codes
      .map((code) => {
        const name = foldForSearch(code.name);
        const path = foldForSearch(code.path);
        const score = name.startsWith(needle) ? 0 : name.includes(needle) ? 1 : path.includes(needle) ? 2 : -1;
        return { code, score };
      })
      .filter((m) => m.score >= 0)
      .sort((a, b) => a.score - b.score);
    return scored.slice(0, MAX_SHOWN).map((m) => m.code);
  }, [codes, recent, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const code = matches[current];
      if (code) onChoose(code);
    }
  }

  const optionId = (id: number) => `palette-code-${id}`;
  return (
    <Dialog title={title} onClose={onClose} className="palette">
      <input
        type="text"
        role="combobox"
        className="input palette__input"
        aria-label={t('coding.palette.search')}
        placeholder={t('coding.palette.search')}
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[current] ? optionId(matches[current].id) : undefined}
        value={query}
        data-autofocus=""
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id="palette-list" role="listbox" className="palette__list" aria-label={t('coding.palette.codes')}>
        {matches.length === 0 ? (
          <li className="empty-note" role="presentation">
            {t('codebook.noMatch', { query: query.trim() })}
          </li>
        ) : null}
        {matches.map((code, index) => {
          const key = recent.indexOf(code.id);
          return (
            <li
              key={code.id}
              id={optionId(code.id)}
              role="option"
              aria-selected={index === current}
              className={`palette__option ${index === current ? 'palette__option--active' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => onChoose(code)}
            >
              <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
              <span className="palette__name">{code.name}</span>
              <span className="palette__path">{code.path}</span>
              {key >= 0 && !query ? <kbd className="palette__key">{key + 1}</kbd> : null}
            </li>
          );
        })}
      </ul>
      <p className="palette__hint">{t('coding.palette.hint')}</p>
    </Dialog>
  );
}
