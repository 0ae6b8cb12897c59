export const memoKinds = ['project', 'document', 'code', 'coding'] as const;
export type MemoKind = (typeof memoKinds)[number];

export interface Memo {
  id: number;
  kind: MemoKind;
  title: string;
  body: string;
  documentId: number | null;
  codeId: number | null;
  codingId: number | null;
  coderName: string | null;
  updatedAt: string;
}
