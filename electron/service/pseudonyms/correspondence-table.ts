import Papa from 'papaparse';
import type { ExportedFile } from '../../../shared/contract/exports';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { Db } from '../../db/open';
import { listPseudonyms } from '../../db/repositories/pseudonyms';
import { decisionText, kindLabel, sourceLabel } from './labels';

const t = (key: MessageKey) => translate('fr', key);

/**
 * The correspondence table as CSV, on explicit request only: UTF-8 with a byte-order mark and `;`
 * (Excel in French opens it as it is), one line per decision. Cells a spreadsheet would run as a
 * formula (« +33 6… ») are quoted by papaparse with a leading apostrophe.
 */
export function correspondenceTableCsv(db: Db): ExportedFile {
  const entries = listPseudonyms(db);
  const fields = [t('pseudonyms.table.original'), t('pseudonyms.table.pseudonym'), t('pseudonyms.table.kind'), t('pseudonyms.table.decision'), t('pseudonyms.table.source')];
  const data = entries.map((e) => [
    e.original,
    e.decision === 'accepted' ? e.pseudonym : '',
    kindLabel(e.kind),
    decisionText(e.decision),
    sourceLabel(e.source),
  ]);
  const text = Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: /^(?:[=+@\t\r]|-\S)/ });
  return {
    fileName: `${t('pseudonyms.table.fileName')}.csv`,
    base64: Buffer.from(`\uFEFF${text}\r\n`, 'utf8').toString('base64'),
    summary: { [t('pseudonyms.table.summary')]: entries.length },
  };
}
