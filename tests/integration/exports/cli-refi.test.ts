import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';
import { decode, parseXml, all, unzip, writeTemp, xmllint } from './refi-support';

describe('balise export --format qdpx|qdc', () => {
  it('writes a REFI-QDA project: a zip holding a valid project.qde and one text per source', async () => {
    const file = await questionFile();
    const out = path.join(tempDir(), 'question.qdpx');
    const run = balise(['export', file, '--format', 'qdpx', '--out', out], tempDir());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Exporté : ${out} (2 documents`);
    expect(run.out).toContain('8 codages');
    const entries = unzip(fs.readFileSync(out));
    expect(Object.keys(entries).filter((n) => /^sources\/[0-9a-f-]{36}\.txt$/.test(n))).toHaveLength(2);
    const qde = writeTemp(tempDir(), 'project.qde', entries['project.qde']!);
    expect(xmllint('Project.xsd', qde).code).toBe(0);
    expect(all(parseXml(decode(entries['project.qde']!)), 'Coding')).toHaveLength(8);
  });

  it('writes a REFI-QDA codebook that validates', async () => {
    const file = await questionFile();
    const out = path.join(tempDir(), 'codebook.qdc');
    const run = balise(['export', file, '--format', 'qdc', '--out', out], tempDir());
    expect(run.code).toBe(0);
    expect(xmllint('Codebook.xsd', out).code).toBe(0);
  });
});
