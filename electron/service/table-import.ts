import type { CaseImportResult, TablePreview } from '../../shared/domain/table-import';
import { DocumentBuilder } from '../../shared/document-builder';
import type { ColumnType, ImportedTable, TableCell } from '../../shared/import/table';
import { ensureAttribute, findCaseByName, insertCase, isLinked, linkCaseToDocument, listCaseNames, setAttributeType, setAttributeValue } from '../db/repositories/cases';
import { insertDocument, listDocumentNames } from '../db/repositories/documents';
import { uniqueDocumentName } from '../db/repositories/document-lookup';
import type { Db } from '../db/open';

const LONG_TEXT = 80;

function cellString(cell: TableCell): string | null {
  if (cell === null) return null;
  return typeof cell === 'number' ? String(cell) : cell;
}

/** What the import dialog shows before anything is written: columns, types, samples, suggestions. */
export function previewTable(fileName: string, table: ImportedTable): TablePreview {
  const columns = table.columns.map((column, index) => {
    const values = table.rows.map((r) => cellString(r[index] ?? null)).filter((v): v is string => v !== null);
    const distinct = new Set(values);
    return {
      name: column.name,
      type: column.type,
      samples: [...distinct].slice(0, 3).map((v) => (v.length > 60 ? `${v.slice(0, 57)}…` : v)),
      distinct: distinct.size,
      longest: Math.max(0, ...values.map((v) => v.length)),
    };
  });
  const key = columns.find((c) => c.distinct === table.rows.length && c.type !== 'number' && c.longest <= 60) ?? null;
  return {
    fileName,
    rowCount: table.rows.length,
    columns,
    source: table.source,
    suggestedKey: key?.name ?? null,
    suggestedTextColumns: columns.filter((c) => c.type === 'text' && c.longest >= LONG_TEXT && c.name !== key?.name).map((c) => c.name),
  };
}

export interface CaseImportOptions {
  fileName: string;
  keyColumn: string | null;
  columnTypes: Record<string, ColumnType>;
  textColumns: string[];
}

/**
 * Writes a table as cases with typed attributes (rows matched to existing cases by the key
 * column), and turns chosen free-text columns into one codable document per row, linked to its
 * case: each text column becomes an answer whose prompt is the column name.
 */
export function importCaseTable(db: Db, table: ImportedTable, options: CaseImportOptions, coderNow: string): CaseImportResult {
  const keyIndex = options.keyColumn === null ? -1 : table.columns.findIndex((c) => c.name === options.keyColumn);
  const textIndexes = new Set(options.textColumns.map((name) => table.columns.findIndex((c) => c.name === name)).filter((i) => i >= 0));
  const attributeColumns = table.columns
    .map((column, index) => ({ ...column, index, type: options.columnTypes[column.name] ?? column.type }))
    .filter((c) => c.index !== keyIndex && !textIndexes.has(c.index));
  const attributeIds = new Map<number, number>();
  for (const column of attributeColumns) {
    const id = ensureAttribute(db, column.name, column.type);
    setAttributeType(db, id, column.type);
    attributeIds.set(column.index, id);
  }
  const base = options.fileName.replace(/\.[^.]+$/, '');
  const documents = listDocumentNames(db);
  const documentsNamed = (key: string): number[] =>
    documents.filter((d) => d.name === key || (d.sourceName ?? '').replace(/\.[^.]+$/, '') === key).map((d) => d.id);
  const result: CaseImportResult = { casesCreated: 0, casesUpdated: 0, attributes: attributeColumns.length, documentsCreated: 0, documentsLinked: 0 };
  table.rows.forEach((row, rowIndex) => {
    const key = keyIndex >= 0 ? cellString(row[keyIndex] ?? null)?.trim() : null;
    const caseName = key && key.length > 0 ? key : `${base} — ligne ${rowIndex + 1}`;
    let caseId = findCaseByName(db, caseName);
    if (caseId === undefined) {
      caseId = insertCase(db, caseName, '');
      result.casesCreated += 1;
    } else result.casesUpdated += 1;
    for (const column of attributeColumns) setAttributeValue(db, caseId, attributeIds.get(column.index)!, cellString(row[column.index] ?? null));
    // A key naming a document (its name, or its file name without extension) links the two.
    for (const doc of key ? documentsNamed(key) : []) {
      if (isLinked(db, caseId, doc)) continue;
      linkCaseToDocument(db, caseId, doc);
      result.documentsLinked += 1;
    }
    const answers = [...textIndexes].map((i) => ({ prompt: table.columns[i]!.name, text: cellString(row[i] ?? null)?.trim() ?? '' })).filter((a) => a.text);
    if (answers.length === 0) return;
    const builder = new DocumentBuilder();
    for (const answer of answers) builder.answer(answer.text, { grid: base, prompt: answer.prompt, column: caseName });
    const built = builder.build();
    const documentId = insertDocument(
      db,
      { name: uniqueDocumentName(db, `${base} — ${caseName}`), kind: 'table', text: built.text, sourceName: options.fileName, units: built.units, metadata: { format: table.source.format, row: rowIndex + 1 } },
      coderNow,
    );
    linkCaseToDocument(db, caseId, documentId);
    result.documentsCreated += 1;
  });
  return result;
}

/**
 * Links documents to cases whose identifier (the part before '-', e.g. `B07` of `B07-M`) appears as
 * a whole token in the document's name or file name. Returns the number of new links.
 */
export function linkDocumentsByName(db: Db): number {
  const documents = listDocumentNames(db);
  let links = 0;
  for (const { id: caseId, name } of listCaseNames(db)) {
    // Only identifier-like names (B07, E03, M02…) are looked for; "Réponse 12" would match too much.
    const stem = name.split(/[-_ ]/)[0]!;
    if (!/^\p{L}{0,4}\d{1,4}\p{L}{0,2}$/u.test(stem)) continue;
    const token = new RegExp(`(^|[^\\p{L}\\p{N}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}]|$)`, 'iu');
    for (const doc of documents) {
      if (!token.test(doc.name) && !token.test(doc.sourceName ?? '')) continue;
      if (isLinked(db, caseId, doc.id)) continue;
      linkCaseToDocument(db, caseId, doc.id);
      links += 1;
    }
  }
  return links;
}
