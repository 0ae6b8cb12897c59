import { useId } from 'react';
import type { CaseLink } from '../../../shared/domain/case';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { IconButton } from '../../ui/Button';

interface Props {
  caseId: number;
  caseName: string;
  documents: DocumentSummary[];
  links: CaseLink[];
}

/**
 * The documents of a case, whole or in part (a speaker's turns, a grid column): unlink one, or link
 * another whole document from the project. Parts are chosen in the case table's « Documents » dialog.
 */
export function CaseDocuments({ caseId, caseName, documents, links }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const selectId = useId();
  const names = new Map(documents.map((d) => [d.id, d.name]));
  const whole = new Set(links.filter((l) => l.part === null && l.range === null).map((l) => l.documentId));
  const others = documents.filter((d) => !whole.has(d.id));
  const setLink = (link: Pick<CaseLink, 'documentId' | 'part'>, linked: boolean): void => {
    const call = link.part
      ? api.cases.linkPart({ caseId, documentId: link.documentId, field: link.part.field, value: link.part.value, linked })
      : api.cases.linkDocument({ caseId, documentId: link.documentId, linked });
    call.catch((error: unknown) => toasts.showError(error));
  };
  const label = (link: CaseLink): string => {
    const name = names.get(link.documentId) ?? '';
    if (link.part?.field === 'speaker') return `${name} — ${t('caseTable.links.speaker', { value: link.part.value })}`;
    if (link.part?.field === 'column') return `${name} — ${t('caseTable.links.column', { value: link.part.value })}`;
    return name;
  };
  if (documents.length === 0) return null;
  return (
    <div className="case-documents">
      {links.length > 0 ? (
        <ul className="case-documents__list" aria-label={t('cases.linkedDocuments', { name: caseName })}>
          {links.map((link) => (
            <li key={`${link.documentId}:${link.part?.field ?? ''}:${link.part?.value ?? ''}:${link.range?.start ?? ''}`} className="case-documents__item">
              <span className="case-documents__name" title={label(link)}>
                {label(link)}
              </span>
              {link.range ? null : <IconButton icon="close" label={t('cases.unlink', { name: label(link) })} onClick={() => setLink(link, false)} />}
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
              if (id > 0) setLink({ documentId: id, part: null }, true);
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
