import type { DocumentGroup } from '../../../shared/domain/document';
import type { Db } from '../open';
import { statement } from '../statements';

/** Document groups (sets) in their order, each with its documents in the documents' order. */
export function listGroups(db: Db): DocumentGroup[] {
  const groups = statement(db, 'SELECT id, name FROM document_groups ORDER BY position, id').all() as { id: number; name: string }[];
  const members = statement(
    db,
    `SELECT m.group_id AS groupId, m.document_id AS documentId FROM document_group_members m
     JOIN documents d ON d.id = m.document_id ORDER BY d.position, d.id`,
  ).all() as { groupId: number; documentId: number }[];
  const byGroup = new Map<number, number[]>(groups.map((g) => [g.id, []]));
  for (const member of members) byGroup.get(member.groupId)?.push(member.documentId);
  return groups.map((g) => ({ id: g.id, name: g.name, documentIds: byGroup.get(g.id) ?? [] }));
}

export function getGroup(db: Db, id: number): { id: number; name: string } | undefined {
  return statement(db, 'SELECT id, name FROM document_groups WHERE id = ?').get(id) as { id: number; name: string } | undefined;
}

/** How two group names compare for uniqueness: trimmed, NFC, case folded (« Zone 5 » = « zone 5 »). */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('fr');
}

/** The group, other than `exceptId`, that already has this name (case aside), if any. */
export function findGroupNamed(db: Db, name: string, exceptId?: number): { id: number; name: string } | undefined {
  const key = nameKey(name);
  const all = statement(db, 'SELECT id, name FROM document_groups').all() as { id: number; name: string }[];
  return all.find((g) => g.id !== exceptId && nameKey(g.name) === key);
}

export function insertGroup(db: Db, name: string): number {
  const position = (statement(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM document_groups').get() as { p: number }).p;
  return Number(statement(db, 'INSERT INTO document_groups (name, position) VALUES (?, ?)').run(name, position).lastInsertRowid);
}

export function renameGroup(db: Db, id: number, name: string): void {
  statement(db, 'UPDATE document_groups SET name = ? WHERE id = ?').run(name, id);
}

/** Deletes a group; its memberships go with it (the documents stay). */
export function deleteGroup(db: Db, id: number): void {
  statement(db, 'DELETE FROM document_groups WHERE id = ?').run(id);
}

/** Ids among `ids` that are not documents of the project. */
export function missingDocuments(db: Db, ids: readonly number[]): number[] {
  const exists = statement(db, 'SELECT 1 FROM documents WHERE id = ?');
  return ids.filter((id) => exists.get(id) === undefined);
}

/** Adds or removes documents; returns how many memberships changed. */
export function setGroupMembers(db: Db, groupId: number, documentIds: readonly number[], member: boolean): number {
  const change = member
    ? statement(db, 'INSERT OR IGNORE INTO document_group_members (group_id, document_id) VALUES (?, ?)')
    : statement(db, 'DELETE FROM document_group_members WHERE group_id = ? AND document_id = ?');
  let changed = 0;
  for (const documentId of new Set(documentIds)) changed += change.run(groupId, documentId).changes;
  return changed;
}
