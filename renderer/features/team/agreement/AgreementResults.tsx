import type { AgreementCoder, AgreementResult } from '../../../../shared/domain/agreement';
import { useAnnounce } from '../../../app/Announcer';
import { useI18n } from '../../../app/I18n';
import { useToasts } from '../../../app/Toasts';
import { Button } from '../../../ui/Button';
import { downloadFile, fileNameOf } from '../../../ui/download';
import type { CodeLabel } from '../../extracts/query';
import { AgreementTable, type FiguresRow } from './AgreementTable';
import { agreementCsv } from './figures';

interface Props {
  result: AgreementResult | undefined;
  loading: boolean;
  coders: readonly AgreementCoder[];
  labels: ReadonlyMap<number, CodeLabel>;
}

/** The summary of what was compared, the table per code with the overall line, the table per document, the CSV export. */
export function AgreementResults({ result, loading, coders, labels }: Props) {
  const { t, tc, lang } = useI18n();
  const toasts = useToasts();
  const announce = useAnnounce();
  if (!result) return <p className="empty-note" aria-busy={loading}>{t('agreement.loading')}</p>;

  const names = result.coderIds.map((id) => coders.find((c) => c.id === id)?.name ?? '?');
  const codeName = (id: number) => labels.get(id)?.path ?? t('agreement.missingCode', { id });
  const documentName = (id: number) => result.documents.find((d) => d.documentId === id)?.name ?? '';
  const codeRows: FiguresRow[] = result.byCode.map(({ codeId, ...figures }) => ({
    key: `c${codeId}`,
    labelText: codeName(codeId),
    label: (
      <>
        <span className="swatch" style={{ backgroundColor: labels.get(codeId)?.color }} aria-hidden="true" />
        {codeName(codeId)}
      </>
    ),
    figures,
  }));
  const overall: FiguresRow = { key: 'overall', labelText: t('agreement.overall'), label: t('agreement.overall'), figures: result.overall };
  const documentRows: FiguresRow[] = result.byDocument.map(({ documentId, ...figures }) => {
    const doc = result.documents.find((d) => d.documentId === documentId);
    const absent = doc ? names.filter((_name, i) => !doc.coderIds.includes(result.coderIds[i]!)) : [];
    return {
      key: `d${documentId}`,
      labelText: documentName(documentId),
      label: (
        <>
          {documentName(documentId)}
          {absent.length > 0 ? <span className="agreement-table__absent">{t('agreement.absent', { names: absent.join(', ') })}</span> : null}
        </>
      ),
      figures,
    };
  });

  const exportCsv = () => {
    const csv = agreementCsv(result, { coders: names, code: codeName, document: documentName }, t, lang);
    const fileName = fileNameOf(t('agreement.csv.title', { coders: names.join(' ') }), 'csv');
    downloadFile(fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    toasts.showInfo('agreement.csv.done', { name: fileName });
    announce(t('agreement.csv.done', { name: fileName }));
  };

  const summary = t('agreement.summary', {
    coders: names.join(', '),
    documents: tc(result.documents.length, 'agreement.summary.documents', 'agreement.summary.documents.one'),
    unit: t(result.level === 'character' ? 'agreement.summary.character' : 'agreement.summary.unit'),
    uncoded: t(result.uncoded === 'include' ? 'agreement.summary.include' : 'agreement.summary.exclude'),
  });

  return (
    <div className="agreement-results" aria-busy={loading}>
      <div className="agreement-results__head">
        <p className="agreement-results__summary" role="status" data-testid="agreement-summary">
          {summary}
        </p>
        <Button size="sm" icon="download" onClick={exportCsv}>
          {t('agreement.csv.button')}
        </Button>
      </div>
      {result.documents.length === 0 ? <p className="agreement-results__warning">{t('agreement.noDocuments')}</p> : null}
      <AgreementTable caption={t('agreement.byCode')} nameHeader={t('agreement.col.code')} rows={codeRows} overall={overall} coderNames={names} level={result.level} testId="agreement-codes" />
      <AgreementTable caption={t('agreement.byDocument')} nameHeader={t('agreement.col.document')} rows={documentRows} coderNames={names} level={result.level} testId="agreement-documents" />
    </div>
  );
}
