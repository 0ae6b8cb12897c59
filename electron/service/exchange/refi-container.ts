import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { BaliseError } from '../../../shared/errors';
import { decodeSource } from './refi-positions';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/** A REFI-QDA file that cannot be imported: the reason in French; nothing is written. */
export function refiError(fileName: string, details: string): BaliseError {
  return new BaliseError('INVALID_INPUT', { details: `« ${fileName} » ne peut pas être importé : ${details}. Rien n’a été importé` });
}

export interface RefiFile {
  root: Element;
  /** The namespace its elements live in (project or codebook). */
  ns: string;
  /** Zip entries by lower-case path (empty for a `.qdc`). */
  entries: Map<string, Uint8Array>;
}

function parseXml(fileName: string, text: string, part: string): Element {
  try {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    if (!document.documentElement) throw new Error('aucun élément');
    return document.documentElement;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error);
    throw refiError(fileName, `${part} n’est pas un XML valide (${reason})`);
  }
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Opens a `.qdpx` (zip with `project.qde`, any case) or a `.qdc` (bare XML codebook). */
export function openRefiFile(fileName: string, bytes: Uint8Array): RefiFile {
  if (!looksLikeZip(bytes)) {
    if (/\.qdc$/i.test(fileName)) {
      const root = parseXml(fileName, decodeSource(bytes), 'le codebook');
      if (root.namespaceURI !== CODEBOOK_NS || root.localName !== 'CodeBook')
        throw refiError(fileName, `l’élément racine n’est pas un CodeBook REFI-QDA (${CODEBOOK_NS})`);
      return { root, ns: CODEBOOK_NS, entries: new Map() };
    }
    throw refiError(fileName, 'ce n’est pas une archive ZIP (un fichier .qdpx est une archive contenant project.qde)');
  }
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes);
  } catch (error) {
    throw refiError(fileName, `l’archive ZIP est endommagée (${error instanceof Error ? error.message : String(error)})`);
  }
  const entries = new Map(Object.entries(unzipped).map(([name, data]) => [name.toLowerCase(), data]));
  const qde = entries.get('project.qde');
  if (!qde) throw refiError(fileName, 'l’archive ne contient pas de fichier project.qde');
  const root = parseXml(fileName, decodeSource(qde), 'project.qde');
  if (root.namespaceURI !== PROJECT_NS || root.localName !== 'Project')
    throw refiError(fileName, `l’élément racine de project.qde n’est pas un Project REFI-QDA (${PROJECT_NS})`);
  return { root, ns: PROJECT_NS, entries };
}

/** Child elements named `name` in namespace `ns`. */
export function childrenNamed(parent: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
}

export function childNamed(parent: Element, ns: string, name: string): Element | undefined {
  return childrenNamed(parent, ns, name)[0];
}

/** Text of a child element (`Description`, `PlainTextContent`…), or ''. */
export function childText(parent: Element, ns: string, name: string): string {
  return childNamed(parent, ns, name)?.textContent ?? '';
}

/** GUIDs compare without case or braces. */
export function guidKey(guid: string | null | undefined): string {
  return (guid ?? '').trim().replace(/^\{|\}$/g, '').toLowerCase();
}
