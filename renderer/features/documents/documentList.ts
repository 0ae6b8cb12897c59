import { documentKinds, type DocumentSummary } from '../../../shared/domain/document';
import { foldForSearch } from '../../../shared/text/fold';

export const documentSorts = ['import', 'name', 'kind', 'progress', 'codings'] as const;
export type DocumentSort = (typeof documentSorts)[number];

export interface DocumentView {
  /** Folded text the name must contain; empty keeps every document. */
  query: string;
  /** Only the documents of this group; null for all. */
  groupId: number | null;
  sort: DocumentSort;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The documents to show: filtered by name (case and accents folded) and group, then sorted.
 * « Import order » keeps the list as it came; progress and codings put the most coded first; ties
 * fall back to the name, then the import order (a stable sort).
 */
export function viewDocuments(documents: readonly DocumentSummary[], view: DocumentView): DocumentSummary[] {
  const needle = foldForSearch(view.query.trim());
  const shown = documents.filter(
    (doc) => (view.groupId === null || doc.groupIds.includes(view.groupId)) && (needle === '' || foldForSearch(doc.name).includes(needle)),
  );
  const name = (a: DocumentSummary, b: DocumentSummary) => byName.compare(a.name, b.name);
  switch (view.sort) {
    case 'import':
      return shown;
    case 'name':
      return shown.sort(name);
    case 'kind':
      return shown.sort((a, b) => documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind) || name(a, b));
    case 'progress':
      return shown.sort((a, b) => b.codedShare - a.codedShare || name(a, b));
    case 'codings':
      return shown.sort((a, b) => b.codingCount - a.codingCount || name(a, b));
  }
}

/** Whole percent for display, never rounding a started document to 0 % nor an unfinished one to 100 %. */
export function percentCoded(share: number): number {
  if (share <= 0) return 0;
  if (share >= 1) return 100;
  return Math.min(99, Math.max(1, Math.round(share * 100)));
}

/**
 * The selection after a click: a plain click selects one document, Ctrl (or ⌘) toggles one,
 * Shift extends from the anchor over the visible order.
 */
export function nextSelection(
  selected: readonly number[],
  anchor: number | null,
  clicked: number,
  order: readonly number[],
  modifiers: { toggle: boolean; range: boolean },
): { selected: number[]; anchor: number } {
  if (modifiers.range && anchor !== null && order.includes(anchor)) {
    const from = order.indexOf(anchor);
    const to = order.indexOf(clicked);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    const range = order.slice(lo, hi + 1);
    const base = modifiers.toggle ? selected.filter((id) => !range.includes(id)) : [];
    return { selected: [...base, ...range], anchor };
  }
  if (modifiers.toggle) {
    return { selected: selected.includes(clicked) ? selected.filter((id) => id !== clicked) : [...selected, clicked], anchor: clicked };
  }
  return { selected: [clicked], anchor: clicked };
}
