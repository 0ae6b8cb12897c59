import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../electron/importers/import-error';
import { cellValue, excelDate, parseXlsx } from '../../../electron/importers/xlsx';

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function failure(bytes: Uint8Array, sheet?: string): Promise<{ problem: string; detail: string } | undefined> {
  try {
    await parseXlsx(bytes, sheet);
  } catch (error) {
    if (error instanceof ImportError) return { problem: error.problem, detail: error.detail };
    throw error;
  }
  return undefined;
}

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * A case table as a researcher makes it in Excel: a title merged across the table, French headers
 * (one in rich text, one merged over an empty column), decimals, dates, a formula with its cached
 * result, a hyperlink, booleans, a zone merged over two rows; and a second sheet.
 */
async function casWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cas = workbook.addWorksheet('Cas');
  cas.getCell('A1').value = 'Étude StESS — cas';
  cas.mergeCells('A1:I1');
  cas.getRow(2).values = ['Cas', 'Zone', null, 'Score', 'Début', 'Double', 'Fiche', 'Bénévole', 'Remarque'];
  cas.getCell('C2').value = { richText: [{ text: 'Rô', font: { bold: true } }, { text: 'le ' }] };
  cas.mergeCells('I2:J2');
  const rows: [string, string | null, string, number, Date, boolean][] = [
    ['E1', 'Zone 5', 'Professionnelle', 2.6, day(2023, 3, 14), true],
    ['E2', null, 'Médiatrice numérique', 3.25, day(2023, 3, 15), false],
    ['E3', 'Zone 2', 'Professionnelle', 4, day(2023, 4, 1), true],
    ['E4', 'Zone 2', 'Professionnel', 7.5, day(2023, 4, 2), false],
    ['E5', 'Zone 5', 'Professionnelle', 9, day(2023, 4, 3), true],
  ];
  rows.forEach(([id, zone, role, score, date, volunteer], i) => {
    const r = i + 3;
    cas.getRow(r).values = [id, zone, role, score, date, null, null, volunteer];
    cas.getCell(`F${r}`).value = { formula: `D${r}*2`, result: score * 2 };
    cas.getCell(`G${r}`).value = { text: `fiche ${id}`, hyperlink: `https://example.org/${id}` };
  });
  cas.mergeCells('B3:B4');
  cas.getCell('I3').value = { richText: [{ text: 'Très ' }, { text: 'à l’aise', font: { italic: true } }] };
  const codes = workbook.addWorksheet('Codes');
  codes.addRows([
    ['code', 'parent'],
    ['Freins', null],
    ['Liés aux publics', 'Freins'],
  ]);
  return toBytes(workbook);
}

