import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { FileButton } from '../../ui/FileButton';
import { tableAccept } from '../import/files';
import { CaseDocuments } from './CaseDocuments';
import { useImport } from '../import/ImportProvider';

/** Cases (a person, a pair, a site) with their attributes and how many documents they group. */
export function CasesPanel({ dataKey }: { dataKey: string }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const { importTable } = useImport();
  const { data } = useAsync(dataKey, () => Promise.all([api.cases.list({}), api.cases.links({}), api.documents.list({})]));
  if (data === undefined) return null;
  const [cases, links, documents] = data;
  const linkedTo = (caseId: number): number[] =>
    Object.entries(links)
      .filter(([, caseIds]) => caseIds.includes(caseId))
      .map(([documentId]) => Number(documentId));
  const importButton = (
    <FileButton accept={tableAccept} icon="upload" size="sm" variant={cases.length === 0 ? 'secondary' : 'ghost'} onFiles={([file]) => file && importTable(file)}>
      {t('cases.importTable')}
    </FileButton>
  );
  if (cases.length === 0) {
    return (
      <div className="panel-empty">
        <p className="empty-note">{t('cases.empty')}</p>
        {importButton}
      </div>
    );
  }
  return (
    <div className="panel">
      <div className="panel-scroll">
        <ul className="card-list" data-testid="case-list">
          {cases.map((item) => (
            <li key={item.id} className="card">
              <div className="card__head">
                <span className="card__title">{item.name}</span>
                <span className="card__count">{tc(item.documentCount, 'cases.documents', 'cases.documents.one')}</span>
              </div>
              {item.description ? <p className="card__text">{item.description}</p> : null}
              {Object.keys(item.attributes).length > 0 ? (
                <dl className="attributes">
                  {Object.entries(item.attributes).map(([name, value]) => (
                    <div key={name} className="attributes__row">
                      <dt>{name}</dt>
                      <dd>{value ?? '—'}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <CaseDocuments caseId={item.id} caseName={item.name} documents={documents} linked={linkedTo(item.id)} />
            </li>
          ))}
        </ul>
      </div>
      <div className="panel__footer">{importButton}</div>
    </div>
  );
}
