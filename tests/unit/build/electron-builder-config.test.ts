import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..', '..');
const configFile = path.join(root, 'build', 'electron-builder.yml');
const config = parse(fs.readFileSync(configFile, 'utf8')) as Record<string, unknown> & {
  fileAssociations: Record<string, unknown>[];
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: string[] };
  mac: { target: string[] };
  files: string[];
  asarUnpack: string[];
};
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * electron-builder's schema, compiled without type coercion (electron-builder itself coerces, so
 * this is stricter). Its `typeof` keyword (functions in JS configs) is defined as ajv-keywords does.
 */
function schemaValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allowUnionTypes: true, strict: false, allErrors: true });
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

describe('build/electron-builder.yml', () => {
  const validate = schemaValidator();

  it('is valid for electron-builder’s own JSON schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a mistake (it is not a no-op)', () => {
    expect(validate({ ...config, fileAsociations: [] })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
    expect(validate({ ...config, fileAssociations: [{ name: 'sans extension' }] })).toBe(false);
  });

  it('identifies the app and writes to release/', () => {
    expect(config.appId).toBe('fr.balise.app');
    expect(config.productName).toBe('Balise');
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, DMG for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category.split(';')).toEqual(['Science', 'Education']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .balise files with Balise', () => {
    expect(config.fileAssociations).toHaveLength(1);
    const association = config.fileAssociations[0]!;
    expect(association).toMatchObject({ ext: 'balise', name: 'Projet Balise', role: 'Editor', mimeType: 'application/x-balise' });
    expect(typeof association.description).toBe('string');
    // No extension: electron-builder takes document.ico on Windows, document.icns on macOS.
    const icon = path.join(root, String(association.icon));
    for (const ext of ['.ico', '.icns']) expect(fs.existsSync(icon + ext), icon + ext).toBe(true);
    expect(fs.readFileSync(`${icon}.icns`).toString('ascii', 0, 4)).toBe('icns');
    expect(fs.readFileSync(`${icon}.ico`).readUInt16LE(2)).toBe(1);
  });

  it('ships only the bundles, with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.files).toContain('dist/**');
    expect(config.files).toContain('package.json');
    expect(config.files.some((p) => p.startsWith('!') && p.includes('tests'))).toBe(true);
    expect(config.files.some((p) => p.startsWith('!') && p.includes('electron'))).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.yml');
    expect(pkg.scripts.dist).toMatch(/rebuild:node$/);
    expect(pkg.scripts['rebuild:electron']).toContain('install-app-deps');
    expect(pkg.scripts.postinstall).toBeUndefined();
  });

  it('has a 512×512 PNG application icon', () => {
    expect(config.icon).toBe('build/icons/icon.png');
    expect(pngSize(path.join(root, 'build', 'icons', 'icon.png'))).toEqual({ width: 512, height: 512 });
  });
});
