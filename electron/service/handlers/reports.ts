import type { reportCalls } from '../../../shared/contract/reports';
import type { Handlers } from '../context';
import { runExport } from '../export-job';
import { withPseudonymisedCopy } from '../pseudonyms/export-copy';
import { synthesisReport } from '../reports/synthesis-report';

/**
 * Handlers of `shared/contract/reports.ts`: the synthesis report (reads only; progress as
 * `export:progress`, once per code; `pseudonymise` makes it from a pseudonymised temporary copy).
 */
export const reportHandlers: Handlers<keyof typeof reportCalls> = {
  'exports:report': (request, context) =>
    runExport(context, (job) => {
      const progress = { report: (done: number, total: number) => job.report('write', done, total), cancelled: () => job.isCancelled() };
      const db = context.requireProject().db;
      return request.pseudonymise ? withPseudonymisedCopy(db, (copy) => synthesisReport(copy, request, progress)) : synthesisReport(db, request, progress);
    }),
};
