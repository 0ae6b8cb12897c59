import crypto from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { nextPaletteColor } from '../../../shared/domain/codebook';
import type { RefiImportReport } from '../../../shared/domain/refi-import';
import { ensureAttribute, insertCase, linkCaseToDocument, setAttributeValue } from '../../db/repositories/cases';
import { ensureCoder } from '../../db/repositories/coders';
import { findGroupNamed, insertGroup, setGroupMembers } from '../../db/repositories/groups';
import { insertDocument } from '../../db/repositories/documents';
import { uniqueDocumentName } from '../../db/repositories/document-lookup';
import { insertMemo } from '../../db/repositories/memos';
import { caseNameTaken, guidTaken, insertImportedCode, insertImportedCoding, siblingCodeNames } from '../../db/repositories/refi-import';
import type { Db } from '../../db/open';
import type { ProjectSession } from '../project-session';
import { childNamed, childrenNamed, childText, guidKey, openRefiFile, refiError, type RefiFile } from './refi-container';
import { decodeSource, paragraphUnits, sourceText, type PositionUnit, type SourceText } from './refi-positions';
import { GUID, hexColor, plural, splitDescription, variableType } from './refi-values';

type MemoTarget = { kind: 'project' } | { kind: 'document'; documentId: number } | { kind: 'code'; codeId: number } | { kind: 'coding'; codingId: number };

/** One import: the file, the open transaction, what has been made so far. */
class RefiImport {
  readonly report: RefiImportReport;
  private readonly ns: string;
  private readonly now = new Date().toISOString();
  private readonly unit: PositionUnit;
  /** ATLAS.ti counts a CRLF as one character (QualCoder's refi.py, NOTES.md). */
  private readonly crlfAsOne: boolean;
  private readonly users = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  private readonly variables = new Map<string, { id: number; name: string }>();
  private readonly documents = new Map<string, number>();
  private readonly selections = new Map<string, { documentId: number; start: number; end: number }>();
  /** GUIDs of the parts left out (audio, PDF regions…): references to them are dropped, not errors. */
  private readonly leftOut = new Set<string>();
  private readonly noteTargets = new Map<string, MemoTarget>();
  private readonly usedGuids = new Set<string>();
  private uncodable = 0;

  constructor(
    private readonly db: Db,
    private readonly fileName: string,
    private readonly file: RefiFile,
  ) {
    this.ns = file.ns;
    const origin = file.root.getAttribute('origin')?.trim() || null;
    this.unit = origin?.startsWith('NVivo') ? 'utf16' : 'codepoints';
    this.crlfAsOne = origin?.startsWith('ATLAS.ti') ?? false;
    this.report = { origin, imported: { sources: 0, codes: 0, codings: 0, notes: 0, cases: 0, variables: 0, coders: 0 }, skipped: [], remapped: [] };
  }

  private fail(details: string): never {
    throw refiError(this.fileName, details);
  }

  private kids(parent: Element | undefined, name: string): Element[] {
    return parent ? childrenNamed(parent, this.ns, name) : [];
  }

  private kid(parent: Element | undefined, name: string): Element | undefined {
    return parent ? childNamed(parent, this.ns, name) : undefined;
  }

  run(): RefiImportReport {
    const root = this.file.root;
    if (this.file.entries.size === 0 && root.localName === 'CodeBook') {
      this.importCodes(this.kid(root, 'Codes'), null);
      this.finishCodes();
      if (this.kids(root, 'Sets').some((s) => this.kids(s, 'Set').length > 0)) this.report.skipped.push('Ensembles de codes (Sets) : non pris en charge');
      return this.report;
    }
    this.importUsers();
    this.importCodes(this.kid(this.kid(root, 'CodeBook'), 'Codes'), null);
    this.finishCodes();
    this.importVariables();
    this.importSources();
    this.importCases();
    this.importNotes();
    this.importSets();
    const links = this.kids(this.kid(root, 'Links'), 'Link').length;
    if (links > 0) this.report.skipped.push(`${plural(links, 'lien', 'liens')} (Links) : non pris en charge`);
    const graphs = this.kids(this.kid(root, 'Graphs'), 'Graph').length;
    if (graphs > 0) this.report.skipped.push(`${plural(graphs, 'graphe', 'graphes')} : non pris en charge`);
    return this.report;
  }

