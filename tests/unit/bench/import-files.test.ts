import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/importers/encoding';
import { parseDocumentFile } from '../../../electron/importers/registry';
import { countWords } from '../../bench/corpus';
import { generateTextTranscript, generateWordFile, writeFileSet, type FieldFile } from '../../bench/import-files';

const SEED = 20240611;
const sha = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** What the real import pipeline (parse, then interpret) finds in a generated file. */
async function imported(file: FieldFile) {
  const { document } = await parseDocumentFile(file.name, file.bytes);
  const { paragraphs, headings, turns, grids, answers } = document.counts;
  return {
    summary: { kind: document.kind, words: countWords(document.text), headings, paragraphs, turns, grids, answers, speakers: document.speakers },
    document,
  };
}

describe('bench field files', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-import-files-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('are deterministic: same seed and index, same bytes; another seed, other bytes', () => {
    for (const index of [0, 1, 2, 3]) {
      expect(sha(generateWordFile(SEED, index).bytes)).toBe(sha(generateWordFile(SEED, index).bytes));
      expect(sha(generateTextTranscript(SEED, index, 1_000).bytes)).toBe(sha(generateTextTranscript(SEED, index, 1_000).bytes));
      expect(sha(generateWordFile(SEED + 1, index).bytes)).not.toBe(sha(generateWordFile(SEED, index).bytes));
      expect(sha(generateTextTranscript(SEED + 1, index, 1_000).bytes)).not.toBe(sha(generateTextTranscript(SEED, index, 1_000).bytes));
    }
  });

  it('writes an observation sheet .docx that imports with its grids, blocks, prompts and columns', async () => {
    const file = generateWordFile(SEED, 0);
    expect(file.name).toMatch(/^fiche-observation-B0001\.docx$/);
    expect(file.expected.kind).toBe('observation');
    expect(file.expected.words).toBeGreaterThanOrEqual(1_500);
    expect(file.expected.words).toBeLessThanOrEqual(3_100);
    const { summary, document } = await imported(file);
    expect(summary).toEqual(file.expected);
    expect(summary.grids).toBeGreaterThanOrEqual(4);
    expect(summary.answers).toBeGreaterThan(25);
    const answers = document.units.filter((u) => u.kind === 'answer');
    expect(answers.find((u) => u.attrs.block === 'Recensement des besoins')?.attrs).toMatchObject({
      grid: 'Prise de note sur le bénéficiaire 1',
      beneficiary: 1,
      column: 'Faits observés',
    });
    expect(answers.some((u) => u.attrs.block === 'Recensement et analyse des freins' && u.attrs.prompt?.endsWith('?'))).toBe(true);
    expect(answers.some((u) => u.attrs.column === 'Retour du professionnel' && u.attrs.grid === 'Débriefing de la journée')).toBe(true);
    expect(document.units.filter((u) => u.kind === 'block').map((u) => u.label)).toContain('Recensement des savoir-faire');
  });

  it('writes Word transcripts whose turns import with speakers, and times when the file has them', async () => {
    for (const index of [1, 3]) {
      const file = generateWordFile(SEED, index);
      expect(file.expected.kind).toBe('transcript');
      const { summary, document } = await imported(file);
      expect(summary).toEqual(file.expected);
      expect(summary.turns).toBeGreaterThan(20);
      expect(summary.headings).toBeGreaterThan(1);
      const turns = document.units.filter((u) => u.kind === 'turn');
      // Index 3 is an untimed transcript ("Enquêtrice : …"); index 1 has "[hh:mm:ss] Enquêtrice : …".
      expect(turns.every((u) => (index === 3 ? u.attrs.time === undefined : /^\d\d:\d\d:\d\d$/.test(u.attrs.time ?? '')))).toBe(true);
    }
  });

  it('writes a real OOXML package: content types, relationships, styles, document', () => {
    const parts = unzipSync(generateWordFile(SEED, 0).bytes);
    expect(Object.keys(parts).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml'].sort(),
    );
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('writes .txt transcripts in UTF-8, Windows-1252 with CRLF and UTF-8 with BOM, all imported alike', async () => {
    const encodings = [];
    for (const index of [0, 1, 2]) {
      const file = generateTextTranscript(SEED, index, 2_000);
      const { summary, document } = await imported(file);
      expect(summary).toEqual(file.expected);
      expect(summary.words).toBe(2_000);
      expect(document.units.filter((u) => u.kind === 'turn').every((u) => /^\d\d:\d\d:\d\d$/.test(u.attrs.time ?? ''))).toBe(true);
      encodings.push(decodeText(file.bytes).encoding);
      const raw = Buffer.from(file.bytes).toString('latin1');
      expect(raw.includes('\r\n')).toBe(index !== 0);
    }
    expect(encodings).toEqual(['utf-8', 'windows-1252', 'utf-8-bom']);
    expect(decodeText(generateTextTranscript(SEED, 1, 2_000).bytes).text).toMatch(/[éèà’]/);
  });

  it('writes a folder of files and sums what their import must find', () => {
    const set = writeFileSet(SEED, { format: 'docx', files: 4, words: null }, path.join(folder, 'docx'));
    expect(fs.readdirSync(set.folder)).toHaveLength(4);
    const files = [0, 1, 2, 3].map((i) => generateWordFile(SEED, i));
    expect(set.bytes).toBe(files.reduce((n, f) => n + f.bytes.length, 0));
    expect(set.expected).toEqual({
      turns: files.reduce((n, f) => n + f.expected.turns, 0),
      answers: files.reduce((n, f) => n + f.expected.answers, 0),
    });
    const long = writeFileSet(SEED, { format: 'txt', files: 1, words: 40_000 }, path.join(folder, 'long'));
    expect(long.words).toBe(40_000);
  });
});
