import type { Crosstab, CrosstabRequest } from '../../../shared/domain/analysis';
import type { Db } from '../../db/open';

/** In progress: replaced within the hour by the real computation. */
export function crosstab(_db: Db, _request: CrosstabRequest): Crosstab {
  return { attributes: [], columns: [], rows: [] };
}
