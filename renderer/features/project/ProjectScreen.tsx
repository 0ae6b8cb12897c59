import { useState } from 'react';
import type { ProjectInfo } from '../../../shared/domain/project';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import type { ProjectActions } from '../../app/useProjectActions';
import { Tabs } from '../../ui/Tabs';
import { CasesPanel } from '../cases/CasesPanel';
import { CodebookPanel } from '../codebook/CodebookPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { DocumentViewer } from '../documents/DocumentViewer';
import { EmptyWorkspace } from '../documents/EmptyWorkspace';
import { MemosPanel } from '../memos/MemosPanel';
import { DetailsPanel } from './DetailsPanel';
import { ProjectHeader } from './ProjectHeader';
import { StatusBar } from './StatusBar';

type LeftTab = 'documents' | 'codebook' | 'cases';
type RightTab = 'memos' | 'details';

interface Props {
  project: ProjectInfo;
  /** Changes when the service says the project changed: every panel reloads. */
  revision: number;
  actions: ProjectActions;
}

/** The open project: navigation on the left, the document in the middle, memos and details on the right. */
export function ProjectScreen({ project, revision, actions }: Props) {
  const t = useT();
  const api = useApi();
  const dataKey = `${project.path}#${revision}`;
  const codes = useAsync(dataKey, () => api.codebook.list({}));
  const documents = useAsync(dataKey, () => api.documents.list({}));
  const [leftTab, setLeftTab] = useState<LeftTab>(project.documents > 0 ? 'documents' : 'codebook');
  const [rightTab, setRightTab] = useState<RightTab>('memos');
  const [documentId, setDocumentId] = useState<number | null>(null);

  const openDocument = documentId !== null && documents.data?.some((d) => d.id === documentId) ? documentId : null;

  return (
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
              documents: <DocumentsPanel documents={documents.data} selectedId={openDocument} onOpen={setDocumentId} />,
              codebook: <CodebookPanel codes={codes.data} />,
              cases: <CasesPanel dataKey={dataKey} />,
            }}
          />
        </nav>
        <main className="workspace" aria-label={t('project.workspace')}>
          {openDocument !== null ? (
            <DocumentViewer key={openDocument} documentId={openDocument} dataKey={dataKey} codes={codes.data} />
          ) : (
            <EmptyWorkspace hasDocuments={project.documents > 0} />
          )}
        </main>
        <aside className="inspector" aria-label={t('project.details')}>
          <Tabs<RightTab>
            label={t('project.details')}
            selected={rightTab}
            onSelect={setRightTab}
            tabs={[
              { id: 'memos', label: t('project.tab.memos'), badge: project.memos },
              { id: 'details', label: t('project.tab.details') },
            ]}
            panels={{ memos: <MemosPanel dataKey={dataKey} />, details: <DetailsPanel project={project} /> }}
          />
        </aside>
      </div>
      <StatusBar project={project} onLanguage={(language) => void actions.setLanguage(language)} />
    </div>
  );
}
