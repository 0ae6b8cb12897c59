export const attributeTypes = ['text', 'number', 'date', 'category'] as const;
export type AttributeType = (typeof attributeTypes)[number];

export interface CaseSummary {
  id: number;
  name: string;
  description: string;
  documentCount: number;
  attributes: Record<string, string | null>;
}
