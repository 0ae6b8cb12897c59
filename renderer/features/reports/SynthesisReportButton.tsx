import { useState } from 'react';
import type { CooccurrenceMode } from '../../../shared/domain/analysis';
import type { Code } from '../../../shared/domain/codebook';
import type { ExtractFilters } from '../../../shared/domain/extract';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { SynthesisReportDialog } from './SynthesisReportDialog';

interface Props {
  codes: readonly Code[] | undefined;
  /** The filters of the analysis on screen: the report follows them. */
  filters: ExtractFilters;
  /** When two codes co-occur in the analysis on screen (the matrix's, or the map's). */
  mode: CooccurrenceMode;
  within: number;
}

/** « Rapport de synthèse… » in the header of « Analyse »: opens the dialog of the Word report. */
export function SynthesisReportButton({ codes, filters, mode, within }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="report-launch">
      <Button size="sm" icon="file" disabled={!codes} title={t('reports.openLabel')} onClick={() => setOpen(true)}>
        {t('reports.open')}
      </Button>
      {open && codes ? <SynthesisReportDialog codes={codes} filters={filters} mode={mode} within={within} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
