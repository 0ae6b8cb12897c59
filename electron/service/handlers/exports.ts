import type { exportCalls } from '../../../shared/contract/exports';
import type { Handlers } from '../context';
import { runExport } from '../export-job';
import { exportExtracts } from '../exports/extracts';
import { exportProject } from '../exports/refi';

/** Files made from the project: coded extracts, REFI-QDA project and codebook. Reads only; progress as `export:progress`. */
export const exportHandlers: Handlers<keyof typeof exportCalls> = {
  'exports:extracts': (request, context) => runExport(context, (progress) => exportExtracts(context.requireProject().db, request, progress)),
  'exports:project': ({ format, codeIds }, context) => runExport(context, (progress) => exportProject(context.requireProject().db, format, codeIds, progress)),
  'exports:cancel': (_input, context) => {
    if (!context.exportJob) return { cancelled: false };
    context.exportJob.cancel();
    return { cancelled: true };
  },
};
