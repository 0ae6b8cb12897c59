import type { reportCalls } from '../../../shared/contract/reports';
import type { Handlers } from '../context';
import { runExport } from '../export-job';
import { synthesisReport } from '../reports/synthesis-report';

/** Handlers of `shared/contract/reports.ts`: the synthesis report (reads only; progress as `export:progress`, once per code). */
export const reportHandlers: Handlers<keyof typeof reportCalls> = {
  'exports:report': (request, context) =>
    runExport(context, (job) =>
      synthesisReport(context.requireProject().db, request, {
        report: (done, total) => job.report('write', done, total),
        cancelled: () => job.isCancelled(),
      }),
    ),
};
