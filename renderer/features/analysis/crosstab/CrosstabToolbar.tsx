import { useId } from 'react';
import { crosstabCells, crosstabDisplays, type CrosstabCell, type CrosstabDisplay } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { cellKeys } from './CrosstabFigure';

interface Props {
  cell: CrosstabCell;
  display: CrosstabDisplay;
  canExport: boolean;
  onCell: (cell: CrosstabCell) => void;
  onDisplay: (display: CrosstabDisplay) => void;
  onCsv: () => void;
  onWorkbook: () => void;
}

const displayKeys = { table: 'crosstab.display.table', bars: 'crosstab.display.bars' } as const satisfies Record<CrosstabDisplay, string>;

/** What the cells count, table or bars, and the exports. */
export function CrosstabToolbar({ cell, display, canExport, onCell, onDisplay, onCsv, onWorkbook }: Props) {
  const { t } = useI18n();
  const name = useId();
  return (
    <div className="crosstab-toolbar">
      <fieldset className="crosstab-toolbar__group">
        <legend>{t('crosstab.cell.legend')}</legend>
        <div className="segmented">
          {crosstabCells.map((c) => (
            <label key={c} className="segmented__option">
              <input type="radio" name={`${name}-cell`} checked={cell === c} onChange={() => onCell(c)} />
              {t(cellKeys[c])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="crosstab-toolbar__group">
        <legend>{t('crosstab.display.legend')}</legend>
        <div className="segmented">
          {crosstabDisplays.map((d) => (
            <label key={d} className="segmented__option">
              <input type="radio" name={`${name}-display`} checked={display === d} onChange={() => onDisplay(d)} />
              {t(displayKeys[d])}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="crosstab-toolbar__exports">
        <Button size="sm" icon="file" disabled={!canExport} onClick={onCsv}>
          {t('crosstab.export.csv')}
        </Button>
        <Button size="sm" icon="table" disabled={!canExport} onClick={onWorkbook}>
          {t('crosstab.export.xlsx')}
        </Button>
      </div>
    </div>
  );
}
