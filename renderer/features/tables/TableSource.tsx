import { useId } from 'react';
import type { TablePreview } from '../../../shared/domain/table-import';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';

/** The file as read: name, rows, columns, encoding and delimiter (CSV) or the sheet to read (Excel). */
export function TableSource({ preview, onSheet }: { preview: TablePreview; onSheet: (sheet: string) => void }) {
  const { t, tc } = useI18n();
  const sheetId = useId();
  const { source } = preview;
  const facts = [
    tc(preview.rowCount, 'tableImport.rows', 'tableImport.rows.one'),
    tc(preview.columns.length, 'tableImport.columns', 'tableImport.columns.one'),
    source.encoding ? t('tableImport.encoding', { encoding: source.encoding }) : null,
    source.delimiter ? t('tableImport.delimiter', { delimiter: source.delimiter === '\t' ? '⇥' : source.delimiter }) : null,
  ].filter(Boolean);
  return (
    <div className="table-source">
      <Icon name="table" size={20} className="table-source__icon" />
      <div className="table-source__text">
        <p className="table-source__name">{preview.fileName}</p>
        <p className="table-source__facts" data-testid="table-facts">
          {facts.join(' · ')}
        </p>
      </div>
      {source.sheets && source.sheets.length > 1 ? (
        <div className="table-source__sheet">
          <label htmlFor={sheetId} className="field__label">
            {t('tableImport.sheet')}
          </label>
          <select id={sheetId} className="input input--sm" value={source.sheet ?? ''} onChange={(event) => onSheet(event.target.value)}>
            {source.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
