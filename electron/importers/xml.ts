import { DOMParser, onErrorStopParsing, type Document, type Element, type Node } from '@xmldom/xmldom';
import type { FlowBlock, FlowParagraph } from '../../shared/import/flow';
import { ImportError } from './import-error';

/**
 * XML helpers for the office parsers (.docx, .odt): @xmldom/xmldom builds a namespace-aware DOM
 * (it expands no external entity and loads nothing), and the parsers walk it by namespace and
 * local name, so documents written with other prefixes (or Strict OOXML) read the same.
 */

export type { Document, Element, Node };

/** Parses one part of a package; any XML error makes the whole file CORRUPT_FILE. */
export function parseXml(text: string, part: string): Document {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    throw new ImportError('CORRUPT_FILE', `${part}: ${message}`);
  }
}

const ELEMENT_NODE = 1;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** The child elements of a node, in document order. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < node.childNodes.length; i += 1) {
    const child = node.childNodes.item(i);
    if (child && isElement(child)) out.push(child);
  }
  return out;
}

/** Whether an element has one of the namespaces and (optionally) the local name. */
export function is(element: Element, namespaces: ReadonlySet<string>, localName?: string): boolean {
  return namespaces.has(element.namespaceURI ?? '') && (localName === undefined || element.localName === localName);
}

/** The first child element with that namespace and local name. */
export function child(node: Node, namespaces: ReadonlySet<string>, localName: string): Element | undefined {
  return childElements(node).find((e) => is(e, namespaces, localName));
}

/** An attribute by local name, from one of the namespaces (whatever prefix the file uses). */
export function attr(element: Element, namespaces: ReadonlySet<string>, localName: string): string | undefined {
  for (let i = 0; i < element.attributes.length; i += 1) {
    const a = element.attributes.item(i);
    if (a && a.localName === localName && namespaces.has(a.namespaceURI ?? '')) return a.value;
  }
  return undefined;
}

/** A whole number attribute, or the fallback when it is missing or not a number. */
export function intAttr(element: Element, namespaces: ReadonlySet<string>, localName: string, fallback: number): number {
  const n = Number.parseInt(attr(element, namespaces, localName) ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
}

/** Trims the spaces, tabs and line breaks a paragraph starts or ends with (they do not show). */
export function trimParagraph(text: string): string {
  return text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
}

/** A table nested inside a cell is read as its cells' paragraphs, row by row, in reading order. */
export function flattenBlocks(blocks: FlowBlock[]): FlowParagraph[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs))));
}

/** Heading level from a style name or id: "heading 1", "Heading1", "Titre 2", "Heading_20_3" (ODF). */
export function headingFromStyleName(name: string | undefined): number | undefined {
  const m = /^(?:heading|titre|überschrift)[ _]?(?:20_)?([1-9])$/i.exec(name?.trim() ?? '');
  return m ? Math.min(6, Number(m[1])) : undefined;
}
