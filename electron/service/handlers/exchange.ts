import type { exchangeCalls } from '../../../shared/contract/exchange';
import type { Handlers, ServiceContext } from '../context';
import { importRefi } from '../exchange/refi-import';
import { exportCodebook, exportCodeMatrix, exportIramuteq } from '../exchange/statistics';
import { withPseudonymisedCopy } from '../pseudonyms/export-copy';

function changed(context: ServiceContext): void {
  context.emit('project:changed', { project: context.requireProject().info() });
}

/** Exchange with other tools: REFI-QDA import, IRaMuTeQ and statistics exports, codebook files. */
export const exchangeHandlers: Handlers<keyof typeof exchangeCalls> = {
  'imports:refi': ({ fileName, data }, context) => {
    const report = importRefi(context.requireProject(), fileName, Buffer.from(data, 'base64'));
    changed(context);
    return report;
  },
  'exports:codebook': ({ format }, context) => exportCodebook(context.requireProject().db, format),
  'exports:iramuteq': (request, context) => {
    const db = context.requireProject().db;
    return request.pseudonymise ? withPseudonymisedCopy(db, (copy) => exportIramuteq(copy, request)) : exportIramuteq(db, request);
  },
  'exports:codeMatrix': (request, context) => {
    const db = context.requireProject().db;
    return request.pseudonymise ? withPseudonymisedCopy(db, (copy) => exportCodeMatrix(copy, request)) : exportCodeMatrix(db, request);
  },
};
