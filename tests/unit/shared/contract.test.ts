import { describe, expect, it } from 'vitest';
import { callNames, contract, eventNames, isCallName, splitCallName } from '../../../shared/contract';
import { projectPathSchema } from '../../../shared/schemas/common';

describe('API contract', () => {
  it('names every call domain:verb and gives it a strict schema and a kind', () => {
    expect(callNames.length).toBeGreaterThan(10);
    for (const name of callNames) {
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      const spec = contract[name];
      expect(['read', 'write']).toContain(spec.kind);
      // Strict: unknown keys are refused, so a typo in the UI fails loudly.
      expect(spec.input.safeParse({ __inconnu: 1 }).success, name).toBe(false);
    }
  });

  it('splits names into the client API shape', () => {
    expect(splitCallName('projects:create')).toEqual(['projects', 'create']);
    expect(isCallName('projects:create')).toBe(true);
    expect(isCallName('toString')).toBe(false);
    expect(isCallName('projects:drop')).toBe(false);
    expect(eventNames).toContain('project:changed');
  });

  it('accepts only absolute .balise paths without NUL bytes', () => {
    expect(projectPathSchema.safeParse('/home/claire/terrain.balise').success).toBe(true);
    expect(projectPathSchema.safeParse('C:\\Users\\Claire\\Terrain.BALISE').success).toBe(true);
    expect(projectPathSchema.safeParse('relatif.balise').success).toBe(false);
    expect(projectPathSchema.safeParse('/tmp/notes.txt').success).toBe(false);
    expect(projectPathSchema.safeParse('/tmp/a\0b.balise').success).toBe(false);
  });

  it('validates call inputs: templates, languages, ids', () => {
    expect(contract['projects:create'].input.safeParse({ path: '/a.balise', template: 'stess' }).success).toBe(true);
    expect(contract['projects:create'].input.safeParse({ path: '/a.balise', template: 'maxqda' }).success).toBe(false);
    expect(contract['app:setLanguage'].input.safeParse({ language: 'de' }).success).toBe(false);
    expect(contract['documents:get'].input.safeParse({ id: -1 }).success).toBe(false);
    expect(contract['documents:get'].input.safeParse({ id: 3 }).success).toBe(true);
  });
});
