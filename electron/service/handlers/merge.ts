import type { mergeCalls } from '../../../shared/contract/merge';
import type { Handlers } from '../context';
import { applyMerge, previewMerge } from '../merge';

/** Handlers of `shared/contract/merge.ts`. */
export const mergeHandlers: Handlers<keyof typeof mergeCalls> = {
  'merge:preview': ({ fileName, data, codeDecisions, renames }, context) =>
    previewMerge(context.requireProject(), { fileName, bytes: Buffer.from(data, 'base64') }, context.options.dataDir, { codeDecisions, renames }),
  'merge:apply': async ({ fileName, data, codeDecisions, renames }, context) => {
    const session = context.requireProject();
    const report = await applyMerge(session, { fileName, bytes: Buffer.from(data, 'base64') }, context.options.dataDir, { codeDecisions, renames });
    context.emit('project:changed', { project: session.info() });
    return report;
  },
};
