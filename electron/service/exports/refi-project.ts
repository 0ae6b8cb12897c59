import type { Db } from '../../db/open';
import * as read from '../../db/repositories/refi';
import { chosenCodes, writeCodes } from './refi-codebook';
import { derivedGuid, storedGuid } from './refi-guids';
import { codePointOffsets, xmlDateTime, xmlSafe } from './refi-text';
import { xmlWriter } from './refi-xml';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const PROJECT_SCHEMA = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

/** What goes in the `.qdpx`: `project.qde` and one UTF-8 text per source, by path inside the zip. */
export interface RefiProject {
  qde: string;
  sources: Map<string, string>;
  counts: { documents: number; codes: number; selections: number; codings: number; users: number; cases: number; variables: number; notes: number; sets: number };
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

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/** Part links of each case and document as disjoint stretches: overlapping or touching ones merged. */
function mergedParts(parts: readonly read.RefiCasePartRow[]): read.RefiCasePartRow[] {
  const out: read.RefiCasePartRow[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.caseId === part.caseId && last.documentId === part.documentId && part.start <= last.end) last.end = Math.max(last.end, part.end);
    else out.push({ ...part });
  }
  return out;
}

/** The project as REFI-QDA 1.0 (`Project.xsd`): elements in the schema's order, containers only when they hold something. */
export function buildRefiProject(db: Db, codeIds: readonly number[] | undefined): RefiProject {
  const project = read.refiProject(db);
  const seed = project.createdAt ?? project.name;
  const guid = (kind: string, key: string | number) => derivedGuid(seed, kind, key);
  const coders = read.refiCoders(db);
  const codes = chosenCodes(read.refiCodes(db), codeIds);
  // Codings of the chosen codes only (their ancestors come along in the codebook, not their codings).
  const keptCodes = new Set(codes.map((c) => c.id));
  const codeSet = new Set(codeIds ?? codes.map((c) => c.id));
  const documents = read.refiDocuments(db);
  const codings = read.refiCodings(db).filter((c) => codeSet.has(c.codeId));
  const codingIds = new Set(codings.map((c) => c.id));
  const memos = read.refiMemos(db).filter((m) => (m.kind !== 'code' || keptCodes.has(m.codeId!)) && (m.kind !== 'coding' || codingIds.has(m.codingId!)));
  const cases = read.refiCases(db);
  const attributes = read.refiAttributes(db);
  const values = read.refiValues(db);
  const caseDocuments = read.refiCaseDocuments(db);
  const caseParts = mergedParts(read.refiCaseParts(db));
  const valuesOfCase = groupBy(values, (v) => v.caseId);
  const valuesOfAttribute = groupBy(values, (v) => v.attributeId);
  const documentsOfCase = groupBy(caseDocuments, (l) => l.caseId);
  const partsOfCase = groupBy(caseParts, (p) => p.caseId);
  const partsOfDocument = groupBy(caseParts, (p) => p.documentId);
  const selectionGuid = (documentId: number, start: number, end: number) => guid('selection', `${documentId}:${start}:${end}`);

  const userGuid = new Map(coders.map((c) => [c.id, guid('user', c.id)]));
  const noteGuid = new Map(memos.map((m) => [m.id, guid('note', m.id)]));
  const documentGuid = new Map(documents.map((d) => [d.id, guid('source', d.id)]));
  const notesOn = (kind: read.RefiMemoRow['kind'], key: (m: read.RefiMemoRow) => number | null) =>
    new Map([...groupBy(memos.filter((m) => m.kind === kind), (m) => key(m)!)].map(([id, list]) => [id, list.map((m) => noteGuid.get(m.id)!)]));
  const codeNotes = notesOn('code', (m) => m.codeId);
  const documentNotes = notesOn('document', (m) => m.documentId);
  const codingNotes = notesOn('coding', (m) => m.codingId);

  const xml = xmlWriter(PROJECT_NAMESPACE, 'Project', PROJECT_SCHEMA);
  const root = xml.root;
  root.setAttribute('name', xmlSafe(project.name));
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
    const own = (valuesOfAttribute.get(attribute.id) ?? []).map((v) => Number(v.value));
    const type: VariableType =
      attribute.type === 'number' ? (own.every((n) => Number.isInteger(n)) ? 'Integer' : 'Float') : attribute.type === 'date' ? 'Date' : 'Text';
    variableType.set(attribute.id, type);
  }
  const variableGuid = new Map(attributes.map((a) => [a.id, guid('variable', a.id)]));
  if (attributes.length > 0) {
    const variables = xml.add(root, 'Variables');
    for (const attribute of attributes) xml.add(variables, 'Variable', { guid: variableGuid.get(attribute.id), name: attribute.name, typeOfVariable: variableType.get(attribute.id) });
  }

  // Cases: their values (those that fit the variable's type), the documents linked whole, the parts linked.
  if (cases.length > 0) {
    const casesElement = xml.add(root, 'Cases');
    for (const item of cases) {
      const element = xml.add(casesElement, 'Case', { guid: guid('case', item.id), name: item.name });
      if (item.description.trim()) xml.add(element, 'Description', {}, item.description);
      for (const value of valuesOfCase.get(item.id) ?? []) {
        const typed = typedValue(variableType.get(value.attributeId)!, value.value);
        if (!typed) continue;
        const valueElement = xml.add(element, 'VariableValue');
        xml.add(valueElement, 'VariableRef', { targetGUID: variableGuid.get(value.attributeId) });
        xml.add(valueElement, typed.element, {}, typed.text);
      }
      for (const link of documentsOfCase.get(item.id) ?? []) xml.add(element, 'SourceRef', { targetGUID: documentGuid.get(link.documentId) });
      // Parts of documents (a speaker's turns, a grid column, a stretch): the selections covering them.
      for (const part of partsOfCase.get(item.id) ?? []) xml.add(element, 'SelectionRef', { targetGUID: selectionGuid(part.documentId, part.start, part.end) });
    }
  }

  // Sources: one text file each; codings on the same passage share one selection.
  const sources = new Map<string, string>();
  let selectionCount = 0;
  if (documents.length > 0) {
    const sourcesElement = xml.add(root, 'Sources');
    const codingsOf = groupBy(codings, (c) => c.documentId);
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
      const groups = new Map<string, { start: number; end: number; codings: read.RefiCodingRow[] }>();
      const groupAt = (start: number, end: number) => {
        const key = `${start}:${end}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { start, end, codings: [] }));
        return group;
      };
      for (const coding of codingsOf.get(document.id) ?? []) groupAt(coding.start, coding.end).codings.push(coding);
      for (const part of partsOfDocument.get(document.id) ?? []) groupAt(part.start, part.end);
      const ordered = [...groups.values()].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const { start, end, codings: group } of ordered) {
        const first = group[0];
        const selection = xml.add(element, 'PlainTextSelection', {
          guid: selectionGuid(document.id, start, end),
          name: document.text.slice(start, end).slice(0, 60),
          startPosition: toPoint(start),
          endPosition: toPoint(end),
          creatingUser: first?.coderId == null ? undefined : userGuid.get(first.coderId),
          creationDateTime: xmlDateTime(first?.createdAt),
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

  // Sets: the document groups (a group without documents still names itself).
  const groups = read.refiGroups(db);
  if (groups.length > 0) {
    const sets = xml.add(root, 'Sets');
    for (const group of groups) {
      const set = xml.add(sets, 'Set', { guid: guid('set', group.id), name: group.name });
      for (const documentId of group.documentIds) xml.add(set, 'MemberSource', { targetGUID: documentGuid.get(documentId) });
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
      sets: groups.length,
    },
  };
}
