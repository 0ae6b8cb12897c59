import fs from 'node:fs';
import path from 'node:path';
import type { ProjectInfo } from '../../../shared/domain/project';
import type { Handlers, ServiceContext } from '../context';
import { ProjectSession } from '../project-session';

const DEMO_FILE = 'Projet de démonstration.balise';

async function replaceSession(context: ServiceContext, next: () => Promise<ProjectSession> | ProjectSession): Promise<ProjectInfo> {
  const previous = context.session;
  if (previous) {
    context.session = null;
    await previous.close();
  }
  const session = await next();
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
  | 'projects:saveCopy'
> = {
  'projects:create': ({ path: file, template, name }, context) =>
    replaceSession(context, () =>
      ProjectSession.create(file, template, name ?? path.basename(file, path.extname(file)), context.settings.coderName, context.options.dataDir),
    ),

  /** The demo project is rebuilt fresh each time, in the data folder, so it can be explored freely. */
  'projects:openDemo': (_input, context) => {
    const folder = path.join(context.options.dataDir, 'demonstration');
    const file = path.join(folder, DEMO_FILE);
    return replaceSession(context, () => {
      fs.mkdirSync(folder, { recursive: true });
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      return ProjectSession.create(file, 'demonstration', 'Projet de démonstration', context.settings.coderName, context.options.dataDir);
    });
  },

  'projects:open': ({ path: file }, context) => {
    if (context.session && context.session.path === path.resolve(file)) {
      const info = context.session.info();
      context.settings.touchRecent(info.path, info.name);
      return info;
    }
    return replaceSession(context, () => ProjectSession.open(file, context.settings.coderName, context.options.dataDir));
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
  'projects:saveCopy': async ({ path: file }, context) => {
    const bytes = await context.requireProject().saveCopy(file);
    return { path: path.resolve(file), bytes };
  },
};
