import type { PassageTarget } from '../project/workspaceView';
import type { ExtractsRequest } from './view';

export interface ExtractsDrawerProps {
  request: ExtractsRequest | null;
  onClose: () => void;
  onShowPassage: (target: PassageTarget) => void;
}

/** Placeholder until the matrix's drawer lands: the extracts behind a cell are not shown yet. */
export function ExtractsDrawer(props: ExtractsDrawerProps) {
  return props.request ? <div hidden data-testid="extracts-drawer" /> : null;
}
