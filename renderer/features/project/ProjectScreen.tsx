import { useState } from 'react';
import type { ProjectInfo } from '../../../shared/domain/project';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import type { ProjectActions } from '../../app/useProjectActions';
import { Tabs } from '../../ui/Tabs';
import { AnalysisView } from '../analysis/AnalysisView';
import { PseudonymsView } from '../pseudonyms/PseudonymsView';
import { TeamView } from '../team/TeamView';
import { CasesPanel } from '../cases/CasesPanel';
import { CodebookPanel } from '../codebook/CodebookPanel';
import { useCodingFilters } from '../coding/CodingFilters';
import { useCodingTarget } from '../coding/codingTarget';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { DocumentTabs } from '../documents/DocumentTabs';
import { useOpenDocuments } from '../documents/useOpenDocuments';
import { DocumentViewer } from '../documents/DocumentViewer';
import { EmptyWorkspace } from '../documents/EmptyWorkspace';
import { HistoryPanel } from '../history/HistoryPanel';
import { useHistoryCommands } from '../history/useHistoryCommands';
import { useHistoryShortcuts } from '../history/useHistoryShortcuts';
import { ImportProvider } from '../import/ImportProvider';
import { MemosPanel } from '../memos/MemosPanel';
import { DetailsPanel } from './DetailsPanel';
import { ProjectDialogs, type ProjectDialog } from './ProjectDialogs';
import { ProjectHeader } from './ProjectHeader';
import { StatusBar } from './StatusBar';
import { CasesView } from '../cases/CasesView';
import { ExtractsView } from '../extracts/ExtractsView';
import { SearchView } from '../search/SearchView';
import { useViewShortcuts } from './useViewShortcuts';
import type { PassageTarget, WorkspaceView, WorkspaceViewProps } from './workspaceView';

type LeftTab = 'documents' | 'codebook' | 'cases';
type RightTab = 'memos' | 'details' | 'history';

interface Props {
  project: ProjectInfo;
  /** Changes when the service says the project changed: every panel reloads. */
  revision: number;
  actions: ProjectActions;
  /** Electron: native file dialogs, and the Edit menu owns Ctrl+Z. */
  nativeDialogs: boolean;
}

