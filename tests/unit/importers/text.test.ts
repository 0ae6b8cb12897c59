import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowParagraph } from '../../../shared/import/flow';
import { interpretFlow } from '../../../shared/import/structure';
import { parseText, splitBlock } from '../../../electron/importers/text';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const texts = (bytes: Uint8Array): string[] => parseText(bytes).blocks.map((b) => (b as FlowParagraph).text);

describe('parseText', () => {
  it('reads the Windows-1252 interview one Q/R turn per paragraph', () => {
    const flow = parseText(fixture('entretien-animatrice-periscolaire.txt'));
    const paragraphs = flow.blocks as FlowParagraph[];
    expect(paragraphs.every((b) => b.type === 'paragraph')).toBe(true);
    expect(paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['Entr', 'Q : ', 'R : ', 'Q : ', 'R : ', 'Q : ', 'R : ']);
    expect(paragraphs[0]!.text).toBe('Entretien avec une animatrice périscolaire (branche animation, zone 1)');
    expect(paragraphs[1]!.text).toBe('Q : Comment les familles vous contactent-elles ?');
    expect(paragraphs[2]!.text).toBe(
      "R : Surtout par l'application de la commune. Mais beaucoup de parents n'arrivent pas à s'y connecter, alors ils passent au bureau ou ils appellent.",
    );
    expect(paragraphs[3]!.text).toBe("Q : Et vous, êtes-vous à l'aise avec cette application ?");
    expect(paragraphs.some((p) => p.text.includes('\n') || p.text.includes('\r'))).toBe(false);
  });

  it('gives the interpreter 6 turns of two speakers, Q and R', () => {
    const document = interpretFlow(parseText(fixture('entretien-animatrice-periscolaire.txt')));
    expect(document.speakers).toEqual(['Q', 'R']);
    expect(document.counts.turns).toBe(6);
  });

  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(texts(utf8('Premier paragraphe\nsur deux lignes.  \n\n\n   Second paragraphe.\n'))).toEqual([
      'Premier paragraphe\nsur deux lignes.',
      'Second paragraphe.',
    ]);
  });

  it('makes one paragraph per turn when a block is a run of turns, wrapped lines staying with their turn', () => {
    const source = [
      '[00:12:31] Claire : Je commence par écouter.',
      '[00:12:40] Enquêtrice : Et ensuite ?',
      '[00:12:44] Claire : Ensuite je fais avec la personne,',
      'à côté d’elle, pas en face.',
      '[00:13:02] Enquêtrice : D’accord.',
    ].join('\r\n');
    expect(texts(utf8(source))).toEqual([
      '[00:12:31] Claire : Je commence par écouter.',
      '[00:12:40] Enquêtrice : Et ensuite ?',
      '[00:12:44] Claire : Ensuite je fais avec la personne,\nà côté d’elle, pas en face.',
      '[00:13:02] Enquêtrice : D’accord.',
    ]);
  });

  it('leaves a prose block whole when only one of its lines looks like a label', () => {
    expect(splitBlock(['Remarque : la séance a commencé', 'en retard, le bus', 'ne passait plus.'])).toEqual([
      'Remarque : la séance a commencé\nen retard, le bus\nne passait plus.',
    ]);
    expect(splitBlock(['Il a dit', 'Q : non'])).toEqual(['Il a dit\nQ : non']);
  });
});
