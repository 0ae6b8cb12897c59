import type { exportCalls } from '../../../shared/contract/exports';
import type { Handlers } from '../context';
import { runExport } from '../export-job';
import { exportExtracts } from '../exports/extracts';
import { exportProject } from '../exports/refi';
import { withPseudonymisedCopy } from '../pseudonyms/export-copy';

/**
 * Files made from the project: coded extracts, REFI-QDA project and codebook. Reads only; progress
 * as `export:progress`. `pseudonymise`: made from a temporary copy with the accepted pseudonyms applied.
 */
export const exportHandlers: Handlers<keyof typeof exportCalls> = {
  'exports:extracts': (request, context) =>
    runExport(context, (progress) => {
      const db = context.requireProject().db;
      return request.pseudonymise ? withPseudonymisedCopy(db, (copy) => exportExtracts(copy, request, progress)) : exportExtracts(db, request, progress);
    }),
  'exports:project': ({ format, codeIds, pseudonymise }, context) =>
    runExport(context, (progress) => {
      const db = context.requireProject().db;
      return pseudonymise ? withPseudonymisedCopy(db, (copy) => exportProject(copy, format, codeIds, progress)) : exportProject(db, format, codeIds, progress);
    }),
  'exports:cancel': (_input, context) => {
    if (!context.exportJob) return { cancelled: false };
    context.exportJob.cancel();
    return { cancelled: true };
  },
};
