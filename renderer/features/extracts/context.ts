/**
 * The context of a passage laid out for reading. The service gives the text before and after it:
 * the rest of its own paragraph or turn, and the unit beyond, units being separated by a blank line.
 * What belongs to the passage's own unit reads inline, around the passage; the units beyond stand as
 * paragraphs of their own. Without a blank line, the context is a whole unit: it stands apart too.
 */
export interface ContextLayout {
  /** Units before the passage's own, as paragraphs. */
  before: string;
  /** The start of the passage's own unit, read inline just before it. */
  lead: string;
  /** The end of the passage's own unit, read inline just after it. */
  tail: string;
  after: string;
}

const UNIT_BREAK = /\n[ \t]*\n/g;

export function layoutContext(context: { before: string; after: string }): ContextLayout {
  let split = -1;
  let breakLength = 0;
  for (const match of context.before.matchAll(UNIT_BREAK)) {
    split = match.index;
    breakLength = match[0].length;
  }
  const [before, lead] = split < 0 ? [context.before, ''] : [context.before.slice(0, split), context.before.slice(split + breakLength)];
  const next = /\n[ \t]*\n/.exec(context.after);
  const [tail, after] = next ? [context.after.slice(0, next.index), context.after.slice(next.index + next[0].length)] : ['', context.after];
  return { before: before.trimEnd(), lead, tail, after: after.trimStart() };
}
