import { $createParagraphNode, $createTabNode, $createTextNode, $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';

/**
 * A document's text in the Lexical editor and back, with nothing lost: one paragraph per line
 * (blank lines are empty paragraphs), tabs as Lexical's tab nodes. Reading joins the paragraphs
 * with "\n"; a line break typed or pasted inside a paragraph (plain-text Enter inserts one) reads
 * as "\n" too, so the text comes back exactly as it went in.
 *
 * Line ends: a stored text never holds "\r" — every importer and the service write LF only
 * (electron/importers/encoding.ts, shared/document-builder.ts, documents:editText). A contenteditable
 * cannot hold a bare "\r" either, so the editor is given LF text (`editableText`) and the service
 * normalises what it saves.
 */

/** The text the editor holds for a stored text: LF line ends. */
export function editableText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function lineNodes(line: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  for (const part of line.split(/(\t)/)) {
    if (part === '\t') nodes.push($createTabNode());
    else if (part !== '') nodes.push($createTextNode(part));
  }
  return nodes;
}

/** Replaces the editor's content by `text` (inside an update). */
export function $setPlainText(text: string): void {
  const root = $getRoot();
  root.clear();
  for (const line of editableText(text).split('\n')) {
    const paragraph = $createParagraphNode();
    const nodes = lineNodes(line);
    if (nodes.length > 0) paragraph.append(...nodes);
    root.append(paragraph);
  }
}

/** The editor's text (inside a read or an update). */
export function $getPlainText(): string {
  return $getRoot()
    .getChildren()
    .map((block) => block.getTextContent())
    .join('\n');
}

export function readPlainText(editor: LexicalEditor): string {
  return editor.getEditorState().read($getPlainText);
}
