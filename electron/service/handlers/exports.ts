import type { exportCalls } from '../../../shared/contract/exports';
import type { Handlers } from '../context';
import { exportExtracts } from '../exports/extracts';
import { exportProject } from '../exports/refi';

/** Files made from the project: coded extracts, REFI-QDA project and codebook. Reads only. */
export const exportHandlers: Handlers<keyof typeof exportCalls> = {
  'exports:extracts': (request, context) => exportExtracts(context.requireProject().db, request),
  'exports:project': ({ format, codeIds }, context) => exportProject(context.requireProject().db, format, codeIds),
};
