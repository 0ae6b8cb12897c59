import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import { TextRemapper } from '../../../shared/coding/remap';
import type { RemovedCoding, TextEditResult } from '../../../shared/domain/text-edit';
import { BaliseError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { nextRevision } from '../../db/repositories/revisions';
import {
  codingsForEdit,
  documentForEdit,
  rangedCaseLinksForEdit,
  unitsForEdit,
  writeTextEdit,
  type RangedRow,
  type TextEditWrite,
} from '../../db/repositories/text-edits';
import type { ActionLabel } from '../action-label';
import type { Handlers } from '../context';

const EXCERPT_LENGTH = 80;

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= EXCERPT_LENGTH ? line : `${line.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/** Text as stored: NFC (shared/offsets.ts), LF line ends like every importer writes. */
export function normaliseEditedText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

interface Plan {
  name: string;
  result: TextEditResult;
  write: TextEditWrite | null;
}

/** What the edit does to the document's ranges; reads only. */
function plan(db: Db, id: number, text: string, revision: number, preview: boolean): Plan {
  const doc = documentForEdit(db, id);
  if (!doc) throw new BaliseError('NOT_FOUND', { what: `Document ${id}` });
  if (doc.revision !== revision) throw new BaliseError('DOCUMENT_CHANGED', { name: doc.name });
  const codings = codingsForEdit(db, id);
  if (text === doc.text) {
    return { name: doc.name, write: null, result: { preview, changed: false, revision: doc.revision, codingsKept: codings.length, codingsRemoved: 0, removed: [] } };
  }
  const remapper = TextRemapper.between(doc.text, text);
  const moved: RangedRow[] = [];
  const removed: RemovedCoding[] = [];
  for (const coding of codings) {
    const range = remapper.mapRange(coding, 'exclusive');
    if (!range) removed.push({ id: coding.id, codeName: coding.codeName, excerpt: excerpt(doc.text.slice(coding.start, coding.end)) });
    else if (range.start !== coding.start || range.end !== coding.end) moved.push({ id: coding.id, ...range });
  }
  const units: RangedRow[] = [];
  for (const unit of unitsForEdit(db, id)) {
    const range = remapper.mapRange(unit, 'inclusive', true)!;
    if (range.start !== unit.start || range.end !== unit.end) units.push({ id: unit.id, ...range });
  }
  const links: TextEditWrite['caseLinks'] = { moved: [], removed: [] };
  for (const link of rangedCaseLinksForEdit(db, id)) {
    const range = remapper.mapRange(link, 'inclusive');
    if (!range) links.removed.push(link.id);
    else if (range.start !== link.start || range.end !== link.end) links.moved.push({ id: link.id, ...range });
  }
  return {
    name: doc.name,
    // The new revision is given when the edit is written (nextRevision).
    write: { documentId: id, text, revision: doc.revision, codings: { moved, removed: removed.map((r) => r.id) }, units, caseLinks: links },
    result: {
      preview,
      changed: true,
      revision: doc.revision,
      codingsKept: codings.length - removed.length,
      codingsRemoved: removed.length,
      removed,
    },
  };
}

export const editTextHandlers: Handlers<'documents:editText'> = {
  'documents:editText': ({ id, text, revision, preview }, context) => {
    const session = context.requireProject();
    if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_FILE_BYTES) {
      throw new BaliseError('TEXT_TOO_LARGE', { limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024 });
    }
    const newText = normaliseEditedText(text);
    if (preview) return plan(session.db, id, newText, revision, true).result;

    const planned = plan(session.db, id, newText, revision, false);
    if (!planned.write) return planned.result;
    const write = planned.write;
    const count = planned.result.codingsRemoved;
    const label: ActionLabel =
      count === 0
        ? { key: 'history.editText', params: { document: planned.name } }
        : { key: count === 1 ? 'history.editTextRemoved.one' : 'history.editTextRemoved', params: { document: planned.name, count } };
    // Writes run one after another (service/index.ts), so nothing changed since the plan; the
    // revision is checked again in the transaction all the same.
    const saved = session.action(label, (db) => {
      if (documentForEdit(db, id)?.revision !== revision) throw new BaliseError('DOCUMENT_CHANGED', { name: planned.name });
      const next = nextRevision(db, revision);
      writeTextEdit(db, { ...write, revision: next });
      return next;
    });
    context.emit('project:changed', { project: session.info() });
    return { ...planned.result, revision: saved };
  },
};
