/** A star: a key quotation (« citation clé »). Decorative; filled when the passage is one. */
export function KeyQuoteIcon({ filled = false, size = 16 }: { filled?: boolean; size?: number }) {
  return (
    <svg
      className={`icon key-quote-icon ${filled ? 'key-quote-icon--filled' : ''}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L12 16.8l-5.2 2.8 1-5.8-4.3-4.1 5.9-.8z" />
    </svg>
  );
}
