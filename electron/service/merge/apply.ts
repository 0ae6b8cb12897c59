import { ensureAttribute, insertCase, setAttributeValue } from '../../db/repositories/cases';
import { uniqueDocumentName } from '../../db/repositories/document-lookup';
import { insertMemo } from '../../db/repositories/memos';
import { insertCoder, insertMergedDocument, insertMergedLink, insertMergedUnit, renameMergedCode, setKeyQuote, type MergeRows } from '../../db/repositories/merge';
import { caseNameTaken, insertImportedCode, insertImportedCoding, guidTaken, siblingCodeNames } from '../../db/repositories/refi-import';
import type { Db } from '../../db/open';
import { listCoders } from '../../db/repositories/coders';
import type { Landing, MergePlan } from './plan';

/** Ids of what the merge created, by their id in the other project. */
class Created {
  private readonly ids = new Map<number, number>();
  set(theirId: number, id: number): void {
    this.ids.set(theirId, id);
  }
  resolve(landing: Landing): number {
    if ('mine' in landing) return landing.mine;
    const id = this.ids.get(landing.their);
    if (id === undefined) throw new Error(`merge: ${landing.their} not created`);
    return id;
  }
  get(theirId: number): number | undefined {
    return this.ids.get(theirId);
  }
}

function freeName(taken: readonly string[], wanted: string): string {
  let name = wanted;
  for (let n = 2; taken.includes(name); n++) name = `${wanted} (${n})`;
  return name;
}

function applyCodes(db: Db, plan: MergePlan, now: string): Created {
  const codes = new Created();
  const parentOf = (theirParent: number | null): number | null => {
    if (theirParent === null) return null;
    const step = plan.codes.find((s) => s.their.id === theirParent);
    if (!step || step.action === 'skip') return null;
    return step.action === 'use' ? step.mineId : (codes.get(theirParent) ?? null);
  };
  for (const step of plan.codes) {
    if (step.action === 'use') {
      codes.set(step.their.id, step.mineId);
      if (step.rename) {
        // « Prendre leur nom »: their name, under their parent when it is here; kept when that name is taken there.
        const parentId = step.their.parentId === null ? null : (parentOf(step.their.parentId) ?? undefined);
        const target = parentId === undefined ? (db.prepare('SELECT parent_id AS p FROM codes WHERE id = ?').get(step.mineId) as { p: number | null }).p : parentId;
        if (!siblingCodeNames(db, target).includes(step.their.name)) renameMergedCode(db, step.mineId, step.their.name, target);
      }
    } else if (step.action === 'create') {
      const parentId = parentOf(step.their.parentId);
      const { their } = step;
      const guid = guidTaken(db, 'codes', their.guid) ? crypto.randomUUID() : their.guid;
      const id = insertImportedCode(
        db,
        { parentId, name: freeName(siblingCodeNames(db, parentId), their.name), color: their.color, description: their.description, inclusion: their.inclusion, exclusion: their.exclusion, guid },
        now,
      );
      codes.set(their.id, id);
    }
  }
  return codes;
}

function applyDocuments(db: Db, plan: MergePlan, theirs: MergeRows, now: string): { documents: Created; units: Created } {
  const documents = new Created();
  const units = new Created();
  const theirDocs = new Map(theirs.documents.map((d) => [d.id, d]));
  for (const { match } of plan.documents) {
    if (match.kind !== 'new') continue;
    const doc = theirDocs.get(match.theirId)!;
    const id = insertMergedDocument(db, doc, uniqueDocumentName(db, doc.name), now);
    documents.set(doc.id, id);
    // Units are read in id order: a parent is always inserted before its children.
    for (const unit of theirs.units) {
      if (unit.documentId !== doc.id) continue;
      units.set(unit.id, insertMergedUnit(db, id, unit.parentId === null ? null : (units.get(unit.parentId) ?? null), unit));
    }
  }
  return { documents, units };
}

/** Runs a plan inside the caller's transaction (the undoable action). */
export function applyMergePlan(db: Db, plan: MergePlan, theirs: MergeRows): void {
  const now = new Date().toISOString();
  for (const [name, color] of plan.coders) if (color !== null) insertCoder(db, name, color, now);
  const coderIds = new Map(listCoders(db).map((c) => [c.name, c.id]));
  const coderOf = (name: string | null) => (name === null ? null : (coderIds.get(name) ?? null));

  const codes = applyCodes(db, plan, now);
  const { documents, units } = applyDocuments(db, plan, theirs, now);
  const documentLanding = new Map(plan.documents.map((d) => [d.match.theirId, d.landing]));

  const codings = new Created();
  for (const { their, start, end } of plan.codings) {
    const id = insertImportedCoding(db, {
      documentId: documents.resolve(documentLanding.get(their.documentId)!),
      codeId: codes.get(their.codeId)!,
      start,
      end,
      coderId: coderOf(their.coderName),
      createdAt: their.createdAt,
      guid: their.guid,
    });
    if (their.keyQuote) setKeyQuote(db, id);
    codings.set(their.id, id);
  }

  for (const { memo, target } of plan.memos) {
    const id = target === null ? null : memo.kind === 'document' ? documents.resolve(target) : memo.kind === 'code' ? codes.resolve(target) : codings.resolve(target);
    insertMemo(
      db,
      {
        kind: memo.kind,
        title: memo.title,
        body: memo.body,
        text: memo.text,
        documentId: memo.kind === 'document' ? id : null,
        codeId: memo.kind === 'code' ? id : null,
        codingId: memo.kind === 'coding' ? id : null,
        coderId: coderOf(memo.coderName),
      },
      now,
    );
  }

  const cases = new Created();
  for (const item of plan.cases.newCases) {
    if (caseNameTaken(db, item.name)) throw new Error(`merge: case ${item.name} already here`);
    cases.set(item.id, insertCase(db, item.name, item.description));
  }
  for (const { caseLanding, attribute, value } of plan.cases.values) setAttributeValue(db, cases.resolve(caseLanding), ensureAttribute(db, attribute.name, attribute.type), value);
  for (const { caseLanding, documentLanding: at, link, unit } of plan.cases.links)
    insertMergedLink(db, { ...link, caseId: cases.resolve(caseLanding), documentId: documents.resolve(at), unitId: unit === null ? null : units.resolve(unit) });
}
