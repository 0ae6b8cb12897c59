import type { WorkspaceViewProps } from '../../project/workspaceView';

/** Scaffold of the « Désaccords » tab: replaced by its feature. */
export function DisagreementsPanel(_props: WorkspaceViewProps) {
  return <div className="team__panel" />;
}
