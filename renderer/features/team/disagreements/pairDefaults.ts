import type { Code } from '../../../../shared/domain/codebook';
import type { DocumentCoder } from '../../../../shared/domain/disagreement';
import type { Coder } from '../../../../shared/domain/project';

/**
 * The two coders shown by default: me on the left (or, if I did not code the document, whoever
 * coded it most), and on the right the other coder with the most codings on it (or any other).
 */
export function choosePair(
  documentId: number,
  me: Coder | null,
  coders: readonly Coder[],
  documentCoders: readonly DocumentCoder[] | undefined,
): { documentId: number; coderA: number; coderB: number } | null {
  if (!documentCoders || coders.length < 2) return null;
  const a = (me && documentCoders.some((c) => c.id === me.id) ? me.id : documentCoders[0]?.id) ?? me?.id ?? coders[0]!.id;
  const b = documentCoders.find((c) => c.id !== a)?.id ?? coders.find((c) => c.id !== a)?.id;
  return b === undefined ? null : { documentId, coderA: a, coderB: b };
}

/** A code and all its sub-codes (the « Codes » filter of the tab compares them together). */
export function withSubCodes(codeId: number, codes: readonly Code[]): number[] {
  const ids = [codeId];
  for (let i = 0; i < ids.length; i += 1) for (const code of codes) if (code.parentId === ids[i]) ids.push(code.id);
  return ids;
}
