export const memoKinds = ['project', 'document', 'code', 'coding'] as const;
export type MemoKind = (typeof memoKinds)[number];

export interface Memo {
  id: number;
  kind: MemoKind;
  title: string;
  /** Lexical's serialized editor state (JSON), or plain text in older projects. */
  body: string;
  /** Plain text of the body, for search, excerpts and exports. */
  text: string;
  documentId: number | null;
  codeId: number | null;
  codingId: number | null;
  /** What the memo is about: the document's name, the code's path, or the start of the coded passage. */
  target: string | null;
  coderName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a memo is attached to: the project, or one document, code or coding (one memo each). */
export type MemoTarget =
  | { kind: 'project' }
  | { kind: 'document'; documentId: number }
  | { kind: 'code'; codeId: number }
  | { kind: 'coding'; codingId: number };
