export interface Code {
  id: number;
  parentId: number | null;
  position: number;
  name: string;
  /** `#rrggbb` */
  color: string;
  description: string;
  /** Path from the root, e.g. `Freins/Liés aux publics`. */
  path: string;
  codingCount: number;
  documentCount: number;
}

/** How a template or an import describes a code before it has an id. */
export interface CodeSeed {
  name: string;
  color: string;
  description: string;
  children?: CodeSeed[];
}
