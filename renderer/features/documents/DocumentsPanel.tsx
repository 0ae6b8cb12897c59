import type { DocumentSummary } from '../../../shared/domain/document';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useImport } from '../import/ImportProvider';
import { documentKindIcon, documentKindLabel } from './kinds';

interface Props {
  documents: DocumentSummary[] | undefined;
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/** The project's documents: kind, name and how many codings each holds; a click opens one. */
export function DocumentsPanel({ documents, selectedId, onOpen }: Props) {
  const { t, tc } = useI18n();
  const { chooseFiles } = useImport();
  if (documents === undefined) return null;
  if (documents.length === 0) {
    return (
      <div className="panel-empty">
        <p className="empty-note">{t('documents.empty')}</p>
        <Button icon="upload" size="sm" onClick={chooseFiles}>
          {t('documents.import')}
        </Button>
      </div>
    );
  }
  return (
    <div className="panel-scroll">
      <ul className="doc-list" data-testid="document-list">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className="doc-item"
              aria-current={doc.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(doc.id)}
              title={doc.sourceName ?? undefined}
            >
              <Icon name={documentKindIcon[doc.kind]} className="doc-item__icon" size={18} />
              <span className="doc-item__text">
                <span className="doc-item__name">{doc.name}</span>
                <span className="doc-item__meta">
                  <span>{t(documentKindLabel[doc.kind])}</span>
                  <span aria-hidden="true">·</span>
                  <span>{tc(doc.codingCount, 'documents.codings', 'documents.codings.one')}</span>
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
