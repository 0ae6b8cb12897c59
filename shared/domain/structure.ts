/** Which structural units a rule applies to: every condition given must hold. */
export interface StructureSelector {
  grid?: string;
  block?: string;
  prompt?: string;
  column?: string;
  speaker?: string;
  /** Limit to these documents (all when absent). */
  documentIds?: number[];
}

export const structureFields = ['grid', 'block', 'prompt', 'column', 'speaker'] as const;
export type StructureField = (typeof structureFields)[number];

/** Distinct values of a structure field across the project, with how many passages carry each. */
export interface StructureValue {
  field: StructureField;
  value: string;
  passages: number;
  documents: number;
}

export interface AutocodeResult {
  /** Passages matching the selector (answers, turns, cells). */
  matched: number;
  /** Codings created (passages already coded with that code are left as they are). */
  created: number;
  preview: boolean;
}
