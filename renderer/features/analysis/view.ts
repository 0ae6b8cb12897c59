import type { AnalysisSpec } from '../../../shared/domain/analysis';
import type { Code } from '../../../shared/domain/codebook';
import type { ExtractResult } from '../../../shared/domain/extract';
import type { WorkspaceViewProps } from '../project/workspaceView';

/** The analysis views, in tab order, then the slide sequence. */
export const analysisTabs = ['matrix', 'crosstab', 'map', 'slides'] as const;
export type AnalysisTab = (typeof analysisTabs)[number];

export type SpecOf<K extends AnalysisSpec['kind']> = Extract<AnalysisSpec, { kind: K }>;

/** Extracts behind a cell, a bar or an edge: the shell shows them in a side drawer. */
export interface ExtractsRequest {
  /** French, e.g. « Freins/Numérique × Savoir-faire/Accompagner — chevauchement ». */
  title: string;
  load: () => Promise<ExtractResult>;
}

/** What a chart gives the shell for export (SVG, PNG) and for the caption. */
export interface Exportable {
  /** The chart's own <svg>, legend included; null while it loads. */
  svg: () => SVGSVGElement | null;
  /** Counts for the caption, in French: « 12 codes · 340 passages · 18 documents ». */
  counts: string;
}

/** What every chart receives, in the workspace and in presentation mode. */
export interface ChartProps<K extends AnalysisSpec['kind']> {
  spec: SpecOf<K>;
  /** Project path and revision: reload when it changes. */
  dataKey: string;
  codes: readonly Code[] | undefined;
  /** Full screen for a room: high contrast, labels of at least 24 px at 1920 × 1080, no editing chrome. */
  presentation: boolean;
  /** Lets the shell export the chart; called with null when the chart goes away. */
  onExportable: (exportable: Exportable | null) => void;
  onOpenExtracts: (request: ExtractsRequest) => void;
}

/** A whole analysis view in the workspace: its settings (codes, filters, mode…) beside its chart. */
export interface AnalysisViewProps<K extends AnalysisSpec['kind']> extends WorkspaceViewProps, Omit<ChartProps<K>, 'presentation' | 'dataKey' | 'codes'> {
  onSpecChange: (spec: SpecOf<K>) => void;
}
