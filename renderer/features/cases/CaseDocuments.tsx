import { useId } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { IconButton } from '../../ui/Button';

interface Props {
  caseId: number;
  caseName: string;
  documents: DocumentSummary[];
  linked: number[];
}

/** The documents of a case, linked by hand: unlink one, or link another from the project. */
export function CaseDocuments({ caseId, caseName, documents, linked }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const selectId = useId();
  const mine = documents.filter((d) => linked.includes(d.id));
  const others = documents.filter((d) => !linked.includes(d.id));
  const setLink = (documentId: number, link: boolean): void => {
    api.cases.linkDocument({ caseId, documentId, linked: link }).catch((error: unknown) => toasts.showError(error));
  };
  if (documents.length === 0) return null;
  return (
    <div className="case-documents">
      {mine.length > 0 ? (
        <ul className="case-documents__list" aria-label={t('cases.linkedDocuments', { name: caseName })}>
          {mine.map((doc) => (
            <li key={doc.id} className="case-documents__item">
              <span className="case-documents__name">{doc.name}</span>
              <IconButton icon="close" label={t('cases.unlink', { name: doc.name })} onClick={() => setLink(doc.id, false)} />
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <>
          <label className="sr-only" htmlFor={selectId}>
            {t('cases.linkDocumentTo', { name: caseName })}
          </label>
          <select
            id={selectId}
            className="case-documents__select"
            value=""
            onChange={(event) => {
              const id = Number(event.target.value);
              if (id > 0) setLink(id, true);
            }}
          >
            <option value="">{t('cases.linkDocument')}</option>
            {others.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {doc.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}
