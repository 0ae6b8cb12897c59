/** The player's icons, drawn like renderer/ui/Icon (24×24, currentColor); decorative. */
const paths = {
  play: 'M8 5v14l11-7z',
  pause: 'M8 5v14M16 5v14',
  back: 'M11 7L6 12l5 5M18 7l-5 5 5 5',
  forward: 'M13 7l5 5-5 5M6 7l5 5-5 5',
  recording: 'M4 10v4M8 7v10M12 4v16M16 8v8M20 11v2',
} as const;

export type MediaIconName = keyof typeof paths;

export function MediaIcon({ name, size = 16 }: { name: MediaIconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={name === 'play' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={name === 'pause' ? 3 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
