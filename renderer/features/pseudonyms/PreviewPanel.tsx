import { useId } from 'react';
import type { PseudonymPreview } from '../../../shared/domain/pseudonym';
import { useI18n } from '../../app/I18n';

/** What the accepted entries would change: replacements per document, in all, and the codings they move. */
export function PreviewPanel({ preview, loading }: { preview: PseudonymPreview | undefined; loading: boolean }) {
  const { t, tc, lang } = useI18n();
  const titleId = useId();
  const number = (n: number) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const documents = (preview?.documents ?? []).filter((d) => d.replacements > 0);
  return (
    <aside className="pseudo-preview" aria-labelledby={titleId} aria-busy={loading || preview === undefined} data-testid="pseudonym-preview">
      <h2 id={titleId} className="pseudo-preview__title">
        {t('pseudonymsReview.preview.title')}
      </h2>
      {preview === undefined ? null : preview.replacements === 0 ? (
        <p className="pseudo-preview__empty">{t('pseudonymsReview.preview.empty')}</p>
      ) : (
        <>
          <p className="pseudo-preview__total" data-testid="pseudonym-preview-total">
            {t('pseudonymsReview.preview.total', {
              replacements: tc(preview.replacements, 'pseudonymsReview.replacements', 'pseudonymsReview.replacements.one'),
              documents: tc(documents.length, 'pseudonymsReview.documents', 'pseudonymsReview.documents.one'),
            })}
          </p>
          <p className="pseudo-preview__codings" data-testid="pseudonym-preview-codings">
            {t('pseudonymsReview.preview.codings', {
              moved: tc(preview.codingsMoved, 'pseudonymsReview.codingsMoved', 'pseudonymsReview.codingsMoved.one'),
              changed: tc(preview.codingsChanged, 'pseudonymsReview.codingsChanged', 'pseudonymsReview.codingsChanged.one'),
            })}
          </p>
          <table className="pseudo-preview__table">
            <caption className="sr-only">{t('pseudonymsReview.preview.perDocument')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pseudonymsReview.preview.document')}</th>
                <th scope="col" className="pseudo-preview__number">
                  {t('pseudonymsReview.preview.replacements')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.documentId}>
                  <td className="pseudo-preview__name" title={d.name}>
                    {d.name}
                  </td>
                  <td className="pseudo-preview__number">{number(d.replacements)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </aside>
  );
}
