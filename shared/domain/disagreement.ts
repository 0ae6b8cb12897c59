import type { Coder } from './project';

/** Colours proposed for a coder (distinct from one another, readable on the page background). */
export const CODER_PALETTE = ['#1f6feb', '#8250df', '#bf3989', '#0a7d5a', '#9a6700', '#cf222e', '#0f7b8a', '#6e5494'] as const;

/** Who codes on this machine: the app setting, and whether the researcher has chosen it yet. */
export interface CoderIdentity {
  name: string;
  /** The colour chosen at first start; null before (a project gives its own colour). */
  color: string | null;
  /** False at first start: the UI asks for a name and a colour. */
  chosen: boolean;
  /** The coder of the open project, if one is open. */
  coder: Coder | null;
}

/**
 * How two coders differ on a passage: one coded it and the other not at all, they applied
 * different codes to it, or the same code with different start or end.
 */
export const disagreementKinds = ['onlyA', 'onlyB', 'codes', 'boundaries'] as const;
export type DisagreementKind = (typeof disagreementKinds)[number];

/** One coding as the disagreement view shows it beside the passage. */
export interface SideCoding {
  id: number;
  codeId: number;
  start: number;
  end: number;
  /** True when this coding is part of the disagreement (not matched by the other coder). */
  differs: boolean;
}

export interface DisagreementPassage {
  /** Identifies the passage and the codings it holds; changes when they change. */
  fingerprint: string;
  /** Where the coders differ. */
  start: number;
  end: number;
  /** The passage as read: the structural units around it (or the passage itself). */
  contextStart: number;
  contextEnd: number;
  text: string;
  kinds: DisagreementKind[];
  /** Each coder's codings that overlap the context, in text order. */
  a: SideCoding[];
  b: SideCoding[];
}

export interface DisagreementList {
  documentId: number;
  coderA: Coder;
  coderB: Coder;
  passages: DisagreementPassage[];
  /** Passages kept as they are (« Garder les deux »), not listed again. */
  reviewed: number;
}

/** The coders of a document, with their number of codings in it (to choose whom to compare). */
export interface DocumentCoder extends Coder {
  codings: number;
}

export const disagreementResolutions = ['keepA', 'keepB', 'keepBoth'] as const;
export type DisagreementResolution = (typeof disagreementResolutions)[number];