  private importUsers(): void {
    for (const user of this.kids(this.kid(this.file.root, 'Users'), 'User')) {
      const name = user.getAttribute('name')?.trim() || user.getAttribute('id')?.trim() || user.getAttribute('guid') || 'Codeur importé';
      this.users.set(guidKey(user.getAttribute('guid')), ensureCoder(this.db, name, this.now).id);
      this.report.imported.coders++;
    }
  }

  private coderOf(element: Element): number | null {
    const guid = element.getAttribute('creatingUser');
    if (!guid) return null;
    const id = this.users.get(guidKey(guid));
    if (id === undefined) this.fail(`l’utilisateur ${guid} n’est pas déclaré dans Users`);
    return id;
  }

  /** The file's GUID when it is one and still free, else a new one (reported). */
  private keptGuid(guid: string | null, table: 'codes' | 'codings'): string {
    const key = guidKey(guid);
    if (guid && GUID.test(guid) && !this.usedGuids.has(key) && !guidTaken(this.db, table, guid.replace(/^\{|\}$/g, ''))) {
      this.usedGuids.add(key);
      return guid.replace(/^\{|\}$/g, '');
    }
    return crypto.randomUUID();
  }

  private importCodes(codes: Element | undefined, parentId: number | null): void {
    const taken = new Set(siblingCodeNames(this.db, parentId));
    const colors: string[] = [];
    for (const code of this.kids(codes, 'Code')) {
      const guid = code.getAttribute('guid');
      const key = guidKey(guid);
      if (this.codes.has(key)) this.fail(`le code ${guid} est déclaré deux fois`);
      const original = code.getAttribute('name')?.trim() || 'Code sans nom';
      let name = original;
      for (let n = 2; taken.has(name); n++) name = `${original} (${n})`;
      if (name !== original) this.report.remapped.push(`Code « ${original} » renommé « ${name} » (nom déjà pris à ce niveau)`);
      taken.add(name);
      const given = code.getAttribute('color');
      let color = hexColor(given);
      if (!color) {
        if (given) this.report.remapped.push(`Code « ${name} » : couleur « ${given} » illisible, remplacée`);
        color = nextPaletteColor(colors);
      }
      colors.push(color);
      if (code.getAttribute('isCodable') === 'false') this.uncodable++;
      const id = insertImportedCode(this.db, { parentId, name, color, ...splitDescription(childText(code, this.ns, 'Description')), guid: this.keptGuid(guid, 'codes') }, this.now);
      this.codes.set(key, id);
      this.report.imported.codes++;
      for (const ref of this.kids(code, 'NoteRef')) this.noteTargets.set(guidKey(ref.getAttribute('targetGUID')), { kind: 'code', codeId: id });
      if (this.kids(code, 'Code').length > 0) this.importCodes(code, id);
    }
  }

  private finishCodes(): void {
    if (this.uncodable > 0)
      this.report.remapped.push(`${plural(this.uncodable, 'code non codable (catégorie) importé', 'codes non codables (catégories) importés')} comme code ordinaire`);
  }

  private importVariables(): void {
    for (const variable of this.kids(this.kid(this.file.root, 'Variables'), 'Variable')) {
      const name = variable.getAttribute('name')?.trim() || 'Attribut sans nom';
      const given = variable.getAttribute('typeOfVariable');
      const type = variableType(given);
      if (given === 'Boolean' || given === 'DateTime') this.report.remapped.push(`Attribut « ${name} » (${given}) importé comme texte`);
      this.variables.set(guidKey(variable.getAttribute('guid')), { id: ensureAttribute(this.db, name, type), name });
      this.report.imported.variables++;
    }
  }

  /** The text of a TextSource-like element: its file in the zip or its inline content; null when absent. */
  private textOf(element: Element): string | null {
    const path = element.getAttribute('plainTextPath');
    if (path) {
      const match = /^([a-z]+):\/\/(.*)$/i.exec(path);
      const scheme = match ? match[1]!.toLowerCase() : 'internal';
      if (!match) this.report.remapped.push(`Chemin « ${path} » sans « internal:// » : lu dans l’archive`);
      if (scheme !== 'internal') return null;
      const inside = (match ? match[2]! : path).replace(/^\/+/, '').toLowerCase();
      const bytes = this.file.entries.get(`sources/${inside}`) ?? this.file.entries.get(inside);
      return bytes ? decodeSource(bytes) : null;
    }
    const inline = this.kid(element, 'PlainTextContent');
    return inline ? (inline.textContent ?? '') : null;
  }

