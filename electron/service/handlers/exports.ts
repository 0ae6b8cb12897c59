import type { exportCalls } from '../../../shared/contract/exports';
import type { Handlers } from '../context';
import { exportExtracts } from '../exports/extracts';
import { exportProject } from '../exports/refi';
import { withPseudonymisedCopy } from '../pseudonyms/export-copy';

/** Files made from the project: coded extracts, REFI-QDA project and codebook. Reads only. */
export const exportHandlers: Handlers<keyof typeof exportCalls> = {
  'exports:extracts': (request, context) => {
    const db = context.requireProject().db;
    return request.pseudonymise ? withPseudonymisedCopy(db, (copy) => exportExtracts(copy, request)) : exportExtracts(db, request);
  },
  'exports:project': ({ format, codeIds, pseudonymise }, context) => {
    const db = context.requireProject().db;
    return pseudonymise ? withPseudonymisedCopy(db, (copy) => exportProject(copy, format, codeIds)) : exportProject(db, format, codeIds);
  },
};
