import type { WorkspaceViewProps } from '../../project/workspaceView';

/** Scaffold of the « Accord » tab: replaced by its feature. */
export function AgreementPanel(_props: WorkspaceViewProps) {
  return <div className="team__panel" />;
}
