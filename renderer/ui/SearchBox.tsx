import { Icon } from './Icon';
import { IconButton } from './Button';

interface Props {
  /** The field's label, also its placeholder. */
  label: string;
  clearLabel: string;
  value: string;
  onChange: (value: string) => void;
}

/** A search field with its magnifier and, once something is typed, a button that clears it. */
export function SearchBox({ label, clearLabel, value, onChange }: Props) {
  return (
    <div className="search-box">
      <Icon name="search" className="search-box__icon" />
      <input type="search" className="input search-box__input" placeholder={label} aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} />
      {value.trim() !== '' ? <IconButton icon="close" className="search-box__clear" label={clearLabel} onClick={() => onChange('')} /> : null}
    </div>
  );
}
