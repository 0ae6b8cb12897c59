import path from 'node:path';
import type { Handlers } from '../context';

export const dialogHandlers: Handlers<
  'dialogs:chooseNewProjectPath' | 'dialogs:chooseProjectToOpen' | 'dialogs:chooseCopyPath' | 'dialogs:chooseImportFiles'
> = {
  'dialogs:chooseNewProjectPath': async ({ suggestedName }, { options }) => ({
    path: await options.host.chooseNewProjectPath(suggestedName),
  }),
  'dialogs:chooseProjectToOpen': async (_input, { options }) => ({ path: await options.host.chooseProjectToOpen() }),
  'dialogs:chooseCopyPath': async (_input, context) => {
    const current = context.requireProject().path;
    const suggested = `${path.basename(current, '.balise')} (copie).balise`;
    return { path: await context.options.host.chooseCopyPath(suggested) };
  },
  'dialogs:chooseImportFiles': async (_input, context) => {
    const paths = await context.options.host.chooseImportFiles();
    context.chosenFiles = new Set(paths.map((p) => path.resolve(p)));
    return { paths };
  },
};
