import { useRef, type ReactNode } from 'react';
import { Button } from './Button';
import type { IconName } from './Icon';

interface Props {
  accept: string;
  multiple?: boolean;
  icon?: IconName;
  size?: 'md' | 'sm';
  variant?: 'primary' | 'secondary' | 'ghost';
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

/** A button that opens the system's file chooser (a hidden file input), then hands over the chosen files. */
export function FileButton({ accept, multiple, icon, size, variant, disabled, onFiles, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} size={size} variant={variant} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