  private forget(element: Element): void {
    for (const node of [element, ...Array.from(element.getElementsByTagNameNS(this.ns, '*'))]) {
      const guid = node.getAttribute('guid');
      if (guid) this.leftOut.add(guidKey(guid));
    }
  }

  private importSources(): void {
    for (const source of this.sourceElements()) {
      const name = source.getAttribute('name')?.trim() || 'Source sans nom';
      const kind = source.localName;
      if (kind === 'TextSource') {
        this.importTextSource(source, source, name);
      } else if (kind === 'PDFSource') {
        const representation = this.kid(source, 'Representation');
        const regions = this.kids(source, 'PDFSelection').length;
        if (regions > 0) this.report.skipped.push(`PDF « ${name} » : ${plural(regions, 'zone codée', 'zones codées')} (PDFSelection) non prises en charge`);
        for (const region of this.kids(source, 'PDFSelection')) this.forget(region);
        if (representation) this.importTextSource(representation, source, name);
        else {
          this.report.skipped.push(`PDF « ${name} » : pas de texte extrait (Representation), source non importée`);
          this.forget(source);
        }
      } else {
        const labels: Record<string, string> = { PictureSource: 'Image', AudioSource: 'Source audio', VideoSource: 'Source vidéo' };
        const label = labels[kind ?? ''] ?? kind;
        const transcripts = this.kids(source, 'Transcript').length;
        const lost = source.getElementsByTagNameNS(this.ns, 'Coding').length;
        const parts = [transcripts > 0 ? plural(transcripts, 'transcription', 'transcriptions') : '', lost > 0 ? plural(lost, 'codage perdu', 'codages perdus') : ''];
        const detail = parts.filter(Boolean).join(', ');
        this.report.skipped.push(`${label} « ${name} » : non prise en charge${detail ? ` (${detail})` : ''}`);
        this.forget(source);
      }
    }
  }

  private sourceElements(): Element[] {
    const sources = this.kid(this.file.root, 'Sources');
    const out: Element[] = [];
    for (let node = sources?.firstChild; node; node = node.nextSibling)
      if (node.nodeType === 1 && (node as Element).namespaceURI === this.ns) out.push(node as Element);
    return out;
  }

  /** `element` holds the text and its selections (a TextSource or a PDF's Representation); `source` names it. */
  private importTextSource(element: Element, source: Element, name: string): void {
    const raw = this.textOf(element);
    const selections = this.kids(element, 'PlainTextSelection');
    if (raw === null) {
      const count = selections.reduce((n, s) => n + this.kids(s, 'Coding').length, 0);
      this.report.skipped.push(
        `Source « ${name} » : fichier texte absent de l’archive${count > 0 ? `, ${plural(count, 'codage perdu', 'codages perdus')}` : ''}`,
      );
      this.forget(source);
      return;
    }
    const text = sourceText(this.crlfAsOne ? raw.replace(/\r\n/g, '\n') : raw, this.unit);
    if (raw.includes('\r\n')) this.report.remapped.push(`Source « ${name} » : fins de ligne CRLF converties en LF (positions décalées en conséquence)`);
    const documentId = insertDocument(
      this.db,
      { name: uniqueDocumentName(this.db, name), kind: 'text', text: text.text, sourceName: name, units: paragraphUnits(text.text), metadata: { format: 'refi-qda' } },
      this.now,
    );
    this.documents.set(guidKey(source.getAttribute('guid')), documentId);
    if (element !== source) this.documents.set(guidKey(element.getAttribute('guid')), documentId);
    this.report.imported.sources++;
    for (const ref of this.kids(source, 'NoteRef')) this.noteTargets.set(guidKey(ref.getAttribute('targetGUID')), { kind: 'document', documentId });
    for (const coding of this.kids(source, 'Coding')) if (text.text.length > 0) this.addCoding(coding, documentId, 0, text.text.length);
    for (const value of this.kids(source, 'VariableValue')) this.report.skipped.push(`Source « ${name} » : valeur d’attribut ${this.variableName(value)} (Balise les porte sur les cas)`);
    for (const selection of selections) this.importSelection(selection, documentId, text, name);
  }

