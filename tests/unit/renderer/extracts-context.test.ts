import { describe, expect, it } from 'vitest';
import { layoutContext } from '../../../renderer/features/extracts/context';

describe('context of an extract', () => {
  it('reads the rest of the passage’s own turn inline, and the turns beyond as paragraphs', () => {
    // « seulement un téléphone avec l’écran cassé », in the middle of Sonia's first turn (demo E01).
    const layout = layoutContext({
      before: 'Pouvez-vous me décrire un accompagnement récent autour du numérique ?\n\nLa semaine dernière, un jeune est venu pour son dossier de garantie jeunes. Il n’avait pas d’adresse mail, ',
      after: '. On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais.\n\nQu’est-ce qui vous a posé le plus de difficultés ?',
    });
    expect(layout).toEqual({
      before: 'Pouvez-vous me décrire un accompagnement récent autour du numérique ?',
      lead: 'La semaine dernière, un jeune est venu pour son dossier de garantie jeunes. Il n’avait pas d’adresse mail, ',
      tail: '. On a commencé par créer l’adresse ensemble, il tapait lui-même et je lui montrais.',
      after: 'Qu’est-ce qui vous a posé le plus de difficultés ?',
    });
  });

  it('keeps whole neighbouring units apart when the passage is a whole unit', () => {
    expect(layoutContext({ before: 'Le tour d’avant.', after: 'Le tour d’après.' })).toEqual({ before: 'Le tour d’avant.', lead: '', tail: '', after: 'Le tour d’après.' });
    expect(layoutContext({ before: '', after: '' })).toEqual({ before: '', lead: '', tail: '', after: '' });
  });

  it('splits at the blank line nearest the passage', () => {
    const layout = layoutContext({ before: 'A.\n\nB.\n \nDébut ', after: ' fin.\n\nC.\n\nD.' });
    expect(layout).toEqual({ before: 'A.\n\nB.', lead: 'Début ', tail: ' fin.', after: 'C.\n\nD.' });
  });
});
