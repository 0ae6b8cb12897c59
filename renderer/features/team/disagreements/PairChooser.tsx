import type { DocumentCoder } from '../../../../shared/domain/disagreement';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { Coder } from '../../../../shared/domain/project';
import { useId } from 'react';
import { useI18n } from '../../../app/I18n';
import type { CodeLabel } from '../../extracts/query';

interface Props {
  documents: readonly DocumentSummary[];
  documentId: number | null;
  coders: readonly Coder[];
  documentCoders: readonly DocumentCoder[];
  coderA: number | null;
  coderB: number | null;
  codes: ReadonlyMap<number, CodeLabel>;
  /** The code compared (with its sub-codes), or null for all codes. */
  codeFilter: number | null;
  onCodeFilter: (codeId: number | null) => void;
  onDocument: (id: number) => void;
  onCoders: (a: number, b: number) => void;
}

/** Which document, and which two coders side by side (left and right). */
export function PairChooser({ documents, documentId, coders, documentCoders, coderA, coderB, codes, codeFilter, onCodeFilter, onDocument, onCoders }: Props) {
  const { t, tc } = useI18n();
  const id = useId();
  const counts = new Map(documentCoders.map((c) => [c.id, c.codings]));
  const option = (coder: Coder) => (
    <option key={coder.id} value={coder.id}>
      {t('disagreements.coderOption', { name: coder.name, codings: tc(counts.get(coder.id) ?? 0, 'disagreements.codings', 'disagreements.codings.one') })}
    </option>
  );
  // Choosing on one side the coder of the other side swaps them.
  const choose = (side: 'a' | 'b', id: number) => {
    if (coderA === null || coderB === null) return;
    if (side === 'a') onCoders(id, id === coderB ? coderA : coderB);
    else onCoders(id === coderA ? coderB : coderA, id);
  };
  return (
    <div className="dis-bar" role="group" aria-label={t('disagreements.choose')}>
      <div className="dis-bar__field">
        <label htmlFor={`${id}-document`}>{t('disagreements.document')}</label>
        <select id={`${id}-document`} className="input input--sm" value={documentId ?? ''} onChange={(event) => onDocument(Number(event.target.value))}>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dis-bar__field">
        <label htmlFor={`${id}-a`}>{t('disagreements.left')}</label>
        <select id={`${id}-a`} className="input input--sm" value={coderA ?? ''} disabled={coderA === null} onChange={(event) => choose('a', Number(event.target.value))}>
          {coders.map(option)}
        </select>
      </div>
      <div className="dis-bar__field">
        <label htmlFor={`${id}-b`}>{t('disagreements.right')}</label>
        <select id={`${id}-b`} className="input input--sm" value={coderB ?? ''} disabled={coderB === null} onChange={(event) => choose('b', Number(event.target.value))}>
          {coders.map(option)}
        </select>
      </div>
      <div className="dis-bar__field">
        <label htmlFor={`${id}-codes`}>{t('disagreements.codes')}</label>
        <select
          id={`${id}-codes`}
          className="input input--sm"
          value={codeFilter ?? ''}
          onChange={(event) => onCodeFilter(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('disagreements.codes.all')}</option>
          {[...codes].map(([codeId, label]) => (
            <option key={codeId} value={codeId}>
              {label.hasChildren ? t('disagreements.codes.family', { path: label.path }) : label.path}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
