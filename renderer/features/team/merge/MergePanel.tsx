import type { WorkspaceViewProps } from '../../project/workspaceView';

/** Scaffold of the « Fusion » tab: replaced by its feature. */
export function MergePanel(_props: WorkspaceViewProps) {
  return <div className="team__panel" />;
}
