import type { WorkspaceViewProps } from '../project/workspaceView';

/** Scaffold of « Pseudonymisation »: replaced by the review table. */
export function PseudonymsView(_props: WorkspaceViewProps) {
  return <div className="pseudonyms" />;
}
