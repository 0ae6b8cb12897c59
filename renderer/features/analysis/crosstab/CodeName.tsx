const SEPARATOR = ' › ';

/** A code as a row heading: its swatch, its family small and grey above its own name. */
export function CodeName({ path, color }: { path: string; color: string }) {
  const parts = path.split('/');
  const name = parts.pop();
  const family = parts.length > 0 ? parts.join(SEPARATOR) : null;
  return (
    <span className="crosstab-code">
      <span className="swatch" style={{ backgroundColor: color }} aria-hidden="true" />
      <span>
        {family ? (
          <>
            <span className="crosstab-code__family">{family}</span>
            <span className="sr-only">{SEPARATOR}</span>
          </>
        ) : null}
        <span className="crosstab-code__name">{name}</span>
      </span>
    </span>
  );
}
