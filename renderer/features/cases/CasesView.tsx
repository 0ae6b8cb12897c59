import type { WorkspaceViewProps } from '../project/workspaceView';

/** Placeholder until the view is built. */
export function CasesView(_props: WorkspaceViewProps) {
  return <div className="workspace-view" />;
}
