import type { Code } from '../../../shared/domain/codebook';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { TextRange } from '../../../shared/offsets';

/** The views of the workspace, in tab order: the documents and the retrieval tools. */
export const workspaceViews = ['documents', 'cases', 'extracts', 'search', 'analysis', 'team', 'pseudonyms'] as const;
export type WorkspaceView = (typeof workspaceViews)[number];

/** A passage to show in its document, with other ranges to mark (the search's hits). */
export interface PassageTarget extends TextRange {
  documentId: number;
  marks?: readonly TextRange[];
}

/** What every retrieval view receives from the project screen. */
export interface WorkspaceViewProps {
  /** Project path and revision: reload when it changes. */
  dataKey: string;
  codes: readonly Code[] | undefined;
  documents: readonly DocumentSummary[] | undefined;
  /** Opens the document on the passage (switches to the documents view). */
  onShowPassage: (target: PassageTarget) => void;
}
