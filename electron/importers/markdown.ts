import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import type { Flow, FlowBlock, FlowCell, FlowParagraph } from '../../shared/import/flow';
import { decodeText } from './encoding';
import { splitBlock } from './text';

/**
 * Markdown (.md): marked's lexer gives the block structure (headings, lists, quotes, tables,
 * code); inline markup is reduced to the text a reader sees (no emphasis markers, link text
 * without its URL, entities decoded).
 */

/** YAML front matter (`---` … `---` at the very top): simple `key: value` lines become metadata. */
function splitFrontMatter(text: string): { body: string; metadata: Record<string, string> } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { body: text, metadata: {} };
  const metadata: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.+)$/.exec(line);
    if (kv) metadata[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { body: text.slice(m[0].length), metadata };
}

function stripHtml(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
}

/** The visible text of inline tokens. */
function inlineText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
        break;
      case 'escape':
      case 'codespan':
        out += token.text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += stripHtml(token.text);
        break;
      case 'image':
        break;
      default:
        // strong, em, del, link and extensions: their children carry the text.
        if ('tokens' in token && token.tokens) out += inlineText(token.tokens);
        else if ('text' in token && typeof token.text === 'string') out += decodeHTML(token.text);
    }
  }
  return out;
}

function paragraphs(text: string, extra: Partial<FlowParagraph> = {}): FlowParagraph[] {
  const lines = text.split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  return splitBlock(nonEmpty).map((t) => ({ type: 'paragraph', text: t, ...extra }));
}

function listParagraphs(list: Tokens.List): FlowParagraph[] {
  const out: FlowParagraph[] = [];
  for (const item of list.items) {
    const own: string[] = [];
    const nested: FlowParagraph[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') nested.push(...listParagraphs(token as Tokens.List));
      else if (token.type === 'text' || token.type === 'paragraph') own.push(inlineText((token as Tokens.Text).tokens ?? [token]));
      else nested.push(...blockParagraphs([token]).map((p) => ({ ...p, listItem: true })));
    }
    const text = own.join('\n').trim();
    if (text) out.push({ type: 'paragraph', text, listItem: true });
    out.push(...nested);
  }
  return out;
}

function cell(tokens: Token[]): FlowCell {
  return { paragraphs: paragraphs(inlineText(tokens)), colSpan: 1 };
}

function blockParagraphs(tokens: Token[]): FlowParagraph[] {
  return toBlocks(tokens).filter((b): b is FlowParagraph => b.type === 'paragraph');
}

function toBlocks(tokens: Token[]): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const text = inlineText(token.tokens).replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ type: 'paragraph', text, headingLevel: Math.min(6, Math.max(1, token.depth as number)) });
        break;
      }
      case 'paragraph':
      case 'text':
        blocks.push(...paragraphs(inlineText(token.tokens ?? [token])));
        break;
      case 'list':
        blocks.push(...listParagraphs(token as Tokens.List));
        break;
      case 'blockquote':
        blocks.push(...toBlocks(token.tokens ?? []));
        break;
      case 'code':
        if (token.text.trim()) blocks.push({ type: 'paragraph', text: token.text });
        break;
      case 'html':
        blocks.push(...paragraphs(stripHtml(token.text)));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) => row.map((c) => cell(c.tokens)));
        blocks.push({ type: 'table', rows });
        break;
      }
      default:
        // space, hr, def (link reference definitions), checkbox: nothing to read.
        break;
    }
  }
  return blocks;
}

export function parseMarkdown(bytes: Uint8Array): Flow {
  const { text } = decodeText(bytes);
  const { body, metadata } = splitFrontMatter(text);
  const tokens = new Lexer({ gfm: true }).lex(body);
  return { blocks: toBlocks(tokens), metadata };
}
