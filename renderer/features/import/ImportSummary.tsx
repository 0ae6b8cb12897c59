import { useEffect, useRef } from 'react';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { DialogActions } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { documentKindIcon, documentKindLabel } from '../documents/kinds';
import { RefiReportRow } from './RefiReportRow';
import { structureParts } from './structureText';
import { SummaryGroup, SummaryRow } from './SummaryGroup';
import { sourceName, type Source, type SummaryItem } from './useImportBatch';

interface Props {
  items: SummaryItem[];
  notProcessed: number;
  tables: Source[];
  retrying: number[];
  onImportAnyway: (indexes: number[]) => void;
  onOpenDocument: (id: number) => void;
  onCheckSpeakers: (id: number, name: string) => void;
  onImportTable: (file: File) => void;
  onClose: () => void;
}

/** The end of a batch: what was imported (with the structure found), skipped as duplicate, or failed, and why. */
export function ImportSummary({ items, notProcessed, tables, retrying, onImportAnyway, onOpenDocument, onCheckSpeakers, onImportTable, onClose }: Props) {
  const { t, tc, lang } = useI18n();
  const primary = useRef<HTMLButtonElement>(null);
  const indexed = items.map((item, index) => ({ ...item, index }));
  const refi = indexed.filter((i) => i.refi !== undefined);
  const imported = indexed.filter((i) => i.outcome.status === 'imported' && i.refi === undefined);
  const duplicates = indexed.filter((i) => i.outcome.status === 'duplicate');
  const failed = indexed.filter((i) => i.outcome.status === 'failed');
  const first = imported.find((i) => i.outcome.documentId !== undefined)?.outcome;

  // The progress view's « Annuler » is gone: the focus goes to the summary's main button.
  useEffect(() => primary.current?.focus(), []);

  const line = [
    imported.length > 0 || refi.length === 0 ? tc(imported.length, 'import.summary.line.imported', 'import.summary.line.imported.one') : null,
    refi.length > 0 ? tc(refi.length, 'refi.summary.line.imported', 'refi.summary.line.imported.one') : null,
    duplicates.length > 0 ? tc(duplicates.length, 'import.summary.line.duplicates', 'import.summary.line.duplicates.one') : null,
    failed.length > 0 ? tc(failed.length, 'import.summary.line.failed', 'import.summary.line.failed.one') : null,
  ].filter(Boolean);

  return (
    <div className="dialog__body import-summary">
      <p className="import-summary__line" role="status">
        {line.join(' · ')}
      </p>
      {notProcessed > 0 ? <p className="notice">{tc(notProcessed, 'import.summary.notProcessed', 'import.summary.notProcessed.one')}</p> : null}
      <div className="import-summary__groups" data-testid="import-summary">
        {imported.length > 0 ? (
          <SummaryGroup title={t('import.summary.imported')} count={imported.length} tone="ok">
            {imported.map(({ outcome, index }) => {
              const kind = outcome.kind ?? 'text';
              const name = outcome.documentName ?? outcome.fileName;
              const detail = [t(documentKindLabel[kind]), ...structureParts(outcome, tc)].join(' · ');
              const speakers = outcome.documentId !== undefined && (outcome.counts?.turns ?? 0) > 0;
              return (
                <SummaryRow
                  key={index}
                  icon={<Icon name={documentKindIcon[kind]} />}
                  name={name}
                  detail={detail}
                  action={
                    speakers ? (
                      <Button size="sm" variant="ghost" aria-label={t('import.summary.checkSpeakersLabel', { name })} onClick={() => onCheckSpeakers(outcome.documentId!, name)}>
                        {t('import.summary.checkSpeakers')}
                      </Button>
                    ) : undefined
                  }
                />
              );
            })}
          </SummaryGroup>
        ) : null}
        {refi.length > 0 ? (
          <SummaryGroup title={t('refi.summary.group')} count={refi.length} tone="ok">
            {refi.map(({ outcome, refi: report, index }) => (
              <RefiReportRow key={index} fileName={outcome.fileName} report={report!} />
            ))}
          </SummaryGroup>
        ) : null}
        {duplicates.length > 0 ? (
          <SummaryGroup
            title={t('import.summary.duplicates')}
            count={duplicates.length}
            tone="neutral"
            action={
              duplicates.length > 1 ? (
                <Button size="sm" onClick={() => onImportAnyway(duplicates.map((d) => d.index))} disabled={retrying.length > 0}>
                  {t('import.summary.importAllAnyway')}
                </Button>
              ) : undefined
            }
          >
            {duplicates.map(({ outcome, index }) => (
              <SummaryRow
                key={index}
                icon={<Icon name="copy" />}
                name={outcome.fileName}
                detail={t('import.summary.duplicateOf', { name: outcome.duplicateOf ?? '' })}
                action={
                  <Button size="sm" aria-label={t('import.summary.importAnywayLabel', { file: outcome.fileName })} onClick={() => onImportAnyway([index])} disabled={retrying.includes(index)}>
                    {t('import.summary.importAnyway')}
                  </Button>
                }
              />
            ))}
          </SummaryGroup>
        ) : null}
        {failed.length > 0 ? (
          <SummaryGroup title={t('import.summary.failed')} count={failed.length} tone="error">
            {failed.map(({ outcome, index }) => (
              <SummaryRow key={index} icon={<Icon name="alert" />} name={outcome.fileName} detail={outcome.error?.message[lang] ?? ''} />
            ))}
          </SummaryGroup>
        ) : null}
        {tables.length > 0 ? (
          <SummaryGroup title={t('import.summary.tables')} count={tables.length} tone="neutral">
            {tables.map((source, index) => (
              <SummaryRow
                key={index}
                icon={<Icon name="table" />}
                name={sourceName(source)}
                detail={typeof source === 'string' ? t('import.summary.tableByPath') : t('tableImport.description')}
                action={
                  typeof source === 'string' ? undefined : (
                    <Button size="sm" aria-label={t('import.summary.importTableLabel', { file: source.name })} onClick={() => onImportTable(source)}>
                      {t('import.summary.importTable')}
                    </Button>
                  )
                }
              />
            ))}
          </SummaryGroup>
        ) : null}
      </div>
      <DialogActions>
        <Button ref={first ? undefined : primary} variant={first ? 'secondary' : 'primary'} onClick={onClose}>
          {t('common.close')}
        </Button>
        {first?.documentId !== undefined ? (
          <Button ref={primary} variant="primary" icon="file" onClick={() => onOpenDocument(first.documentId!)}>
            {t('import.summary.openFirst')}
          </Button>
        ) : null}
      </DialogActions>
    </div>
  );
}
