import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Icon, type IconName } from './Icon';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'md' | 'sm';
  icon?: IconName;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', size = 'md', icon, children, className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, size === 'sm' ? 'btn--sm' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} {...rest}>
      {icon ? <Icon name={icon} /> : null}
      <span className="btn__label">{children}</span>
    </button>
  );
}

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: IconName;
  /** Accessible name, also shown as a tooltip unless `tooltip` says otherwise. */
  label: string;
  tooltip?: string;
}

/** A square button showing only an icon; its label is its accessible name and tooltip. */
export function IconButton({ icon, label, tooltip, className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button type={type} className={`icon-btn ${className ?? ''}`} aria-label={label} title={tooltip ?? label} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
