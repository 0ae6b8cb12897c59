import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DocumentGroup } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { Button, IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { SyntaxHelp } from './SyntaxHelp';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** The message of the last submitted query's syntax error, or null. */
  error: string | null;
  groups: readonly DocumentGroup[];
  groupId: number | null;
  onGroup: (id: number | null) => void;
  /** ↓ in the field: to the results. */
  onDown: () => void;
  /** The field got the focus: a search is coming. */
  onFocus: () => void;
}

/**
 * The query field (Entrée searches, Échap clears, ↓ goes to the results), where to search, and the syntax help. The
 * field takes the focus on Ctrl+Maj+F (the `balise:focus-search` event of the project screen).
 */
export function SearchForm({ value, onChange, onSubmit, error, groups, groupId, onGroup, onDown, onFocus }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const errorId = useId();
  const helpId = useId();
  const groupSelect = useId();

  useEffect(() => {
    const focus = () => {
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('balise:focus-search', focus);
    return () => window.removeEventListener('balise:focus-search', focus);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <div className="search-form__row">
        <div className="search-box search-form__box">
          <Icon name="search" className="search-box__icon" />
          <input
            ref={input}
            type="search"
            className="input search-box__input search-form__input"
            placeholder={t('search.placeholder')}
            aria-label={t('search.query')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
            onFocus={onFocus}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && value !== '') {
                event.preventDefault();
                onChange('');
              } else if (event.key === 'ArrowDown') {
                event.preventDefault();
                onDown();
              }
            }}
          />
          {value !== '' ? <IconButton icon="close" className="search-box__clear" label={t('search.clear')} onClick={() => onChange('')} /> : null}
        </div>
        <label htmlFor={groupSelect} className="search-form__in">
          {t('search.in')}
        </label>
        <select id={groupSelect} className="input search-form__group" value={groupId ?? ''} onChange={(event) => onGroup(event.target.value ? Number(event.target.value) : null)}>
          <option value="">{t('search.in.all')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {t('search.in.group', { name: group.name })}
            </option>
          ))}
        </select>
        <Button type="submit" variant="primary" icon="search">
          {t('search.run')}
        </Button>
        <Button variant="ghost" icon="info" aria-expanded={help} aria-controls={helpId} onClick={() => setHelp((h) => !h)}>
          {t('search.syntax')}
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="field__error search-form__error" role="alert">
          {error}
        </p>
      ) : null}
      {help ? <SyntaxHelp id={helpId} /> : null}
    </form>
  );
}
