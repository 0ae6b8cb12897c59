/** A coding whose text the edit deletes entirely: it goes with its comments (undo brings them back). */
export interface RemovedCoding {
  id: number;
  codeName: string;
  /** The coded text before the edit, on one line, shortened. */
  excerpt: string;
}

/** What `documents:editText` did, or would do (`preview`). */
export interface TextEditResult {
  preview: boolean;
  /** False when the new text is the stored one: nothing is written. */
  changed: boolean;
  /** The document's revision after the edit (unchanged by a preview). */
  revision: number;
  /** Codings still there, their ranges carried through the edit. */
  codingsKept: number;
  codingsRemoved: number;
  removed: RemovedCoding[];
}
