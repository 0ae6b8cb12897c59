import { useT } from '../../app/I18n';

const rows = [
  ['accès droits', 'search.syntax.words'],
  ['"accès aux droits"', 'search.syntax.phrase'],
  ['numéri*', 'search.syntax.prefix'],
  ['numérique OU digital', 'search.syntax.or'],
  ['accès NEAR/5 droits', 'search.syntax.near'],
  ['-euh', 'search.syntax.not'],
] as const;

/** What a query may say, with examples one can read at a glance. */
export function SyntaxHelp({ id }: { id: string }) {
  const t = useT();
  return (
    <section id={id} className="search-syntax" aria-label={t('search.syntax.title')}>
      <p className="search-syntax__folding">{t('search.syntax.folding')}</p>
      <dl className="search-syntax__list">
        {rows.map(([example, key]) => (
          <div key={example} className="search-syntax__row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
