import { strFromU8, unzipSync } from 'fflate';

/**
 * A paragraph (its style and text) or a table row (style `Row`, its cells' text joined by « | »).
 * No-break spaces (French typography) are read as spaces; the raw XML keeps them.
 */
export interface Block {
  style: string;
  text: string;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const runsOf = (xml: string) => unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).replace(/\u00a0/g, ' ');

/** The body of word/document.xml in reading order: paragraphs, and each table as its rows. */
export function blocksOf(xml: string): Block[] {
  const out: Block[] = [];
  for (const match of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = match[0];
    if (part.startsWith('<w:tbl>')) {
      for (const row of part.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        out.push({ style: 'Row', text: [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => runsOf(c[0])).join(' | ') });
      }
    } else {
      out.push({ style: /<w:pStyle w:val="([^"]+)"/.exec(part)?.[1] ?? '', text: runsOf(part) });
    }
  }
  return out;
}

/** The parts of a .docx (base64 as the service returns it), its document's blocks and their text. */
export function readDocx(base64: string) {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  const xml = strFromU8(files['word/document.xml']!);
  const blocks = blocksOf(xml);
  return { files, xml, blocks, text: blocks.map((b) => b.text).join('\n') };
}

/** The blocks after the heading `title` that follows block `from`, up to the next heading. */
export function sectionAfter(blocks: readonly Block[], from: number, title: string): string[] {
  const start = blocks.findIndex((b, i) => i > from && b.style.startsWith('Heading') && b.text === title);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.style.startsWith('Heading'));
  return blocks.slice(start + 1, end < 0 ? undefined : end).map((b) => b.text);
}
