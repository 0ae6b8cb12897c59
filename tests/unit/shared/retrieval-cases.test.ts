import { describe, expect, it } from 'vitest';
import { casesOfPassage, type CaseLinkRef } from '../../../shared/retrieval/cases';

const whole = (caseId: number): CaseLinkRef => ({ caseId, start: null, end: null, partField: null, partValue: null });
const part = (caseId: number, partField: 'speaker' | 'column', partValue: string): CaseLinkRef => ({ caseId, start: null, end: null, partField, partValue });
const range = (caseId: number, start: number, end: number): CaseLinkRef => ({ caseId, start, end, partField: null, partValue: null });

describe('cases of a passage', () => {
  const links = [whole(1), whole(2), part(1, 'column', 'Retour du médiateur'), part(2, 'column', 'Retour du professionnel'), part(3, 'speaker', 'Claire'), range(4, 500, 600)];

  it('a passage in a linked part belongs to that part’s case only', () => {
    expect(casesOfPassage(links, { start: 10, end: 20 }, { column: 'Retour du professionnel' })).toEqual([2]);
    expect(casesOfPassage(links, { start: 10, end: 20 }, { speaker: 'Claire' })).toEqual([3]);
    expect(casesOfPassage(links, { start: 550, end: 700 }, {})).toEqual([4]);
  });

  it('any other passage belongs to the whole-document cases', () => {
    expect(casesOfPassage(links, { start: 10, end: 20 }, { column: 'Faits observés', speaker: 'Enquêtrice' })).toEqual([1, 2]);
    expect(casesOfPassage(links, { start: 600, end: 610 }, {})).toEqual([1, 2]);
    expect(casesOfPassage([], { start: 0, end: 1 }, {})).toEqual([]);
  });

  it('a passage in two linked parts belongs to both, once each', () => {
    expect(casesOfPassage([...links, part(3, 'column', 'Retour du professionnel')], { start: 10, end: 20 }, { column: 'Retour du professionnel', speaker: 'Claire' })).toEqual([2, 3]);
  });
});