describe('parseXlsx', () => {
  it('reads the first sheet: title skipped, header names, typed columns and cell values', async () => {
    const table = await parseXlsx(await casWorkbook());
    expect(table.source).toEqual({ format: 'xlsx', sheet: 'Cas', sheets: ['Cas', 'Codes'] });
    expect(table.columns).toEqual([
      { name: 'Cas', type: 'text' },
      { name: 'Zone', type: 'category' },
      { name: 'Rôle', type: 'category' },
      { name: 'Score', type: 'number' },
      { name: 'Début', type: 'date' },
      { name: 'Double', type: 'number' },
      { name: 'Fiche', type: 'text' },
      { name: 'Bénévole', type: 'category' },
      { name: 'Remarque', type: 'text' },
    ]);
    expect(table.rows).toEqual([
      ['E1', 'Zone 5', 'Professionnelle', 2.6, '2023-03-14', 5.2, 'fiche E1', 'oui', 'Très à l’aise'],
      ['E2', null, 'Médiatrice numérique', 3.25, '2023-03-15', 6.5, 'fiche E2', 'non', null],
      ['E3', 'Zone 2', 'Professionnelle', 4, '2023-04-01', 8, 'fiche E3', 'oui', null],
      ['E4', 'Zone 2', 'Professionnel', 7.5, '2023-04-02', 15, 'fiche E4', 'non', null],
      ['E5', 'Zone 5', 'Professionnelle', 9, '2023-04-03', 18, 'fiche E5', 'oui', null],
    ]);
  });

  it('reads a sheet by name', async () => {
    const table = await parseXlsx(await casWorkbook(), 'Codes');
    expect(table.source).toEqual({ format: 'xlsx', sheet: 'Codes', sheets: ['Cas', 'Codes'] });
    expect(table.columns).toEqual([
      { name: 'code', type: 'text' },
      { name: 'parent', type: 'text' },
    ]);
    expect(table.rows).toEqual([
      ['Freins', null],
      ['Liés aux publics', 'Freins'],
    ]);
  });

  it('names an unknown sheet', async () => {
    expect(await failure(await casWorkbook(), 'Répondants')).toEqual({ problem: 'CORRUPT_FILE', detail: 'feuille introuvable : Répondants' });
  });

  it('applies the header rules of CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Nombres').addRows([
      [2021, 2022, 2023],
      [1, 2, 3],
    ]);
    workbook.addWorksheet('Sans nom').addRows([
      ['Cas', 'Zone'],
      ['E1', 'Zone 1', 'en trop'],
    ]);
    workbook.addWorksheet('Vide');
    const bytes = await toBytes(workbook);
    expect((await failure(bytes))?.problem).toBe('NO_HEADER');
    expect(await failure(bytes, 'Sans nom')).toEqual({ problem: 'NO_HEADER', detail: 'colonne 3 sans nom' });
    expect(await failure(bytes, 'Vide')).toEqual({ problem: 'EMPTY_FILE', detail: 'feuille vide : Vide' });
  });

  it('tells empty, corrupt, truncated, encrypted and legacy files apart', async () => {
    const valid = await casWorkbook();
    expect((await failure(new Uint8Array()))?.problem).toBe('EMPTY_FILE');
    expect((await failure(new TextEncoder().encode('Cas;Zone\nE1;Zone 1\n')))?.problem).toBe('CORRUPT_FILE');
    expect((await failure(valid.slice(0, Math.floor(valid.length / 2))))?.problem).toBe('CORRUPT_FILE');
    const corrupted = valid.slice();
    corrupted.fill(0x41, 200, 2000);
    expect((await failure(corrupted))?.problem).toBe('CORRUPT_FILE');

    const docx = new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures/entretien-conseillere-logement.docx')));
    expect(await failure(docx)).toEqual({ problem: 'CORRUPT_FILE', detail: 'aucune feuille de calcul' });

    const ole = new Uint8Array(1536);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const legacy = await failure(ole);
    expect(legacy?.problem).toBe('UNSUPPORTED_TYPE');
    ole.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1024);
    expect(await failure(ole)).toEqual({ problem: 'PASSWORD_PROTECTED', detail: '' });
  });
});

describe('cell values', () => {
  it('turns Excel values into what the researcher sees', () => {
    expect(cellValue(true)).toBe('oui');
    expect(cellValue(false)).toBe('non');
    expect(cellValue({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toBeNull();
    expect(cellValue({ formula: 'A1*2' })).toBeNull();
    expect(cellValue({ formula: 'A1>0', result: true })).toBe('oui');
    expect(cellValue({ sharedFormula: 'B2', result: 'Zone 1' })).toBe('Zone 1');
    expect(cellValue({ text: 'site', hyperlink: 'https://example.org' })).toBe('site');
    expect(cellValue({ error: '#N/A' })).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });

  it('writes dates as ISO days, keeping a time when there is one', () => {
    expect(excelDate(day(2023, 3, 14))).toBe('2023-03-14');
    expect(excelDate(new Date(Date.UTC(2022, 10, 11, 14, 41)))).toBe('2022-11-11 14:41');
    expect(excelDate(new Date(Date.UTC(1899, 11, 30, 9, 30, 15)))).toBe('09:30:15');
    expect(excelDate(new Date(Number.NaN))).toBeNull();
  });
});