  private variableName(value: Element): string {
    const ref = this.kid(value, 'VariableRef')?.getAttribute('targetGUID');
    const variable = this.variables.get(guidKey(ref));
    if (!variable) this.fail(`la variable ${ref ?? '(sans GUID)'} n’est pas déclarée`);
    return `« ${variable.name} »`;
  }

  private importSelection(selection: Element, documentId: number, text: SourceText, name: string): void {
    const start = Number(selection.getAttribute('startPosition'));
    const end = Number(selection.getAttribute('endPosition'));
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
      this.fail(`la sélection ${selection.getAttribute('guid')} de « ${name} » a des positions invalides (${start}–${end})`);
    if (end > text.length)
      this.fail(`la sélection ${selection.getAttribute('guid')} va jusqu’à la position ${end}, au-delà de la longueur de « ${name} » (${text.length})`);
    const from = text.offset(start);
    const to = text.offset(end);
    this.selections.set(guidKey(selection.getAttribute('guid')), { documentId, start: from, end: to });
    const codings = this.kids(selection, 'Coding');
    if (to <= from) {
      if (codings.length > 0) this.report.skipped.push(`Sélection vide dans « ${name} » (${start}–${end}) : ${plural(codings.length, 'codage', 'codages')} ignoré(s)`);
      return;
    }
    let first: number | undefined;
    for (const coding of codings) {
      const id = this.addCoding(coding, documentId, from, to);
      first ??= id;
    }
    for (const ref of this.kids(selection, 'NoteRef'))
      this.noteTargets.set(guidKey(ref.getAttribute('targetGUID')), first === undefined ? { kind: 'document', documentId } : { kind: 'coding', codingId: first });
  }

  private addCoding(coding: Element, documentId: number, start: number, end: number): number {
    const target = this.kid(coding, 'CodeRef')?.getAttribute('targetGUID');
    const codeId = this.codes.get(guidKey(target));
    if (codeId === undefined) this.fail(`un codage renvoie au code ${target ?? '(sans GUID)'}, absent du codebook`);
    const created = coding.getAttribute('creationDateTime');
    const id = insertImportedCoding(this.db, {
      documentId,
      codeId,
      start,
      end,
      coderId: this.coderOf(coding),
      createdAt: created && !Number.isNaN(Date.parse(created)) ? new Date(Date.parse(created)).toISOString() : this.now,
      guid: this.keptGuid(coding.getAttribute('guid'), 'codings'),
    });
    this.report.imported.codings++;
    return id;
  }

  private importCases(): void {
    for (const item of this.kids(this.kid(this.file.root, 'Cases'), 'Case')) {
      const original = item.getAttribute('name')?.trim() || 'Cas sans nom';
      let name = original;
      for (let n = 2; caseNameTaken(this.db, name); n++) name = `${original} (${n})`;
      if (name !== original) this.report.remapped.push(`Cas « ${original} » renommé « ${name} » (nom déjà pris)`);
      const caseId = insertCase(this.db, name, childText(item, this.ns, 'Description').trim());
      this.report.imported.cases++;
      for (const value of this.kids(item, 'VariableValue')) {
        const ref = this.kid(value, 'VariableRef')?.getAttribute('targetGUID');
        const variable = this.variables.get(guidKey(ref));
        if (!variable) this.fail(`le cas « ${original} » renvoie à la variable ${ref ?? '(sans GUID)'}, non déclarée`);
        const typed = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'].map((n) => this.kid(value, n)).find(Boolean);
        const text = typed?.textContent?.trim() ?? '';
        if (text !== '') setAttributeValue(this.db, caseId, variable.id, text);
      }
      for (const ref of this.kids(item, 'SourceRef')) {
        const key = guidKey(ref.getAttribute('targetGUID'));
        const documentId = this.documents.get(key);
        if (documentId !== undefined) linkCaseToDocument(this.db, caseId, documentId);
        else if (!this.leftOut.has(key)) this.fail(`le cas « ${original} » renvoie à la source ${ref.getAttribute('targetGUID')}, absente`);
      }
      for (const ref of this.kids(item, 'SelectionRef')) {
        const key = guidKey(ref.getAttribute('targetGUID'));
        const selection = this.selections.get(key);
        if (selection && selection.end > selection.start) linkCaseToDocument(this.db, caseId, selection.documentId, { start: selection.start, end: selection.end });
        else if (!selection && !this.leftOut.has(key)) this.fail(`le cas « ${original} » renvoie à la sélection ${ref.getAttribute('targetGUID')}, absente`);
      }
      const codeRefs = this.kids(item, 'CodeRef').length;
      if (codeRefs > 0) this.report.skipped.push(`Cas « ${name} » : ${plural(codeRefs, 'lien vers un code', 'liens vers des codes')} non pris en charge`);
    }
  }

