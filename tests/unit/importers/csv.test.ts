import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/importers/csv';
import { ImportError } from '../../../electron/importers/import-error';
import type { ImportedTable } from '../../../shared/import/table';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function failure(bytes: Uint8Array): { problem: string; detail: string } | undefined {
  try {
    parseCsv(bytes);
  } catch (error) {
    if (error instanceof ImportError) return { problem: error.problem, detail: error.detail };
    throw error;
  }
  return undefined;
}

const column = (table: ImportedTable, name: string): (string | number | null)[] => {
  const index = table.columns.findIndex((c) => c.name === name);
  expect(index).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index] ?? null);
};

describe('parseCsv on the fixtures', () => {
  it('reads cas.csv: Windows-1252, ";", 7 cases, the key column and 6 attributes', () => {
    const table = parseCsv(fixture('cas.csv'));
    expect(table.source).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(table.columns).toEqual([
      { name: 'Cas', type: 'text' },
      { name: 'Rôle', type: 'category' },
      { name: 'Branche', type: 'category' },
      { name: 'Zone', type: 'category' },
      { name: 'Structure', type: 'text' },
      { name: 'Ancienneté (années)', type: 'number' },
      { name: 'Jour', type: 'category' },
    ]);
    expect(table.rows).toHaveLength(7);
    expect(column(table, 'Cas')).toEqual(['B07-M', 'B07-P', 'B12-M', 'B12-P', 'E03', 'E05', 'E09']);
    expect(table.rows[0]).toEqual(['B07-M', 'Médiatrice numérique', 'Missions locales', 'Zone 5', 'Espace public numérique', 6, 'J1 et J2']);
    expect(column(table, 'Branche')).toContain('Aide à domicile');
    expect(column(table, 'Structure')).toContain('Accueil périscolaire');
  });

  it('reads the survey: 60 answers × 10 columns, decimal commas, multi-line quoted cells', () => {
    const table = parseCsv(fixture('questionnaire-salaries-ess.csv'));
    expect(table.source).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(table.rows).toHaveLength(60);
    expect(table.rows.every((row) => row.length === 10)).toBe(true);
    expect(table.columns.map((c) => c.name)).toEqual([
      'Horodateur',
      'Branche',
      'Zone',
      'Type de poste',
      'Âge',
      'Niveau numérique auto-évalué',
      'Fréquence des demandes numériques des publics',
      'Score autodiagnostic (sur 10)',
      'Souhaite une formation',
      'Commentaire libre',
    ]);
    const types = Object.fromEntries(table.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      Horodateur: 'text', // date and time: kept whole rather than cut to the day
      Branche: 'category',
      Zone: 'category',
      'Âge': 'number',
      'Score autodiagnostic (sur 10)': 'number',
      'Souhaite une formation': 'category',
      'Commentaire libre': 'text',
    });
    const scores = column(table, 'Score autodiagnostic (sur 10)');
    expect(table.rows[0]![0]).toBe('11/11/2022 14:41');
    expect(scores[0]).toBe(2.6);
    expect(scores.every((s) => typeof s === 'number' && s >= 0 && s <= 10)).toBe(true);
    const comments = column(table, 'Commentaire libre');
    expect(comments[0]).toBe('Outils : « tablette » partagée, wifi instable; imprimante en panne depuis 2 mois.');
    expect(comments).toContain("Nous n'avons pas de formation prévue cette année ; j'aimerais apprendre à utiliser les outils collaboratifs.");
    expect(comments).toContain("Les publics arrivent avec des courriers électroniques qu'ils ne comprennent pas.\nIls ont peur de faire une erreur.");
    expect(comments[2]).toBeNull();
    expect(comments.some((c) => typeof c === 'string' && c.includes('\r'))).toBe(false);
  });

  it('reads the codebook: UTF-8 with BOM, ",", 15 codes in 3 families', () => {
    const table = parseCsv(fixture('codebook-stess.csv'));
    expect(table.source).toEqual({ format: 'csv', encoding: 'utf-8-bom', delimiter: ',' });
    expect(table.columns.map((c) => c.name)).toEqual(['code', 'parent', 'couleur', 'description']);
    expect(table.columns.find((c) => c.name === 'parent')?.type).toBe('category');
    expect(table.rows).toHaveLength(15);
    expect(column(table, 'code')).toContain('Écoute et approfondissement');
    expect(new Set(column(table, 'parent'))).toEqual(new Set([null, 'Freins', 'Savoir-faire', 'Besoins']));
    expect(table.rows[12]).toEqual(['Besoin numérique', 'Besoins', '#9b59b6', null]);
    expect(table.rows[3]![3]).toBe("Absence d'outils, de supports, de contacts ou d'information à jour");
  });
});

