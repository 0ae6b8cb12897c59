import { startTransition, useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { AppInfo, ProjectInfo } from '../../shared/domain/project';
import { translate } from '../../shared/i18n';
import { NewProjectDialog } from '../features/welcome/NewProjectDialog';
import { OpenProjectDialog } from '../features/welcome/OpenProjectDialog';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { CodingProvider } from '../features/coding/CodingProvider';
import { ProjectScreen } from '../features/project/ProjectScreen';
import { SaveCopyDialog } from '../features/project/SaveCopyDialog';
import { FirstStartCoder } from '../features/team/coders/FirstStartCoder';
import { AnnouncerProvider } from './Announcer';
import { I18nProvider } from './I18n';
import { ServicesProvider, useApi, useServiceEvent, type Services } from './Services';
import { ToastProvider, errorText } from './Toasts';
import { useProjectActions, type DialogKind } from './useProjectActions';

export function App({ services }: { services: Services }) {
  return (
    <ServicesProvider value={services}>
      <Root />
    </ServicesProvider>
  );
}

/** Loads the app's state (language, open project) once, then shows the welcome or project screen. */
function Root() {
  const api = useApi();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.app.info({}).then(setAppInfo, (error: unknown) => setFailure(errorText(error)('fr')));
  }, [api]);

  if (!appInfo) {
    return (
      <div className="boot" role={failure ? 'alert' : 'status'}>
        {failure ?? translate('fr', 'app.loading')}
      </div>
    );
  }
  return (
    <I18nProvider lang={appInfo.language}>
      <ToastProvider>
        <AnnouncerProvider>
          <Shell appInfo={appInfo} setAppInfo={setAppInfo} />
        </AnnouncerProvider>
      </ToastProvider>
    </I18nProvider>
  );
}

/** How long the panels wait for more changes before reloading. */
const RELOAD_DELAY_MS = 40;

function Shell({ appInfo, setAppInfo }: { appInfo: AppInfo; setAppInfo: Dispatch<SetStateAction<AppInfo | null>> }) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  /** Bumped when the service says the project changed: panels reload their data. */
  const [revision, setRevision] = useState(0);
  const project = appInfo.project;

  const setProject = useCallback(
    (next: ProjectInfo | null) => {
      setAppInfo((previous) => previous && { ...previous, project: next });
      setRevision((r) => r + 1);
    },
    [setAppInfo],
  );
  const actions = useProjectActions({ appInfo, setAppInfo, setProject, openDialog: setDialog });

  // The panels reload in the background: a burst of changes (autosaves, quick codings) is one reload,
  // taken as a low-priority update after the action's own result (a coding shown by the coding view).
  const reload = useRef<{ timer: ReturnType<typeof setTimeout> | null; next: ProjectInfo | null }>({ timer: null, next: null });
  useServiceEvent('project:changed', ({ project: next }) => {
    const pending = reload.current;
    pending.next = next;
    if (pending.timer !== null) clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      pending.timer = null;
      startTransition(() => setProject(pending.next));
    }, RELOAD_DELAY_MS);
  });
  useServiceEvent('menu:command', ({ command, path }) => {
    if (command === 'new') void actions.newProject();
    else if (command === 'open') void actions.openProject();
    else if (command === 'openRecent' && path) void actions.openPath(path);
    else if (command === 'saveCopy' && project) void actions.saveCopy();
    else if (command === 'close' && project) void actions.closeProject();
  });

  useEffect(() => {
    document.title = project ? `${project.name} — Balise` : 'Balise';
  }, [project]);

  const closeDialog = () => setDialog(null);
  const done = (action: () => Promise<void>) => async () => {
    await action();
    setDialog(null);
  };

  return (
    <>
      {project ? (
        <CodingProvider key={project.path}>
          <ProjectScreen project={project} revision={revision} actions={actions} nativeDialogs={appInfo.nativeDialogs} />
        </CodingProvider>
      ) : (
        <WelcomeScreen appInfo={appInfo} actions={actions} />
      )}
      <FirstStartCoder />
      {dialog === 'new' ? (
        <NewProjectDialog
          defaultFolder={appInfo.defaultProjectFolder}
          onCreate={(path, template, name) => done(() => actions.createAt(path, template, name))()}
          onClose={closeDialog}
        />
      ) : null}
      {dialog === 'open' ? (
        <OpenProjectDialog defaultFolder={appInfo.defaultProjectFolder} onOpen={(path) => done(() => actions.openAt(path))()} onClose={closeDialog} />
      ) : null}
      {dialog === 'saveCopy' && project ? (
        <SaveCopyDialog project={project} onSave={(path) => done(() => actions.saveCopyAt(path))()} onClose={closeDialog} />
      ) : null}
    </>
  );
}