  /** Sets of sources become document groups; sets of codes or notes are left out. */
  private importSets(): void {
    let left = 0;
    for (const set of this.kids(this.kid(this.file.root, 'Sets'), 'Set')) {
      if (this.kids(set, 'MemberCode').length > 0 || this.kids(set, 'MemberNote').length > 0) {
        left++;
        continue;
      }
      const documentIds: number[] = [];
      for (const member of this.kids(set, 'MemberSource')) {
        const key = guidKey(member.getAttribute('targetGUID'));
        const documentId = this.documents.get(key);
        if (documentId !== undefined) documentIds.push(documentId);
        else if (!this.leftOut.has(key)) this.fail(`l’ensemble « ${set.getAttribute('name') ?? ''} » renvoie à la source ${member.getAttribute('targetGUID')}, absente`);
      }
      const original = set.getAttribute('name')?.trim() || 'Ensemble importé';
      let name = original;
      for (let n = 2; findGroupNamed(this.db, name); n++) name = `${original} (${n})`;
      setGroupMembers(this.db, insertGroup(this.db, name), documentIds, true);
      this.report.remapped.push(`Ensemble « ${original} » importé comme groupe de documents « ${name} » (${plural(documentIds.length, 'document', 'documents')})`);
    }
    if (left > 0) this.report.skipped.push(`${plural(left, 'ensemble', 'ensembles')} de codes ou de notes (Sets) : non pris en charge`);
  }

  private importNotes(): void {
    const declared = new Map<string, Element>();
    for (const note of this.kids(this.kid(this.file.root, 'Notes'), 'Note')) declared.set(guidKey(note.getAttribute('guid')), note);
    for (const ref of this.kids(this.file.root, 'NoteRef')) this.noteTargets.set(guidKey(ref.getAttribute('targetGUID')), { kind: 'project' });
    for (const key of this.noteTargets.keys()) if (!declared.has(key)) this.fail(`une référence renvoie à la note ${key}, absente de Notes`);
    for (const [key, note] of declared) {
      const target = this.noteTargets.get(key) ?? { kind: 'project' };
      const text = this.textOf(note) ?? '';
      const title = note.getAttribute('name')?.trim() ?? '';
      insertMemo(
        this.db,
        {
          kind: target.kind,
          title,
          body: text,
          documentId: target.kind === 'document' ? target.documentId : null,
          codeId: target.kind === 'code' ? target.codeId : null,
          codingId: target.kind === 'coding' ? target.codingId : null,
          coderId: note.getAttribute('creatingUser') ? this.coderOf(note) : null,
        },
        this.now,
      );
      this.report.imported.notes++;
    }
  }
}

/**
 * Imports a REFI-QDA project (`.qdpx`) or codebook (`.qdc`) into the open project as one undoable
 * action. A broken file (not a zip, no project.qde, bad XML, a selection past its text, a reference
 * to nothing) imports nothing and says why in French; parts Balise does not support are listed in the report.
 */
export function importRefi(session: ProjectSession, fileName: string, bytes: Uint8Array): RefiImportReport {
  const file = openRefiFile(fileName, bytes);
  return session.action({ key: 'history.importRefi', params: { file: fileName } }, (db) => new RefiImport(db, fileName, file).run());
}