describe('parseCsv on small files', () => {
  it('detects tabs, trims names, skips blank lines and pads short rows', () => {
    const table = parseCsv(utf8('\n Cas \tDate\tNote\n\nE1\t14/03/2023\t12,5\n  \nE2\t15 mars 2023\n'));
    expect(table.source.delimiter).toBe('\t');
    expect(table.columns).toEqual([
      { name: 'Cas', type: 'text' },
      { name: 'Date', type: 'date' },
      { name: 'Note', type: 'number' },
    ]);
    expect(table.rows).toEqual([
      ['E1', '2023-03-14', 12.5],
      ['E2', '2023-03-15', null],
    ]);
  });

  it("drops Excel's trailing empty columns", () => {
    const table = parseCsv(utf8('a;b;;\r\n1;x;;\r\n2;y;;\r\n'));
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
  });

  it('keeps postal codes as text and quoted delimiters inside cells', () => {
    const table = parseCsv(utf8('Ville;CP;Note\n"Lyon; 2e";69002;"1 234,5"\nAix;01234;3\n'));
    expect(table.columns.map((c) => c.type)).toEqual(['text', 'text', 'number']);
    expect(table.rows).toEqual([
      ['Lyon; 2e', '69002', 1234.5],
      ['Aix', '01234', 3],
    ]);
  });

  it('refuses empty files', () => {
    expect(failure(new Uint8Array())?.problem).toBe('EMPTY_FILE');
    expect(failure(utf8(' \r\n\r\n'))?.problem).toBe('EMPTY_FILE');
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf]))?.problem).toBe('EMPTY_FILE');
  });

  it('refuses a first row of numbers, an empty first row, duplicate or missing names', () => {
    expect(failure(utf8('12;2,5;3\n4;5;6\n'))).toEqual({ problem: 'NO_HEADER', detail: 'ligne 1 : des nombres au lieu de noms de colonnes' });
    expect(failure(utf8(';;\nCas;Zone;Rôle\nE1;Zone 1;x\n'))).toEqual({ problem: 'NO_HEADER', detail: 'ligne 1 vide' });
    expect(failure(utf8('\n ; ;\nCas;Zone;Rôle\nE1;Zone 1;x\n'))).toEqual({ problem: 'NO_HEADER', detail: 'ligne 2 vide' });
    expect(failure(utf8('Cas;Zone;Zone\nE1;1;2\n'))?.problem).toBe('NO_HEADER');
    expect(failure(utf8('Cas;;Zone\nE1;x;2\n'))).toEqual({ problem: 'NO_HEADER', detail: 'colonne 2 sans nom' });
  });

  it('refuses a row longer than the header with the line it starts on', () => {
    // The quoted cell of line 2 spans two lines, so the long row starts on line 4.
    const bytes = utf8('Cas;Commentaire\r\nE1;"deux\r\nlignes"\r\nE2;ok;en trop\r\n');
    expect(failure(bytes)).toEqual({ problem: 'CORRUPT_FILE', detail: 'ligne 4 : 3 valeurs pour 2 colonnes' });
  });

  it('refuses a quote left open or badly closed instead of swallowing the rest of the file', () => {
    const open = utf8('Cas;Commentaire\nE1;x\n\nE2;"pas fermé\nE3;ok\n');
    expect(failure(open)).toEqual({ problem: 'CORRUPT_FILE', detail: 'ligne 4 : guillemets non refermés ou mal placés' });
    const badlyClosed = utf8('a;b\n1;2\n"x"y;2\n3;4\n');
    expect(failure(badlyClosed)).toEqual({ problem: 'CORRUPT_FILE', detail: 'ligne 3 : guillemets non refermés ou mal placés' });
  });

  it('reads a single column without splitting its cells', () => {
    const table = parseCsv(utf8('Remarque\nDupont, Jean; bénévole\nMartin\n'));
    expect(table.source).toEqual({ format: 'csv', encoding: 'utf-8' });
    expect(table.columns).toEqual([{ name: 'Remarque', type: 'text' }]);
    expect(table.rows).toEqual([['Dupont, Jean; bénévole'], ['Martin']]);
  });

  it('finds the delimiter in the header when the rows are too ragged to guess', () => {
    const table = parseCsv(utf8('Cas;Zone;Note\nE1\nE2;Zone 1\nE3;Zone 2;4\n'));
    expect(table.source.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['E1', null, null],
      ['E2', 'Zone 1', null],
      ['E3', 'Zone 2', 4],
    ]);
  });

  it('refuses binary data as an unreadable encoding', () => {
    const binary = new Uint8Array(256).map((_, i) => (i * 7) % 256 || 1);
    expect(failure(binary)?.problem).toBe('UNREADABLE_ENCODING');
  });
});
