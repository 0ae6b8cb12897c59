/**
 * Joining two memo bodies when codes merge. A body is either plain text (older files, imports) or
 * a Lexical editor state as JSON (`{"root":{"children":[…]}}`); the plain text of each is kept
 * beside it. The result keeps the richer form: two rich bodies join their paragraphs, a plain
 * addition to a rich body becomes paragraphs, and anything else joins as plain text.
 */
interface LexicalState {
  root: { children: unknown[]; [key: string]: unknown };
  [key: string]: unknown;
}

function parseState(body: string): LexicalState | null {
  if (!body.trimStart().startsWith('{')) return null;
  try {
    const value = JSON.parse(body) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const root = (value as { root?: unknown }).root;
    if (typeof root !== 'object' || root === null || !Array.isArray((root as { children?: unknown }).children)) return null;
    return value as LexicalState;
  } catch {
    return null;
  }
}

function paragraph(text: string): unknown {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] : [],
  };
}

export interface MemoContent {
  body: string;
  /** Plain text of the body. */
  text: string;
}

/** `target` followed by `addition`, as one memo. */
export function appendMemo(target: MemoContent, addition: MemoContent): MemoContent {
  const join = (a: string, b: string) => (a.trim() === '' ? b : b.trim() === '' ? a : `${a}\n\n${b}`);
  const text = join(target.text, addition.text);
  const targetState = parseState(target.body);
  if (targetState) {
    const additionState = parseState(addition.body);
    const added = additionState ? additionState.root.children : addition.text.split('\n').map(paragraph);
    const state: LexicalState = { ...targetState, root: { ...targetState.root, children: [...targetState.root.children, paragraph(''), ...added] } };
    return { body: JSON.stringify(state), text };
  }
  return { body: join(target.body, addition.text), text };
}
