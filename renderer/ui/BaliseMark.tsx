/** The app's mark: a bookmark-shaped beacon on the accent colour. Decorative. */
export function BaliseMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="balise-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="balise-mark__bg" />
      <path d="M10 7h12v18l-6-4.5L10 25z" className="balise-mark__fg" />
      <path d="M13 12h6" className="balise-mark__line" />
    </svg>
  );
}
