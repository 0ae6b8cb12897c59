import type { reportCalls } from '../../../shared/contract/reports';
import type { Handlers } from '../context';
import { synthesisReport } from '../reports/synthesis-report';

/** Handlers of `shared/contract/reports.ts`: the synthesis report (reads only). */
export const reportHandlers: Handlers<keyof typeof reportCalls> = {
  'exports:report': (request, context) => synthesisReport(context.requireProject().db, request),
};
