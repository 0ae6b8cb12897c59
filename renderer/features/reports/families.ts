import type { Code } from '../../../shared/domain/codebook';

/** A code a report can describe: a top-level code or any code with sub-codes, in codebook order. */
export interface FamilyChoice {
  id: number;
  /** `Freins › Liés aux publics` for a family inside another. */
  label: string;
  depth: number;
}

/** The families of the codebook (its list is in tree order already). */
export function familyChoices(codes: readonly Code[]): FamilyChoice[] {
  const parents = new Set(codes.map((c) => c.parentId));
  return codes
    .filter((c) => c.parentId === null || parents.has(c.id))
    .map((c) => {
      const parts = c.path.split('/');
      return { id: c.id, label: parts.join(' › '), depth: parts.length - 1 };
    });
}

/** « Branche » when the cases have it (accents and case aside), else none. */
export function defaultAttribute(attributes: readonly { id: number; name: string }[]): number | null {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  return attributes.find((a) => fold(a.name) === 'branche')?.id ?? null;
}
