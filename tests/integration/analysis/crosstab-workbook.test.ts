/**
 * The code × attribute workbook on the demo project (shared/demo/corpus.ts). Worked by hand:
 * Rôle is Professionnel for E01 and E07 (2 cases), Binôme for B04, Médiateur for M02 (1 case each).
 * - Freins › Liés aux publics: E01, E07, M02 → Professionnel 2 of 2 cases, Médiateur 1 of 1, Binôme 0; 3 of 4 in all.
 * - Freins › Processus internes: E01, B04 (« faute de temps ») → Professionnel 1 of 2, Binôme 1 of 1; 2 of 4.
 * - Savoir-faire › Mise en capacité: E01, E07 → Professionnel 2 of 2; 2 of 4.
 * Under Zone = Zone 5 or Zone 2 only E01 (Professionnel) and B04 (Binôme) are left:
 * Processus internes is 1 passage in each, 2 in all.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../electron/service';
import { testService } from '../support/temp';

async function demo(): Promise<{ service: Service; code: (path: string) => number; attribute: (name: string) => number }> {
  const { service } = testService();
  await service.call('projects:openDemo', {});
  const codes = await service.call('codebook:list', {});
  const facets = await service.call('extracts:facets', {});
  return {
    service,
    code: (path) => codes.find((c) => c.path === path)!.id,
    attribute: (name) => facets.attributes.find((a) => a.name === name)!.id,
  };
}

async function readSheet(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** The sheet's rows as plain values, from row 1. */
function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The cell of the code's row under the column whose header starts with `column`. */
function cellOf(sheet: ExcelJS.Worksheet, headerAt: number, code: string, column: string): ExcelJS.Cell {
  const header = (sheet.getRow(headerAt).values as unknown[]).slice(1).map(String);
  const c = header.findIndex((h) => h.startsWith(column));
  expect(c, `column ${column} in ${header.join(' | ')}`).toBeGreaterThanOrEqual(0);
  let found: ExcelJS.Cell | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === code) found = row.getCell(c + 1);
  });
  expect(found, `row ${code}`).not.toBeNull();
  return found!;
}

describe('code × attribute workbook', () => {
  it('writes the title, the measure, a bold frozen header with the column cases, and percents as numbers', async () => {
    const { service, code, attribute } = await demo();
    const { fileName, base64 } = await service.call('analysis:crosstabWorkbook', {
      codeIds: [code('Freins/Liés aux publics'), code('Freins/Processus internes'), code('Savoir-faire/Mise en capacité')],
      withChildren: false,
      attributeIds: [attribute('Rôle')],
      cell: 'casePercent',
      title: 'Codes × Rôle — % des cas',
    });
    expect(fileName).toBe('Codes-x-Rôle-des-cas.xlsx');
    const sheet = await readSheet(base64);
    const rows = values(sheet);
    expect(rows[0]).toEqual(['Codes × Rôle — % des cas']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(rows[1]).toEqual(['Cellules : % des cas']);
    expect(rows[2]).toEqual(['Filtres : aucun']);
    const headerAt = rows.findIndex((row) => row[0] === 'Code') + 1;
    expect(headerAt).toBe(5);
    expect([...rows[headerAt - 1]!].sort()).toEqual(['Binôme (n = 1)', 'Code', 'Médiateur (n = 1)', 'Professionnel (n = 2)', 'Total'].sort());
    expect(rows[headerAt - 1]![0]).toBe('Code');
    expect(rows[headerAt - 1]!.at(-1)).toBe('Total');
    expect(sheet.getRow(headerAt).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: headerAt });

    expect(cellOf(sheet, headerAt, 'Freins/Liés aux publics', 'Professionnel').value).toBe(1);
    expect(cellOf(sheet, headerAt, 'Freins/Liés aux publics', 'Médiateur').value).toBe(1);
    expect(cellOf(sheet, headerAt, 'Freins/Liés aux publics', 'Binôme').value).toBe(0);
    expect(cellOf(sheet, headerAt, 'Freins/Liés aux publics', 'Total').value).toBe(0.75);
    expect(cellOf(sheet, headerAt, 'Freins/Processus internes', 'Professionnel').value).toBe(0.5);
    expect(cellOf(sheet, headerAt, 'Freins/Processus internes', 'Binôme').value).toBe(1);
    expect(cellOf(sheet, headerAt, 'Freins/Processus internes', 'Total').value).toBe(0.5);
    expect(cellOf(sheet, headerAt, 'Savoir-faire/Mise en capacité', 'Professionnel').value).toBe(1);
    expect(cellOf(sheet, headerAt, 'Savoir-faire/Mise en capacité', 'Professionnel').numFmt).toBe('0.0%');
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('Savoir-faire/Mise en capacité'.length);
  });

  it('says the filters in words and counts passages under them', async () => {
    const { service, code, attribute } = await demo();
    const { base64 } = await service.call('analysis:crosstabWorkbook', {
      codeIds: [code('Freins/Processus internes')],
      withChildren: true,
      attributeIds: [attribute('Rôle')],
      filters: { attributes: [{ attributeId: attribute('Zone'), values: ['Zone 5', 'Zone 2'] }] },
      cell: 'passages',
      title: 'Processus internes × Rôle',
    });
    const sheet = await readSheet(base64);
    const rows = values(sheet);
    expect(rows[1]).toEqual(['Cellules : Passages']);
    expect(rows[2]).toEqual(['Filtres : Zone : Zone 5 ou Zone 2']);
    expect(rows[3]).toEqual(['Chaque code compte aussi les passages de ses sous-codes.']);
    const headerAt = rows.findIndex((row) => row[0] === 'Code') + 1;
    expect(rows[headerAt - 1]).toContain('Professionnel (n = 1)');
    expect(rows[headerAt - 1]).toContain('Binôme (n = 1)');
    const passages = cellOf(sheet, headerAt, 'Freins/Processus internes', 'Professionnel');
    expect(passages.value).toBe(1);
    expect(passages.numFmt ?? 'General').not.toContain('%');
    expect(cellOf(sheet, headerAt, 'Freins/Processus internes', 'Binôme').value).toBe(1);
    expect(cellOf(sheet, headerAt, 'Freins/Processus internes', 'Total').value).toBe(2);
  });

  it('makes a column per combination of values (Branche × Rôle), each with its case', async () => {
    const { service, code, attribute } = await demo();
    const { base64 } = await service.call('analysis:crosstabWorkbook', {
      codeIds: [code('Freins/Liés aux publics')],
      withChildren: false,
      attributeIds: [attribute('Branche'), attribute('Rôle')],
      cell: 'passages',
      title: 'Liés aux publics × Branche × Rôle',
    });
    const sheet = await readSheet(base64);
    const rows = values(sheet);
    const headerAt = rows.findIndex((row) => row[0] === 'Code') + 1;
    expect(rows[headerAt - 1]).toEqual([
      'Code',
      'Aide à domicile × Médiateur (n = 1)',
      'Foyers de jeunes travailleurs × Professionnel (n = 1)',
      'Missions locales × Professionnel (n = 1)',
      'Régies de quartier × Binôme (n = 1)',
      'Total',
    ]);
    expect(rows[headerAt]).toEqual(['Freins/Liés aux publics', 1, 1, 1, 0, 3]);
  });
});
