import { ImportError } from '../importers/import-error';
import type { CodebookImportResult } from '../../shared/domain/table-import';
import type { ImportedTable } from '../../shared/import/table';
import { findChildCode, insertCodeSeeds } from '../db/repositories/codebook';
import type { Db } from '../db/open';

const NAME = ['code', 'nom', 'name'];
const PARENT = ['parent', 'famille', 'parent code'];
const COLOR = ['couleur', 'color', 'colour'];
const DESCRIPTION = ['description', 'définition', 'definition'];
const FALLBACK_COLOR = '#7f8c8d';

function column(table: ImportedTable, names: string[]): number {
  return table.columns.findIndex((c) => names.includes(c.name.trim().toLowerCase()));
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A codebook table needs a column naming the codes. */
export function assertCodebookTable(table: ImportedTable): void {
  if (column(table, NAME) < 0) throw new ImportError('NO_HEADER', 'colonne « code » attendue');
}

/**
 * Merges a codebook table (code, parent, couleur, description) into the project's codebook by
 * name path: existing codes are kept as they are, missing ones are added under their parent
 * (a parent may be a path `Famille/Sous-famille`, or a code defined on another row).
 */
export function importCodebookTable(db: Db, table: ImportedTable, now: string): CodebookImportResult {
  const nameAt = column(table, NAME);
  const parentAt = column(table, PARENT);
  const colorAt = column(table, COLOR);
  const descriptionAt = column(table, DESCRIPTION);
  const rows = table.rows.map((r) => ({
    name: text(r[nameAt]),
    parent: parentAt >= 0 ? text(r[parentAt]) : '',
    color: colorAt >= 0 && /^#[0-9a-f]{6}$/i.test(text(r[colorAt])) ? text(r[colorAt]).toLowerCase() : FALLBACK_COLOR,
    description: descriptionAt >= 0 ? text(r[descriptionAt]) : '',
  }));
  const byName = new Map(rows.filter((r) => r.name).map((r) => [r.name, r]));
  const result: CodebookImportResult = { created: 0, existing: 0 };
  const resolved = new Map<string, number>();

  const ensure = (name: string, trail: string[]): number => {
    const known = resolved.get(name);
    if (known !== undefined) return known;
    const row = byName.get(name) ?? { name, parent: '', color: FALLBACK_COLOR, description: '' };
    let parentId: number | null = null;
    if (row.parent && !trail.includes(row.parent)) {
      for (const part of row.parent.split('/').map((p) => p.trim()).filter(Boolean)) {
        parentId = byName.has(part) ? ensure(part, [...trail, name]) : ensurePath(parentId, part);
      }
    }
    const existing = findChildCode(db, parentId, name);
    let id: number;
    if (existing !== undefined) {
      id = existing;
      result.existing += 1;
    } else {
      insertCodeSeeds(db, [{ name, color: row.color, description: row.description }], now, parentId);
      id = findChildCode(db, parentId, name)!;
      result.created += 1;
    }
    resolved.set(name, id);
    return id;
  };
  const ensurePath = (parentId: number | null, name: string): number => {
    const existing = findChildCode(db, parentId, name);
    if (existing !== undefined) return existing;
    insertCodeSeeds(db, [{ name, color: FALLBACK_COLOR, description: '' }], now, parentId);
    result.created += 1;
    return findChildCode(db, parentId, name)!;
  };
  for (const row of rows) if (row.name) ensure(row.name, []);
  return result;
}
