import Papa from 'papaparse';
import { csvRows } from '../../../../shared/analysis/crosstab-table';
import type { Api } from '../../../../shared/contract';
import type { Crosstab, CrosstabCell, CrosstabRequest } from '../../../../shared/domain/analysis';
import type { Language } from '../../../../shared/i18n';
import { downloadFile, fileNameOf } from '../../../ui/download';

/** The table as CSV for a spreadsheet: « ; » between cells and a byte-order mark, so Excel reads the accents. */
export function downloadCsv(table: Crosstab, cell: CrosstabCell, title: string, lang: Language): string {
  const csv = Papa.unparse(csvRows(table, cell, lang), { delimiter: ';', newline: '\r\n' });
  const fileName = fileNameOf(title, 'csv');
  downloadFile(fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  return fileName;
}

/** The table as an Excel workbook made by the service. */
export async function downloadWorkbook(api: Api, request: CrosstabRequest, cell: CrosstabCell, title: string): Promise<string> {
  const { fileName, base64 } = await api.analysis.crosstabWorkbook({ ...request, cell, title });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadFile(fileName, new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  return fileName;
}
