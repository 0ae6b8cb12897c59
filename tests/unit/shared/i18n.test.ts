import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes, toWireError } from '../../../shared/errors';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { translate } from '../../../shared/i18n';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !relative.startsWith(path.join('shared', 'i18n')) ? [relative] : [];
  });
}

describe('i18n catalogues', () => {
  it('define the same keys in French and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(fr[key]));
    }
  });

  it('have a message for every error code, and every key is used somewhere in the code', () => {
    for (const code of errorCodes) {
      const wire = toWireError(code, {});
      expect(wire.message.fr).not.toContain('undefined');
      expect(Object.keys(fr)).toContain(`error.${code}`);
    }
    const sources = ['shared', 'electron', 'renderer'].flatMap(sourceFiles).map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
    const all = sources.join('\n');
    const unused = Object.keys(fr).filter((key) => !key.startsWith('error.') && !all.includes(`'${key}'`) && !all.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('fill parameters and format numbers per language', () => {
    expect(translate('fr', 'codebook.count', { count: 1234 })).toBe('1\u202f234 codes');
    expect(translate('en', 'codebook.count', { count: 1234 })).toBe('1,234 codes');
    expect(translate('fr', 'error.FILE_NOT_FOUND', { path: '/x.balise' })).toBe('Le fichier « /x.balise » est introuvable.');
  });
});
