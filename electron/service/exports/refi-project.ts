import type { Db } from '../../db/open';
import * as read from '../../db/repositories/refi';
import { chosenCodes, writeCodes } from './refi-codebook';
import { derivedGuid, storedGuid } from './refi-guids';
import { codePointOffsets, xmlDateTime } from './refi-text';
import { xmlWriter } from './refi-xml';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const PROJECT_SCHEMA = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

/** What goes in the `.qdpx`: `project.qde` and one UTF-8 text per source, by path inside the zip. */
export interface RefiProject {
  qde: string;
  sources: Map<string, string>;
  counts: { documents: number; codes: number; selections: number; codings: number; users: number; cases: number; variables: number; notes: number };
}

type VariableType = 'Text' | 'Integer' | 'Float' | 'Date';

/** Writes a number as `xs:decimal` wants it: no exponent, a point. */
function decimal(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** A Balise value as a REFI-QDA typed value, or null when it does not fit the type (text kept from before a type change). */
function typedValue(type: VariableType, stored: string): { element: string; text: string } | null {
  if (type === 'Text') return { element: 'TextValue', text: stored };
  if (type === 'Date') return /^\d{4}-\d{2}-\d{2}$/.test(stored) ? { element: 'DateValue', text: stored } : null;
  const value = Number(stored);
  if (stored.trim() === '' || !Number.isFinite(value)) return null;
  return type === 'Integer' ? { element: 'IntegerValue', text: decimal(value) } : { element: 'FloatValue', text: decimal(value) };
}

/** The project as REFI-QDA 1.0 (`Project.xsd`): elements in the schema's order, containers only when they hold something. */
export function buildRefiProject(db: Db, codeIds: readonly number[] | undefined): RefiProject {
  const project = read.refiProject(db);
  const seed = project.createdAt ?? project.name;
  const guid = (kind: string, key: string | number) => derivedGuid(seed, kind, key);
  const coders = read.refiCoders(db);
  const codes = chosenCodes(read.refiCodes(db), codeIds);
  const codeSet = new Set(codes.map((c) => c.id));
  const documents = read.refiDocuments(db);
  const codings = read.refiCodings(db).filter((c) => codeSet.has(c.codeId));
  const codingIds = new Set(codings.map((c) => c.id));
  const memos = read.refiMemos(db).filter((m) => (m.kind !== 'code' || codeSet.has(m.codeId!)) && (m.kind !== 'coding' || codingIds.has(m.codingId!)));
  const cases = read.refiCases(db);
  const attributes = read.refiAttributes(db);
  const values = read.refiValues(db);
  const caseDocuments = read.refiCaseDocuments(db);

  const userGuid = new Map(coders.map((c) => [c.id, guid('user', c.id)]));
  const noteGuid = new Map(memos.map((m) => [m.id, guid('note', m.id)]));
  const documentGuid = new Map(documents.map((d) => [d.id, guid('source', d.id)]));
  const notesOn = (kind: read.RefiMemoRow['kind'], key: (m: read.RefiMemoRow) => number | null) => {
    const map = new Map<number, string[]>();
    for (const memo of memos.filter((m) => m.kind === kind)) map.set(key(memo)!, [...(map.get(key(memo)!) ?? []), noteGuid.get(memo.id)!]);
    return map;
  };
  const codeNotes = notesOn('code', (m) => m.codeId);
  const documentNotes = notesOn('document', (m) => m.documentId);
  const codingNotes = notesOn('coding', (m) => m.codingId);

  const xml = xmlWriter(PROJECT_NAMESPACE, 'Project', PROJECT_SCHEMA);
  const root = xml.root;
  root.setAttribute('name', project.name);
  root.setAttribute('origin', 'Balise');
  const created = xmlDateTime(project.createdAt);
  if (created) root.setAttribute('creationDateTime', created);

  // Users
  if (coders.length > 0) {
    const users = xml.add(root, 'Users');
    for (const coder of coders) xml.add(users, 'User', { guid: userGuid.get(coder.id), name: coder.name, id: String(coder.id) });
  }

  // CodeBook
  let codeGuid = new Map<number, string>();
  if (codes.length > 0) codeGuid = writeCodes(xml, xml.add(root, 'CodeBook'), codes, { seed, noteRefs: codeNotes });

  // Variables: numbers are Integer when every value is a whole number, Float otherwise.
  const variableType = new Map<number, VariableType>();
  for (const attribute of attributes) {
    const own = values.filter((v) => v.attributeId === attribute.id).map((v) => Number(v.value));
    const type: VariableType =
      attribute.type === 'number' ? (own.every((n) => Number.isInteger(n)) ? 'Integer' : 'Float') : attribute.type === 'date' ? 'Date' : 'Text';
    variableType.set(attribute.id, type);
  }
  const variableGuid = new Map(attributes.map((a) => [a.id, guid('variable', a.id)]));
  if (attributes.length > 0) {
    const variables = xml.add(root, 'Variables');
    for (const attribute of attributes) xml.add(variables, 'Variable', { guid: variableGuid.get(attribute.id), name: attribute.name, typeOfVariable: variableType.get(attribute.id) });
  }

  // Cases: their values, then the documents they are linked to (whole or in part: the document).
  if (cases.length > 0) {
    const casesElement = xml.add(root, 'Cases');
    for (const item of cases) {
      const element = xml.add(casesElement, 'Case', { guid: guid('case', item.id), name: item.name });
      if (item.description.trim()) xml.add(element, 'Description', {}, item.description);
      for (const value of values.filter((v) => v.caseId === item.id)) {
        const typed = typedValue(variableType.get(value.attributeId)!, value.value);
        if (!typed) continue;
        const valueElement = xml.add(element, 'VariableValue');
        xml.add(valueElement, 'VariableRef', { targetGUID: variableGuid.get(value.attributeId) });
        xml.add(valueElement, typed.element, {}, typed.text);
      }
      for (const link of caseDocuments.filter((l) => l.caseId === item.id)) xml.add(element, 'SourceRef', { targetGUID: documentGuid.get(link.documentId) });
    }
  }

  // Sources: one text file each; codings on the same passage share one selection.
  const sources = new Map<string, string>();
  let selectionCount = 0;
  if (documents.length > 0) {
    const sourcesElement = xml.add(root, 'Sources');
    const codingsOf = new Map<number, read.RefiCodingRow[]>();
    for (const coding of codings) codingsOf.set(coding.documentId, [...(codingsOf.get(coding.documentId) ?? []), coding]);
    for (const document of documents) {
      const sourceGuid = documentGuid.get(document.id)!;
      sources.set(`sources/${sourceGuid}.txt`, document.text);
      const element = xml.add(sourcesElement, 'TextSource', {
        guid: sourceGuid,
        name: document.name,
        plainTextPath: `internal://${sourceGuid}.txt`,
        creationDateTime: xmlDateTime(document.importedAt),
      });
      const toPoint = codePointOffsets(document.text);
      const groups = new Map<string, read.RefiCodingRow[]>();
      for (const coding of codingsOf.get(document.id) ?? []) {
        const key = `${coding.start}:${coding.end}`;
        groups.set(key, [...(groups.get(key) ?? []), coding]);
      }
      for (const [key, group] of groups) {
        const first = group[0]!;
        const selection = xml.add(element, 'PlainTextSelection', {
          guid: guid('selection', `${document.id}:${key}`),
          name: document.text.slice(first.start, first.end).slice(0, 60),
          startPosition: toPoint(first.start),
          endPosition: toPoint(first.end),
          creatingUser: first.coderId === null ? undefined : userGuid.get(first.coderId),
          creationDateTime: xmlDateTime(first.createdAt),
        });
        selectionCount++;
        for (const coding of group) {
          const codingElement = xml.add(selection, 'Coding', {
            guid: storedGuid(coding.guid, seed, 'coding', coding.id),
            creatingUser: coding.coderId === null ? undefined : userGuid.get(coding.coderId),
            creationDateTime: xmlDateTime(coding.createdAt),
          });
          xml.add(codingElement, 'CodeRef', { targetGUID: codeGuid.get(coding.codeId) });
        }
        for (const coding of group) for (const target of codingNotes.get(coding.id) ?? []) xml.add(selection, 'NoteRef', { targetGUID: target });
      }
      for (const target of documentNotes.get(document.id) ?? []) xml.add(element, 'NoteRef', { targetGUID: target });
    }
  }

  // Notes: every memo, its plain text inline.
  if (memos.length > 0) {
    const notes = xml.add(root, 'Notes');
    for (const memo of memos) {
      const note = xml.add(notes, 'Note', {
        guid: noteGuid.get(memo.id),
        name: memo.title.trim() || undefined,
        creatingUser: memo.coderId === null ? undefined : userGuid.get(memo.coderId),
        creationDateTime: xmlDateTime(memo.createdAt),
        modifiedDateTime: xmlDateTime(memo.updatedAt),
      });
      xml.add(note, 'PlainTextContent', {}, memo.text);
    }
  }

  // The project's own memos, last (the schema puts the project's NoteRefs at the end).
  for (const memo of memos.filter((m) => m.kind === 'project')) xml.add(root, 'NoteRef', { targetGUID: noteGuid.get(memo.id) });

  return {
    qde: xml.serialize(),
    sources,
    counts: {
      documents: documents.length,
      codes: codes.length,
      selections: selectionCount,
      codings: codings.length,
      users: coders.length,
      cases: cases.length,
      variables: attributes.length,
      notes: memos.length,
    },
  };
}
