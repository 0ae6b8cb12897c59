import type { DocumentKind } from '../../../shared/domain/document';
import type { IconName } from '../../ui/Icon';

/** How each kind of document is named and drawn. */
export const documentKindLabel = {
  transcript: 'documents.kind.transcript',
  observation: 'documents.kind.observation',
  text: 'documents.kind.text',
  table: 'documents.kind.table',
} as const satisfies Record<DocumentKind, string>;

export const documentKindIcon: Record<DocumentKind, IconName> = {
  transcript: 'interview',
  observation: 'observation',
  text: 'text',
  table: 'table',
};
