import { formatValue } from '../../../shared/cases/values';
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
  const { data } = useAsync(dataKey, () => Promise.all([api.cases.table({}), api.documents.list({})]));
  if (data === undefined) return null;
  const [{ cases, attributes }, documents] = data;
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
          {cases.map((item) => {
            const filled = attributes.filter((a) => (item.values[a.id] ?? null) !== null);
            return (
              <li key={item.id} className="card">
                <div className="card__head">
                  <span className="card__title">{item.name}</span>
                  <span className="card__count">{tc(item.documentCount, 'cases.documents', 'cases.documents.one')}</span>
                </div>
                {item.description ? <p className="card__text">{item.description}</p> : null}
                {filled.length > 0 ? (
                  <dl className="attributes">
                    {filled.map((attribute) => (
                      <div key={attribute.id} className="attributes__row">
                        <dt>{attribute.name}</dt>
                        <dd>{formatValue(attribute.type, item.values[attribute.id] ?? null)}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                <CaseDocuments caseId={item.id} caseName={item.name} documents={documents} links={item.links} />
              </li>
            );
          })}
        </ul>
      </div>
      <div className="panel__footer">{importButton}</div>
    </div>
  );
}
