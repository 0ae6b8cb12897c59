import type { CrosstabCell, CrosstabRequest } from '../../../shared/domain/analysis';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';

/** In progress (helper « crosstab »): the table as an .xlsx workbook made with exceljs. */
export function crosstabWorkbook(_db: Db, _request: CrosstabRequest, _cell: CrosstabCell, _title: string): Promise<{ fileName: string; base64: string }> {
  return Promise.reject(new BaliseError('UNSUPPORTED', { what: 'export Excel' }));
}
