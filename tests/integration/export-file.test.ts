import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../electron/export-file';
import { tempDir } from './support/temp';

describe('writing an exported file', () => {
  it('replaces the target whole and leaves no temporary file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'extraits.csv');
    fs.writeFileSync(target, 'ancien contenu');
    writeFileAtomically(target, Buffer.from('nouveau;contenu\n'));
    expect(fs.readFileSync(target, 'utf8')).toBe('nouveau;contenu\n');
    expect(fs.readdirSync(dir)).toEqual(['extraits.csv']);
  });

  it('leaves the old file untouched and nothing else when the write fails', () => {
    const dir = tempDir();
    const target = path.join(dir, 'extraits.csv');
    fs.writeFileSync(target, 'ancien contenu');
    // A directory where the file should be renamed: the rename fails after the bytes were written.
    const blocked = path.join(dir, 'dossier');
    fs.mkdirSync(path.join(blocked, 'occupé'), { recursive: true });
    expect(() => writeFileAtomically(blocked, Buffer.from('x'))).toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['dossier', 'extraits.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('ancien contenu');
  });
});
