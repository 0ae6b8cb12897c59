/**
 * The coding view shows each stretch of text in an element carrying its document offset
 * (`data-o`, UTF-16 units) and holding a single text node, so DOM positions and document offsets
 * convert both ways. Labels (speaker, time, prompt) have no `data-o`: a position on them maps to the
 * next stretch of text.
 */

export interface Piece {
  element: HTMLElement;
  start: number;
  end: number;
}

export function piecesOf(root: HTMLElement): Piece[] {
  return [...root.querySelectorAll<HTMLElement>('[data-o]')].map((element) => {
    const start = Number(element.dataset.o);
    return { element, start, end: start + (element.textContent ?? '').length };
  });
}

/** The first piece at or after `node` in document order, by binary search. */
function firstPieceFrom(pieces: readonly Piece[], node: Node): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const element = pieces[mid]!.element;
    const after = element === node || element.contains(node) ? false : (node.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (after) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Document offset of a DOM position (a Selection's anchor or focus). */
export function offsetAt(pieces: readonly Piece[], node: Node, offset: number): number | null {
  if (pieces.length === 0) return null;
  const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = host?.closest<HTMLElement>('[data-o]');
  if (piece && node.nodeType === Node.TEXT_NODE) return Number(piece.dataset.o) + offset;
  // An element position: before its child at `offset`, or after its last child.
  const before = node.nodeType === Node.TEXT_NODE ? null : (node.childNodes[offset] ?? null);
  if (piece && !before) return Number(piece.dataset.o) + (piece.textContent ?? '').length;
  if (before) {
    const index = firstPieceFrom(pieces, before);
    return index < pieces.length ? pieces[index]!.start : pieces[pieces.length - 1]!.end;
  }
  // After the last child of `node`: the end of the last piece inside it, or the next piece after it.
  const inside = pieces.filter((p) => node.contains(p.element));
  if (inside.length > 0) return inside[inside.length - 1]!.end;
  const index = firstPieceFrom(pieces, node);
  return index < pieces.length ? pieces[index]!.start : pieces[pieces.length - 1]!.end;
}

/** DOM position of a document offset: inside the piece that holds it, or at the next one. */
export function pointAt(pieces: readonly Piece[], offset: number): { node: Node; offset: number } | null {
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pieces[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const piece = found >= 0 && offset <= pieces[found]!.end ? pieces[found]! : pieces[found + 1];
  if (!piece) return null;
  const text = piece.element.firstChild;
  if (!text) return { node: piece.element, offset: 0 };
  return { node: text, offset: Math.max(0, Math.min(offset - piece.start, text.textContent?.length ?? 0)) };
}

/** A DOM Range over [start, end) of the document, clipped to the pieces given. */
export function rangeOf(pieces: readonly Piece[], start: number, end: number): Range | null {
  const from = pointAt(pieces, start);
  const to = pointAt(pieces, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
