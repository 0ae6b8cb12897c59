import { describe, expect, it } from 'vitest';
import { demoDocuments } from '../../../shared/demo/corpus';
import { DocumentBuilder } from '../../../shared/document-builder';
import { isValidRange } from '../../../shared/offsets';

describe('DocumentBuilder', () => {
  it('builds text and units whose ranges slice exactly their content', () => {
    const built = new DocumentBuilder()
      .heading('Entretien E03')
      .turn('Claire', '  Bonjour, je suis conseillère.\r\n', '00:12:31')
      .paragraph('Un café ☕ puis l’ordinateur.')
      .build();
    expect(built.text).toBe('Entretien E03\n\nBonjour, je suis conseillère.\n\nUn café ☕ puis l’ordinateur.');
    const [heading, turn, paragraph] = built.units;
    expect(built.text.slice(heading!.start, heading!.end)).toBe('Entretien E03');
    expect(turn).toMatchObject({ kind: 'turn', label: 'Claire', attrs: { speaker: 'Claire', time: '00:12:31' } });
    expect(built.text.slice(turn!.start, turn!.end)).toBe('Bonjour, je suis conseillère.');
    expect(built.text.slice(paragraph!.start, paragraph!.end)).toBe('Un café ☕ puis l’ordinateur.');
  });

  it('normalises to NFC so offsets count composed accents once', () => {
    const built = new DocumentBuilder().paragraph('conseille\u0300re e\u0301tait').build();
    expect(built.text).toBe('conseillère était');
    expect(built.units[0]!.end).toBe(17);
  });

  it('nests grid answers in blocks and grids, containers spanning their children', () => {
    const built = new DocumentBuilder()
      .heading('Fiche')
      .begin('grid', 'Bénéficiaire 1')
      .begin('block', 'Recensement des besoins')
      .answer('Prendre rendez-vous.', { prompt: 'Demande', column: 'Médiateur' })
      .end()
      .end()
      .build();
    const grid = built.units.find((u) => u.kind === 'grid')!;
    const block = built.units.find((u) => u.kind === 'block')!;
    const answer = built.units.find((u) => u.kind === 'answer')!;
    expect(block.parent).toBe(built.units.indexOf(grid));
    expect(answer.parent).toBe(built.units.indexOf(block));
    expect(built.text.slice(grid.start, grid.end)).toBe('Prendre rendez-vous.');
    expect(answer.attrs).toEqual({ prompt: 'Demande', column: 'Médiateur' });
  });

  it('refuses unbalanced containers', () => {
    expect(() => new DocumentBuilder().begin('grid', 'x').build()).toThrow();
    expect(() => new DocumentBuilder().end()).toThrow();
  });

  it('gives the demo corpus valid units and quotes present in the text', () => {
    for (const doc of demoDocuments) {
      const built = doc.build();
      for (const unit of built.units) {
        if (unit.end > unit.start) expect(isValidRange(built.text, unit), `${doc.name} ${unit.kind}`).toBe(true);
      }
      for (const coding of doc.codings) expect(built.text, coding.quote).toContain(coding.quote);
    }
  });
});
