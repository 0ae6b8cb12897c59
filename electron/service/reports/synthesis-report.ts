/**
 * `exports:report`: the synthesis report of a code family as a Word file (issue 7). Reads only.
 */
import type { ExportedFile } from '../../../shared/contract/exports';
import type { ReportProgress, ReportRequest } from '../../../shared/domain/report';
import { mapPositions } from '../../db/repositories/analysis';
import type { Db } from '../../db/open';
import { exportFileName, t } from '../exports/extracts-rows';
import { chartImages } from './report-charts';
import { reportData, stopIfCancelled } from './report-data';
import { reportDocx } from './report-docx';

/**
 * The report of the family: its codes one by one (progress once per code), then the charts and the
 * file. A cancel (`progress.cancelled()`) is heard before each code, before the charts and before the file.
 */
export async function synthesisReport(db: Db, request: ReportRequest, progress?: ReportProgress): Promise<ExportedFile> {
  const data = await reportData(db, request, progress);
  const title = request.title?.trim() || t('reports.file.defaultTitle', { family: data.family.name });
  stopIfCancelled(progress);
  const charts = chartImages(request.charts, data, mapPositions(db));
  stopIfCancelled(progress);
  const bytes = await reportDocx(title, request, data, charts);
  return {
    fileName: exportFileName(title, 'docx'),
    base64: Buffer.from(bytes).toString('base64'),
    summary: {
      [t('reports.summary.codes')]: data.codes.length,
      [t('reports.summary.quotes')]: data.codes.reduce((sum, c) => sum + c.quotes.length, 0),
      [t('reports.summary.charts')]: charts.length,
    },
  };
}
