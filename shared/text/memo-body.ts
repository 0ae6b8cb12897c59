/**
 * A memo's body is Lexical's serialized editor state (JSON), or plain text in older projects and
 * imports. These pure helpers read both: they check a body, give its plain text (for search and
 * exports), and turn plain text into an editor state of paragraphs. No Lexical import here: the
 * service uses them without a DOM, and the unit tests check them against Lexical's own editor.
 */

/** Largest body accepted, in characters (UTF-16 units): about a 300-page memo with formatting. */
export const MEMO_MAX_BODY_CHARS = 1_000_000;
/** Deepest nesting of nodes accepted (lists in lists…), far above what an editor produces. */
const MAX_DEPTH = 64;

export interface SerializedNode {
  type: string;
  version?: number;
  children?: SerializedNode[];
  text?: string;
  url?: string;
  listType?: string;
  start?: number;
  value?: number;
  [key: string]: unknown;
}

export interface SerializedState {
  root: SerializedNode;
}

export type MemoBody =
  | { ok: true; format: 'lexical'; state: SerializedState; text: string }
  | { ok: true; format: 'plain'; text: string }
  | { ok: false; reason: 'tooLarge' | 'invalid' };

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a link may point to, or null: only http, https and mailto are accepted (no
 * `javascript:`, `file:`, `data:`…). « www.exemple.fr » becomes https://www.exemple.fr and
 * « nom@exemple.fr » becomes mailto:nom@exemple.fr.
 */
export function sanitizeLinkUrl(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > 2048 || /\s/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return null;
  let candidate = raw;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    if (/^[^@/]+@[^@/]+\.[^@/]+$/.test(raw)) candidate = `mailto:${raw}`;
    else if (/^[^/]+\.[a-z]{2,}([/?#:].*)?$/i.test(raw)) candidate = `https://${raw}`;
    else return null;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!allowedSchemes.has(url.protocol.toLowerCase())) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return candidate;
}

function isNode(value: unknown): value is SerializedNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

/** Checks every node: a type, children as an array of nodes, text as a string, safe link addresses. */
function validNode(node: unknown, depth: number): boolean {
  if (!isNode(node) || depth > MAX_DEPTH) return false;
  if (node.text !== undefined && typeof node.text !== 'string') return false;
  if ((node.type === 'link' || node.type === 'autolink') && (typeof node.url !== 'string' || sanitizeLinkUrl(node.url) === null)) return false;
  if (node.children === undefined) return true;
  return Array.isArray(node.children) && node.children.every((child) => validNode(child, depth + 1));
}

/** Reads a body: Lexical JSON (when it starts with « { ») must be a whole, valid editor state. */
export function readMemoBody(body: string): MemoBody {
  if (body.length > MEMO_MAX_BODY_CHARS) return { ok: false, reason: 'tooLarge' };
  if (!body.trimStart().startsWith('{')) return { ok: true, format: 'plain', text: body };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const root = (parsed as { root?: unknown } | null)?.root;
  if (!isNode(root) || root.type !== 'root' || !Array.isArray(root.children) || !validNode(root, 0)) return { ok: false, reason: 'invalid' };
  const state = parsed as SerializedState;
  return { ok: true, format: 'lexical', state, text: editorStateText(state) };
}

function inlineText(node: SerializedNode): string {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'linebreak':
      return '\n';
    case 'tab':
      return '\t';
    case 'link':
    case 'autolink': {
      const label = (node.children ?? []).map(inlineText).join('');
      const url = node.url ?? '';
      const shown = url.replace(/^mailto:/i, '');
      return url && label.trim() !== url && label.trim() !== shown ? `${label} (${shown})` : label;
    }
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

function listLines(list: SerializedNode, depth: number): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(depth);
  let number = typeof list.start === 'number' ? list.start : 1;
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    if (own.length > 0 || nested.length === 0) {
      const marker = list.listType === 'number' ? `${number}.` : list.listType === 'check' ? (item.checked === true ? '[x]' : '[ ]') : '•';
      lines.push(`${indent}${marker} ${own.map(inlineText).join('')}`);
      number += 1;
    }
    for (const child of nested) lines.push(...listLines(child, depth + 1));
  }
  return lines;
}

function blockLines(node: SerializedNode): string[] {
  if (node.type === 'list') return listLines(node, 0);
  return [inlineText(node)];
}

/**
 * The plain text of an editor state: one line per paragraph, « • » or « 1. » before list items
 * (indented when nested), a link's address in brackets after its text when they differ.
 */
export function editorStateText(state: SerializedState): string {
  return (state.root.children ?? []).flatMap(blockLines).join('\n').replace(/\s+$/u, '');
}

/** Every node type an editor state uses: the editor opens it only if it knows them all. */
export function nodeTypes(state: SerializedState): Set<string> {
  const types = new Set<string>();
  const walk = (node: SerializedNode) => {
    types.add(node.type);
    for (const child of node.children ?? []) walk(child);
  };
  walk(state.root);
  return types;
}

/** An editor state of one paragraph per line of `text`: how plain-text memos open in the editor. */
export function plainTextToEditorState(text: string): SerializedState {
  const paragraph = (line: string): SerializedNode => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, format: 0, style: '', mode: 'normal', detail: 0 }] : [],
  });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: lines.map(paragraph) } };
}

/** The first characters of a text on one line, cut at a word: for lists and labels. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
