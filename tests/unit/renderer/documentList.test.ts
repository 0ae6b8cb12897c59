import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/domain/document';
import { nextSelection, percentCoded, viewDocuments } from '../../../renderer/features/documents/documentList';

function doc(id: number, name: string, more: Partial<DocumentSummary> = {}): DocumentSummary {
  return { id, name, kind: 'text', sourceName: null, importedAt: '', characterCount: 100, codingCount: 0, revision: 0, codedShare: 0, groupIds: [], media: null, ...more };
}

const docs = [
  doc(1, 'Entretien E10', { kind: 'transcript', codingCount: 3, codedShare: 0.2, groupIds: [7] }),
  doc(2, 'Fiche d’observation B04', { kind: 'observation', codingCount: 9, codedShare: 0.1 }),
  doc(3, 'entretien E2', { kind: 'transcript', codingCount: 1, codedShare: 0.6, groupIds: [7, 8] }),
  doc(4, 'Écoute active — notes', { kind: 'text' }),
];
const ids = (list: DocumentSummary[]) => list.map((d) => d.id);

describe('the documents list view', () => {
  it('keeps the import order by default', () => {
    expect(ids(viewDocuments(docs, { query: '', groupId: null, sort: 'import' }))).toEqual([1, 2, 3, 4]);
  });

  it('filters by name, folding case and accents', () => {
    expect(ids(viewDocuments(docs, { query: 'ENTRETIEN', groupId: null, sort: 'import' }))).toEqual([1, 3]);
    expect(ids(viewDocuments(docs, { query: 'ecoute', groupId: null, sort: 'import' }))).toEqual([4]);
    expect(ids(viewDocuments(docs, { query: '  fiche d’obs ', groupId: null, sort: 'import' }))).toEqual([2]);
    expect(ids(viewDocuments(docs, { query: 'zzz', groupId: null, sort: 'import' }))).toEqual([]);
  });

  it('filters by group, with the name filter too', () => {
    expect(ids(viewDocuments(docs, { query: '', groupId: 7, sort: 'import' }))).toEqual([1, 3]);
    expect(ids(viewDocuments(docs, { query: '', groupId: 8, sort: 'import' }))).toEqual([3]);
    expect(ids(viewDocuments(docs, { query: 'E10', groupId: 8, sort: 'import' }))).toEqual([]);
  });

  it('sorts by name (numbers in order, accents and case aside), kind, progress and codings', () => {
    expect(ids(viewDocuments(docs, { query: '', groupId: null, sort: 'name' }))).toEqual([4, 3, 1, 2]);
    expect(ids(viewDocuments(docs, { query: '', groupId: null, sort: 'kind' }))).toEqual([3, 1, 2, 4]);
    expect(ids(viewDocuments(docs, { query: '', groupId: null, sort: 'progress' }))).toEqual([3, 1, 2, 4]);
    expect(ids(viewDocuments(docs, { query: '', groupId: null, sort: 'codings' }))).toEqual([2, 1, 3, 4]);
  });

  it('does not reorder the list it was given', () => {
    viewDocuments(docs, { query: '', groupId: null, sort: 'name' });
    expect(ids(docs)).toEqual([1, 2, 3, 4]);
  });
});

describe('percent coded', () => {
  it('rounds, but a started document is at least 1 % and an unfinished one at most 99 %', () => {
    expect(percentCoded(0)).toBe(0);
    expect(percentCoded(0.42)).toBe(42);
    expect(percentCoded(0.001)).toBe(1);
    expect(percentCoded(0.999)).toBe(99);
    expect(percentCoded(1)).toBe(100);
  });
});

describe('multi-selection', () => {
  const order = [1, 2, 3, 4, 5];
  const none = { toggle: false, range: false };
  it('a plain click selects one', () => {
    expect(nextSelection([1, 2], 1, 4, order, none)).toEqual({ selected: [4], anchor: 4 });
  });
  it('Ctrl+click toggles one and moves the anchor', () => {
    expect(nextSelection([1], 1, 3, order, { toggle: true, range: false })).toEqual({ selected: [1, 3], anchor: 3 });
    expect(nextSelection([1, 3], 3, 1, order, { toggle: true, range: false })).toEqual({ selected: [3], anchor: 1 });
  });
  it('Shift+click selects the range from the anchor, either way, keeping the anchor', () => {
    expect(nextSelection([2], 2, 4, order, { toggle: false, range: true })).toEqual({ selected: [2, 3, 4], anchor: 2 });
    expect(nextSelection([4], 4, 1, order, { toggle: false, range: true })).toEqual({ selected: [1, 2, 3, 4], anchor: 4 });
    // Without an anchor, Shift+click is a plain click.
    expect(nextSelection([], null, 3, order, { toggle: false, range: true })).toEqual({ selected: [3], anchor: 3 });
  });
});

describe('closing a tab', () => {
  it('shows the next tab, else the previous one, else none', async () => {
    const { neighbourAfterClose } = await import('../../../renderer/features/documents/useOpenDocuments');
    expect(neighbourAfterClose([1, 2, 3], 2)).toBe(3);
    expect(neighbourAfterClose([1, 2, 3], 3)).toBe(2);
    expect(neighbourAfterClose([1], 1)).toBeNull();
    expect(neighbourAfterClose([1, 2], 9)).toBeNull();
  });
});
