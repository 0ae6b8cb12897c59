import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { xmlSafe } from './refi-text';

/** A small element builder over xmldom: the namespace of the root for every element, attributes skipped when undefined. */
export interface XmlWriter {
  doc: Document;
  root: Element;
  /** Appends `<name attrs>text</name>` to `parent` and returns it. */
  add(parent: Element, name: string, attrs?: Record<string, string | number | boolean | undefined>, text?: string): Element;
  serialize(): string;
}

export function xmlWriter(namespace: string, rootName: string, schemaLocation: string): XmlWriter {
  const doc = new DOMImplementation().createDocument(namespace, rootName, null);
  const root = doc.documentElement!;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  root.setAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation', `${namespace} ${schemaLocation}`);
  const add: XmlWriter['add'] = (parent, name, attrs = {}, text) => {
    const element = doc.createElementNS(namespace, name);
    for (const [key, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(key, xmlSafe(String(value)));
    if (text !== undefined) element.appendChild(doc.createTextNode(xmlSafe(text)));
    parent.appendChild(element);
    return element;
  };
  const serialize = () => `<?xml version="1.0" encoding="utf-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
  return { doc, root, add, serialize };
}