/** The open project: navigation on the left, the document in the middle, memos, details and history on the right. */
export function ProjectScreen({ project, revision, actions, nativeDialogs }: Props) {
  const t = useT();
  const api = useApi();
  const dataKey = `${project.path}#${revision}`;
  const codes = useAsync(dataKey, () => api.codebook.list({}));
  const documents = useAsync(dataKey, () => api.documents.list({}));
  const [leftTab, setLeftTab] = useState<LeftTab>(project.documents > 0 ? 'documents' : 'codebook');
  const [rightTab, setRightTab] = useState<RightTab>('memos');
  const openDocuments = useOpenDocuments(project.path, documents.data);
  const [dialog, setDialog] = useState<ProjectDialog | null>(null);
  const history = useHistoryCommands();
  const filters = useCodingFilters();
  const codingTarget = useCodingTarget();
  useHistoryShortcuts(history, !nativeDialogs);

  const openDocument = openDocuments.activeId;
  const showDocument = (id: number) => {
    setLeftTab('documents');
    openDocuments.open(id);
  };
  const autocode = () => setDialog({ kind: 'autocode' });
  const [view, setView] = useState<WorkspaceView>('documents');
  const [reveal, setReveal] = useState<(PassageTarget & { nonce: number }) | null>(null);
  const viewProps: WorkspaceViewProps = {
    dataKey,
    codes: codes.data,
    documents: documents.data,
    onShowPassage: (target) => {
      setReveal({ ...target, nonce: Date.now() });
      setView('documents');
      showDocument(target.documentId);
    },
  };
  useViewShortcuts(setView);

  return (
    <ImportProvider
      nativeDialogs={nativeDialogs}
      onImported={() => setLeftTab('documents')}
      onOpenDocument={showDocument}
      onCheckSpeakers={(id, name) => setDialog({ kind: 'speakers', document: { id, name } })}
      onShowCases={() => setLeftTab('cases')}
    >
      <div className="project">
        <ProjectHeader project={project} actions={actions} />
        <div className="project__body">
          <nav className="sidebar" aria-label={t('project.sidebar')}>
            <Tabs<LeftTab>
              label={t('project.sidebar')}
              selected={leftTab}
              onSelect={setLeftTab}
              tabs={[
                { id: 'documents', label: t('project.tab.documents'), badge: project.documents },
                { id: 'codebook', label: t('project.tab.codebook'), badge: project.codes },
                { id: 'cases', label: t('project.tab.cases'), badge: project.cases },
              ]}
              panels={{
                documents: <DocumentsPanel documents={documents.data} dataKey={dataKey} selectedId={openDocument} onOpen={openDocuments.open} />,
                codebook: (
                  <CodebookPanel
                    codes={codes.data}
                    onAutocode={autocode}
                    onCodeClick={(code) => {
                      const target = codingTarget?.current();
                      if (target?.hasSelection()) target.applyCode(code.id);
                    }}
                    onSelectionDrop={(codeId) => codingTarget?.current()?.applyCode(codeId)}
                    hiddenCodeIds={filters.hidden}
                    onToggleVisible={filters.toggle}
                  />
                ),
                cases: <CasesPanel dataKey={dataKey} />,
              }}
            />
          </nav>
          <main className="workspace" aria-label={t('project.workspace')}>
            <Tabs<WorkspaceView>
              label={t('workspace.views')}
              className="workspace__views"
              selected={view}
              onSelect={setView}
              tabs={[
                { id: 'documents', label: t('workspace.view.documents') },
                { id: 'cases', label: t('workspace.view.cases') },
                { id: 'extracts', label: t('workspace.view.extracts') },
                { id: 'search', label: t('workspace.view.search') },
                { id: 'analysis', label: t('workspace.view.analysis') },
                { id: 'team', label: t('workspace.view.team') },
                { id: 'pseudonyms', label: t('workspace.view.pseudonyms') },
              ]}
              panels={{
                documents: (
                  <div className="workspace__documents">
                    <DocumentTabs tabs={openDocuments} documents={documents.data} />
                    {openDocument !== null ? (
                      <DocumentViewer
                        key={openDocument}
                        documentId={openDocument}
                        summary={documents.data?.find((d) => d.id === openDocument)}
                        dataKey={dataKey}
                        me={project.coder}
                        codes={codes.data}
                        onSpeakers={(document) => setDialog({ kind: 'speakers', document })}
                        onAutocode={autocode}
                        reveal={reveal?.documentId === openDocument ? reveal : null}
                      />
                    ) : (
                      <EmptyWorkspace hasDocuments={project.documents > 0} />
                    )}
                  </div>
                ),
                cases: <CasesView {...viewProps} />,
                extracts: <ExtractsView {...viewProps} />,
                search: <SearchView {...viewProps} />,
                analysis: <AnalysisView {...viewProps} />,
                team: <TeamView {...viewProps} />,
                pseudonyms: <PseudonymsView {...viewProps} />,
              }}
            />
          </main>
          <aside className="inspector" aria-label={t('project.details')}>
            <Tabs<RightTab>
              label={t('project.details')}
              selected={rightTab}
              onSelect={setRightTab}
              tabs={[
                { id: 'memos', label: t('project.tab.memos'), badge: project.memos },
                { id: 'details', label: t('project.tab.details') },
                { id: 'history', label: t('project.tab.history') },
              ]}
              panels={{
                memos: <MemosPanel dataKey={dataKey} documentId={openDocument} />,
                details: <DetailsPanel project={project} dataKey={dataKey} onEditSpeakers={() => setDialog({ kind: 'speakers', document: null })} />,
                history: <HistoryPanel dataKey={dataKey} history={history} />,
              }}
            />
          </aside>
        </div>
        <StatusBar project={project} onLanguage={(language) => void actions.setLanguage(language)} />
      </div>
      <ProjectDialogs dialog={dialog} dataKey={dataKey} codes={codes.data} history={history} onRefresh={() => void actions.refresh()} onClose={() => setDialog(null)} />
    </ImportProvider>
  );
}
