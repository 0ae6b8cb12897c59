import { useMemo } from 'react';
import type { AppInfo, ProjectInfo, ProjectTemplate } from '../../shared/domain/project';
import type { Language } from '../../shared/i18n';
import { useT } from './I18n';
import { useApi } from './Services';
import { useToasts } from './Toasts';

export type DialogKind = 'new' | 'open' | 'saveCopy';

export interface ProjectActions {
  /** Native save dialog in Electron, the in-app dialog in a browser. */
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  openPath(path: string): Promise<void>;
  openDemo(): Promise<void>;
  saveCopy(): Promise<void>;
  closeProject(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  /** Reloads the project's counts and every panel, after a change the service does not announce. */
  refresh(): Promise<void>;
  /** For the in-app dialogs: these throw, so the dialog can show the error next to the field. */
  createAt(path: string, template: ProjectTemplate, name: string): Promise<void>;
  openAt(path: string): Promise<void>;
  saveCopyAt(path: string): Promise<void>;
}

interface Options {
  appInfo: AppInfo;
  setAppInfo: (info: AppInfo) => void;
  setProject: (project: ProjectInfo | null) => void;
  openDialog: (dialog: DialogKind) => void;
}

/** The project-level actions, the same whether they come from a button or from the native menu. */
export function useProjectActions({ appInfo, setAppInfo, setProject, openDialog }: Options): ProjectActions {
  const api = useApi();
  const toasts = useToasts();
  const t = useT();
  const native = appInfo.nativeDialogs;

  return useMemo<ProjectActions>(() => {
    const guarded =
      <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
      async (...args: A): Promise<void> => {
        try {
          await fn(...args);
        } catch (error) {
          toasts.showError(error);
        }
      };

    const createAt = async (path: string, template: ProjectTemplate, name: string) => {
      setProject(await api.projects.create({ path, template, name }));
    };
    const openAt = async (path: string) => {
      setProject(await api.projects.open({ path }));
    };
    const saveCopyAt = async (path: string) => {
      const copy = await api.projects.saveCopy({ path });
      toasts.showInfo('project.saveCopyDone', { path: copy.path });
    };

    return {
      createAt,
      openAt,
      saveCopyAt,
      newProject: guarded(async () => {
        if (!native) return openDialog('new');
        const { path } = await api.dialogs.chooseNewProjectPath({ suggestedName: t('newProject.defaultName') });
        if (path) setProject(await api.projects.create({ path, template: 'stess' }));
      }),
      openProject: guarded(async () => {
        if (!native) return openDialog('open');
        const { path } = await api.dialogs.chooseProjectToOpen({});
        if (path) await openAt(path);
      }),
      openPath: guarded(openAt),
      openDemo: guarded(async () => setProject(await api.projects.openDemo({}))),
      saveCopy: guarded(async () => {
        if (!native) return openDialog('saveCopy');
        const { path } = await api.dialogs.chooseCopyPath({});
        if (path) await saveCopyAt(path);
      }),
      closeProject: guarded(async () => {
        await api.projects.close({});
        setProject(null);
      }),
      setLanguage: guarded(async (language: Language) => setAppInfo(await api.app.setLanguage({ language }))),
      refresh: guarded(async () => setProject(await api.projects.info({}))),
    };
  }, [api, toasts, t, native, openDialog, setProject, setAppInfo]);
}
