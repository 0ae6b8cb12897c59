import fs from 'node:fs';
import path from 'node:path';
import { BaliseError } from '../../../shared/errors';
import type { ProjectInfo } from '../../../shared/domain/project';
import type { Handlers, ServiceContext } from '../context';
import { checkProject, inspectProject } from '../project-file';
import { ProjectSession } from '../project-session';

const DEMO_FILE = 'Projet de démonstration.balise';

/**
 * Opens `next` in place of the current project. The current one stays open until the new one has
 * opened, so a failed open or create leaves the researcher where they were; it is closed first
 * only when it is the very file being replaced.
 */
async function replaceSession(
  context: ServiceContext,
  target: string,
  next: () => Promise<ProjectSession> | ProjectSession,
): Promise<ProjectInfo> {
  const previous = context.session;
  if (previous && previous.path === path.resolve(target)) {
    context.session = null;
    await previous.close();
  }
  const session = await next();
  if (context.session) await context.session.close();
  context.session = session;
  const info = session.info();
  context.settings.touchRecent(session.path, info.name);
  context.emit('project:changed', { project: info });
  return info;
}

export const projectHandlers: Handlers<
  | 'projects:create'
  | 'projects:openDemo'
  | 'projects:open'
  | 'projects:close'
  | 'projects:info'
  | 'projects:recent'
  | 'projects:forgetRecent'
  | 'projects:inspect'
  | 'projects:check'
  | 'projects:saveCopy'
> = {
  'projects:create': ({ path: file, template, name }, context) => {
    // Checked before anything is closed: creating over an existing file (even the open one) is refused.
    if (fs.existsSync(file)) throw new BaliseError('FILE_EXISTS', { path: file });
    return replaceSession(context, file, () =>
      ProjectSession.create(file, template, name ?? path.basename(file, path.extname(file)), context.settings.coderName, context.options.dataDir, context.settings.coderColor),
    );
  },

  /** The demo project is rebuilt fresh each time, in the data folder, so it can be explored freely. */
  'projects:openDemo': (_input, context) => {
    const folder = path.join(context.options.dataDir, 'demonstration');
    const file = path.join(folder, DEMO_FILE);
    return replaceSession(context, file, () => {
      fs.mkdirSync(folder, { recursive: true });
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      return ProjectSession.create(file, 'demonstration', 'Projet de démonstration', context.settings.coderName, context.options.dataDir, context.settings.coderColor);
    });
  },

  'projects:open': ({ path: file }, context) => {
    if (context.session && context.session.path === path.resolve(file)) {
      const info = context.session.info();
      context.settings.touchRecent(info.path, info.name);
      return info;
    }
    return replaceSession(context, file, () => ProjectSession.open(file, context.settings.coderName, context.options.dataDir, context.settings.coderColor));
  },

  'projects:close': async (_input, context) => {
    const session = context.session;
    if (!session) return { closed: false };
    context.session = null;
    await session.close();
    context.emit('project:changed', { project: null });
    return { closed: true };
  },

  'projects:info': (_input, context) => context.requireProject().info(),
  'projects:recent': (_input, context) => context.settings.recent(),
  'projects:forgetRecent': ({ path: file }, context) => {
    context.settings.forgetRecent(file);
    return context.settings.recent();
  },
  'projects:inspect': ({ path: file }) => inspectProject(file),
  'projects:check': ({ path: file }) => checkProject(file),
  'projects:saveCopy': async ({ path: file }, context) => {
    const bytes = await context.requireProject().saveCopy(file);
    return { path: path.resolve(file), bytes };
  },
};
