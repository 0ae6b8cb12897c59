/**
 * A small set of line icons (24×24 grid, drawn with currentColor). Decorative: the text next to
 * them, or the button's label, says what they mean.
 */
const paths = {
  plus: 'M12 5v14M5 12h14',
  folder: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  sparkle: 'M12 3l1.8 4.7L18.5 9.5l-4.7 1.8L12 16l-1.8-4.7L5.5 9.5l4.7-1.8zM18 15l.8 2.2L21 18l-2.2.8L18 21l-.8-2.2L15 18l2.2-.8z',
  close: 'M6 6l12 12M18 6L6 18',
  chevronRight: 'M9 6l6 6-6 6',
  chevronDown: 'M6 9l6 6 6-6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  eye: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  eyeOff: 'M3 3l18 18M10.6 5.1A10.8 10.8 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-3.2 4.1M6.6 6.6C3.8 8.4 2 12 2 12s3.6 7 10 7a10 10 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  alert: 'M12 4l9 16H3zM12 10v4M12 17.5v.01',
  check: 'M5 12.5l4.5 4.5L19 7',
  interview: 'M4 5h16v10H9l-5 4zM8 9h8M8 12h5',
  observation: 'M6 3h9l4 4v14H6zM9 10h7M9 14h7M9 18h4M15 3v4h4',
  text: 'M6 3h9l4 4v14H6zM9 12h7M9 16h7M15 3v4h4',
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  file: 'M6 3h9l4 4v14H6zM15 3v4h4',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  logout: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
  memo: 'M5 4h14v12l-4 4H5zM15 20v-4h4M8 8h8M8 12h6',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v5M12 7.5v.01',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  tag: 'M3 12V4h8l10 10-8 8zM7.5 8.5v.01',
  cases: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20a6 6 0 0 1 12 0M16 11a3 3 0 1 0 0-6M18 20h4a6 6 0 0 0-6-6',
  upload: 'M12 15V4M7 9l5-5 5 5M5 15v4h14v-4',
  download: 'M12 4v11M7 10l5 5 5-5M5 15v4h14v-4',
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  merge: 'M6 4v4a6 6 0 0 0 6 6h6M15 11l3 3-3 3M6 20v-3',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className, size = 16 }: { name: IconName; className?: string; size?: number }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
