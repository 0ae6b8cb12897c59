import { useId, useState } from 'react';
import type { CaseLink, CaseRow, DocumentPart } from '../../../../shared/domain/case';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { useI18n, type Translate, type TranslateCount } from '../../../app/I18n';
import { useAnnounce } from '../../../app/Announcer';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { useToasts } from '../../../app/Toasts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

interface Props {
  row: CaseRow;
  documents: readonly DocumentSummary[];
  dataKey: string;
  onClose: () => void;
}

const WHOLE = 'whole';

function linkText(link: CaseLink, t: Translate): string {
  if (link.part?.field === 'speaker') return t('caseTable.links.speaker', { value: link.part.value });
  if (link.part?.field === 'column') return t('caseTable.links.column', { value: link.part.value });
  if (link.range) return t('caseTable.links.range', { start: link.range.start, end: link.range.end });
  return t('caseTable.links.whole');
}

function partText(part: DocumentPart, tc: TranslateCount): string {
  return part.field === 'speaker'
    ? tc(part.units, 'caseTable.links.speakerOption', 'caseTable.links.speakerOption.one', { value: part.value })
    : tc(part.units, 'caseTable.links.columnOption', 'caseTable.links.columnOption.one', { value: part.value });
}

/**
 * « Liens du cas » : the documents of a case, whole or in part, and a form to add one. Inside a
 * document the case may own only a speaker's turns (the interviewee) or a grid column (the
 * professional's answers): those passages then belong to it alone.
 */
export function LinksDialog({ row, documents, dataKey, onClose }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const id = useId();
  const [documentId, setDocumentId] = useState<number>(documents[0]?.id ?? 0);
  const [choice, setChoice] = useState(WHOLE);
  const parts = useAsync(documentId > 0 ? `${documentId}#${dataKey}` : null, () => api.cases.parts({ documentId }));
  const names = new Map(documents.map((d) => [d.id, d.name]));
  const wholeLinked = row.links.some((l) => l.documentId === documentId && l.part === null && l.range === null);
  const partKey = (p: { field: string; value: string }) => `${p.field}:${p.value}`;
  const partLinked = (p: DocumentPart) => p.caseIds.includes(row.id);
  const chosenPart = parts.data?.find((p) => partKey(p) === choice);
  const already = choice === WHOLE ? wholeLinked : chosenPart ? partLinked(chosenPart) : true;

  async function setLink(target: { documentId: number; part: CaseLink['part'] }, linked: boolean) {
    const document = names.get(target.documentId) ?? '';
    try {
      if (target.part) await api.cases.linkPart({ caseId: row.id, documentId: target.documentId, field: target.part.field, value: target.part.value, linked });
      else await api.cases.linkDocument({ caseId: row.id, documentId: target.documentId, linked });
      announce(t(linked ? 'caseTable.links.linked' : 'caseTable.links.unlinked', { name: row.name, document }));
    } catch (error) {
      toasts.showError(error);
    }
  }

  return (
    <Dialog title={t('caseTable.links.title', { name: row.name })} description={t('caseTable.links.description')} onClose={onClose} className="dialog--form links-dialog">
      <div className="dialog__body">
        <section aria-labelledby={`${id}-current`}>
          <h3 id={`${id}-current`} className="links-dialog__heading">
            {t('caseTable.links.current')}
          </h3>
          {row.links.length === 0 ? (
            <p className="empty-note">{t('caseTable.links.empty')}</p>
          ) : (
            <ul className="links-dialog__list" data-testid="case-links">
              {row.links.map((link) => (
                <li key={`${link.documentId}:${link.part ? partKey(link.part) : link.range ? `${link.range.start}-${link.range.end}` : WHOLE}`} className="links-dialog__item">
                  <span className="links-dialog__document">{names.get(link.documentId)}</span>
                  <span className="links-dialog__part">{linkText(link, t)}</span>
                  {link.range ? null : (
                    <Button size="sm" variant="ghost" onClick={() => void setLink(link, false)} aria-label={t('caseTable.links.unlinkLabel', { what: linkText(link, t), document: names.get(link.documentId) ?? '' })}>
                      {t('caseTable.links.unlink')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <form
          className="links-dialog__add"
          aria-labelledby={`${id}-add`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!already) void setLink({ documentId, part: chosenPart ? { field: chosenPart.field, value: chosenPart.value } : null }, true);
          }}
        >
          <h3 id={`${id}-add`} className="links-dialog__heading">
            {t('caseTable.links.add')}
          </h3>
          <div className="links-dialog__fields">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-document`}>
                {t('caseTable.links.document')}
              </label>
              <select
                id={`${id}-document`}
                className="input"
                value={documentId}
                data-autofocus=""
                onChange={(event) => {
                  setDocumentId(Number(event.target.value));
                  setChoice(WHOLE);
                }}
              >
                {documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-part`}>
                {t('caseTable.links.part')}
              </label>
              <select id={`${id}-part`} className="input" value={choice} onChange={(event) => setChoice(event.target.value)}>
                <option value={WHOLE}>{wholeLinked ? t('caseTable.links.alreadyLinked', { what: t('caseTable.links.whole') }) : t('caseTable.links.whole')}</option>
                {(parts.data ?? []).filter((p) => p.units > 0).map((p) => (
                  <option key={partKey(p)} value={partKey(p)}>
                    {partLinked(p) ? t('caseTable.links.alreadyLinked', { what: partText(p, tc) }) : partText(p, tc)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="field__hint">{t('caseTable.links.partHint')}</p>
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('common.close')}</Button>
            <Button type="submit" variant="primary" icon="plus" disabled={documents.length === 0 || already}>
              {t('caseTable.links.submit')}
            </Button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
