import type { Coder } from '../../../shared/domain/project';
import type { Db } from '../open';

const CODER_COLORS = ['#1f6feb', '#8250df', '#bf3989', '#0a7d5a', '#9a6700', '#cf222e'];

/** Finds the coder by name, or records a new one with `preferred` colour, or else the next colour. */
export function ensureCoder(db: Db, name: string, now: string, preferred?: string): Coder {
  const existing = db.prepare('SELECT id, name, color FROM coders WHERE name = ?').get(name) as Coder | undefined;
  if (existing) return existing;
  const count = (db.prepare('SELECT count(*) AS n FROM coders').get() as { n: number }).n;
  const color = preferred ?? CODER_COLORS[count % CODER_COLORS.length]!;
  const info = db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)').run(name, color, now);
  return { id: Number(info.lastInsertRowid), name, color };
}

export function listCoders(db: Db): Coder[] {
  return db.prepare('SELECT id, name, color FROM coders ORDER BY name COLLATE NOCASE, id').all() as Coder[];
}

/** A coder's colour in this project (their stripes when stripes show the coder). */
export function setCoderColor(db: Db, id: number, color: string): void {
  db.prepare('UPDATE coders SET color = ? WHERE id = ?').run(color, id);
}
