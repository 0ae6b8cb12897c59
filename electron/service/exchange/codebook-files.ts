import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import Papa from 'papaparse';
import type { ExportedFile } from '../../../shared/contract/exports';
import { documentTexts } from '../../db/repositories/extracts';
import { getMeta } from '../../db/repositories/meta';
import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { exportFileName, today } from '../exports/extracts-rows';

/** A code as the codebook files show it. */
export interface CodebookEntry {
  id: number;
  parentId: number | null;
  name: string;
  /** `Famille/Code/Sous-code`. */
  path: string;
  depth: number;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  /** Anchor examples: the text of their passages, in the codebook's order. */
  examples: string[];
}

/** Every code depth first (each family, then its codes in their order), with its anchor examples. */
export function codebookEntries(db: Db): CodebookEntry[] {
  const codes = statement(db, 'SELECT id, parent_id AS parentId, name, color, description, inclusion, exclusion FROM codes ORDER BY position, id').all() as {
    id: number;
    parentId: number | null;
    name: string;
    color: string;
    description: string | null;
    inclusion: string;
    exclusion: string;
  }[];
  const examples = statement(
    db,
    `SELECT e.code_id AS codeId, k.document_id AS documentId, k.start, k.end FROM code_examples e JOIN codings k ON k.id = e.coding_id
     ORDER BY e.code_id, e.position, e.coding_id`,
  ).all() as { codeId: number; documentId: number; start: number; end: number }[];
  const texts = documentTexts(db, [...new Set(examples.map((e) => e.documentId))]);
  const examplesOf = new Map<number, string[]>();
  for (const e of examples) {
    const text = (texts.get(e.documentId) ?? '').slice(e.start, e.end).trim();
    if (text === '') continue;
    examplesOf.set(e.codeId, [...(examplesOf.get(e.codeId) ?? []), text]);
  }
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<number | null, typeof codes>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const out: CodebookEntry[] = [];
  const walk = (parentId: number | null, prefix: string, depth: number) => {
    for (const code of children.get(parentId) ?? []) {
      const path = prefix ? `${prefix}/${code.name}` : code.name;
      out.push({
        id: code.id,
        parentId: code.parentId,
        name: code.name,
        path,
        depth,
        color: code.color.toUpperCase(),
        definition: (code.description ?? '').trim(),
        inclusion: code.inclusion.trim(),
        exclusion: code.exclusion.trim(),
        examples: examplesOf.get(code.id) ?? [],
      });
      walk(code.id, path, depth + 1);
    }
  };
  walk(null, '', 0);
  return out;
}

/** One line per code: path, colour, definition, criteria, and the anchor examples when the codebook has some. */
export function codebookCsv(entries: readonly CodebookEntry[]): Uint8Array {
  const withExamples = entries.some((e) => e.examples.length > 0);
  const fields = ['Chemin', 'Couleur', 'Définition', "Critères d'inclusion", "Critères d'exclusion", ...(withExamples ? ['Exemples'] : [])];
  const data = entries.map((e) => [e.path, e.color, e.definition, e.inclusion, e.exclusion, ...(withExamples ? [e.examples.join('\n\n')] : [])]);
  const text = Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

const grey = '4A4A4F';

function labelled(label: string, text: string): Paragraph[] {
  if (text === '') return [];
  return [
    new Paragraph({ children: [new TextRun({ text: `${label}\u00a0:`, bold: true })], spacing: { before: 120, after: 40 }, keepNext: true }),
    ...text.split(/\r\n|\r|\n/).map((line) => new Paragraph({ children: [new TextRun({ text: line })], spacing: { after: 40 } })),
  ];
}

function entryParagraphs(entry: CodebookEntry): Paragraph[] {
  const hex = /^#[0-9A-F]{6}$/.test(entry.color) ? entry.color.slice(1) : grey;
  const heading =
    entry.depth === 0
      ? new Paragraph({ text: entry.name, heading: HeadingLevel.HEADING_1, keepNext: true })
      : new Paragraph({ text: entry.path.split('/').slice(1).join(' › '), heading: entry.depth === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, keepNext: true });
  const bar = { left: { style: BorderStyle.SINGLE, size: 18, color: '9AA7B4', space: 8 } };
  return [
    heading,
    new Paragraph({
      children: [new TextRun({ text: '■ ', color: hex, size: 28 }), new TextRun({ text: `Couleur\u00a0: ${entry.color}`, color: grey, size: 18 })],
      keepNext: true,
    }),
    ...labelled('Définition', entry.definition || '(pas de définition)'),
    ...labelled("Critères d'inclusion", entry.inclusion),
    ...labelled("Critères d'exclusion", entry.exclusion),
    ...(entry.examples.length > 0 ? [new Paragraph({ children: [new TextRun({ text: 'Exemples\u00a0:', bold: true })], spacing: { before: 120, after: 40 }, keepNext: true })] : []),
    ...entry.examples.map(
      (example) =>
        new Paragraph({
          children: example.split(/\r\n|\r|\n/).map((line, i, lines) => new TextRun({ text: `${i === 0 ? '« ' : ''}${line}${i === lines.length - 1 ? ' »' : ''}`, italics: true, ...(i > 0 ? { break: 1 } : {}) })),
          indent: { left: 360 },
          border: bar,
          spacing: { before: 80, after: 80 },
        }),
    ),
  ];
}

/** A readable codebook: title (with the project's name), a heading per family and under it each code with its colour, definition, criteria and examples as quotes. */
export async function codebookDocx(entries: readonly CodebookEntry[], projectName: string | null): Promise<Uint8Array> {
  const title = projectName?.trim() ? `Codebook — ${projectName.trim()}` : 'Codebook';
  const body: Paragraph[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: `${entries.length.toLocaleString('fr-FR')} code${entries.length === 1 ? '' : 's'}`, color: grey })], spacing: { after: 240 } }),
  ];
  for (const entry of entries) body.push(...entryParagraphs(entry));
  if (entries.length === 0) body.push(new Paragraph({ text: 'Le codebook est vide.' }));
  body.push(
    new Paragraph({
      children: [new TextRun({ text: `Exporté de Balise le ${today()}.`, size: 16, color: '6B6B70' })],
      alignment: AlignmentType.LEFT,
      spacing: { before: 480 },
    }),
  );
  const document = new Document({ creator: 'Balise', title, styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } }, sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The codebook as CSV (`;`, byte-order mark) or as a Word document. */
export async function exportCodebook(db: Db, format: 'csv' | 'docx'): Promise<ExportedFile> {
  const entries = codebookEntries(db);
  const bytes = format === 'csv' ? codebookCsv(entries) : await codebookDocx(entries, getMeta(db, 'name'));
  const examples = entries.reduce((n, e) => n + e.examples.length, 0);
  return {
    fileName: exportFileName('codebook', format),
    base64: Buffer.from(bytes).toString('base64'),
    summary: { [entries.length === 1 ? 'code' : 'codes']: entries.length, [examples === 1 ? 'exemple' : 'exemples']: examples },
  };
}
