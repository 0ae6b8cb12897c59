import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CodeSeed } from '../../../shared/domain/codebook';
import { countSeeds, stessCodebook } from '../../../shared/templates/stess';

interface FixtureRow {
  code: string;
  parent: string;
  couleur: string;
  description: string;
}

function flatten(seeds: CodeSeed[], parent = ''): FixtureRow[] {
  return seeds.flatMap((s) => [
    { code: s.name, parent, couleur: s.color, description: s.description },
    ...flatten(s.children ?? [], s.name),
  ]);
}

describe('StESS template', () => {
  it('is the codebook of ../shared/fixtures/codebook-stess.csv: 3 families, 12 codes, same colours and descriptions', () => {
    const csv = fs.readFileSync(new URL('../../../../shared/fixtures/codebook-stess.csv', import.meta.url), 'utf8');
    const parsed = Papa.parse<FixtureRow>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(flatten(stessCodebook)).toEqual(parsed.data);
    expect(stessCodebook).toHaveLength(3);
    expect(countSeeds(stessCodebook)).toBe(15);
  });
});
