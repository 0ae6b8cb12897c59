import { describe, expect, it } from 'vitest';
import { detectTurns, matchTurn, normaliseTime } from '../../../shared/import/turns';

describe('speaker turns', () => {
  it('reads the shapes found in field transcripts', () => {
    expect(matchTurn('[00:12:31] Claire : Je prends le temps.')).toEqual({ time: '00:12:31', speaker: 'Claire', speech: 'Je prends le temps.' });
    expect(matchTurn('00:01:16 Conseillère : Une place énorme.')).toEqual({ time: '00:01:16', speaker: 'Conseillère', speech: 'Une place énorme.' });
    expect(matchTurn('Q : Comment les familles vous contactent-elles ?')).toEqual({ speaker: 'Q', speech: 'Comment les familles vous contactent-elles ?' });
    expect(matchTurn('Enquêtrice: Merci.')).toEqual({ speaker: 'Enquêtrice', speech: 'Merci.' });
    expect(matchTurn('S01: bonjour')).toEqual({ speaker: 'S01', speech: 'bonjour' });
    expect(matchTurn('S01: [00:00:12] bonjour')).toEqual({ speaker: 'S01', time: '00:00:12', speech: 'bonjour' });
    expect(matchTurn('[1:02:03.5] Jean-Marc : oui')).toEqual({ time: '01:02:03', speaker: 'Jean-Marc', speech: 'oui' });
    expect(matchTurn('Mme Martin (E03) : oui')).toEqual({ speaker: 'Mme Martin (E03)', speech: 'oui' });
    expect(matchTurn('Claire [00:03:34] : Je prends le temps.')).toEqual({ speaker: 'Claire', time: '00:03:34', speech: 'Je prends le temps.' });
  });

  it('does not take ordinary sentences for turns', () => {
    expect(matchTurn('La demande de logement social se fait en ligne : compte, mot de passe.')).toBeNull();
    expect(matchTurn('heure : 10h')).toBeNull();
    // "Il dit :" has the shape of a label but occurs once amid a real conversation.
    const turns = detectTurns(['Q : Bonjour.', 'R : Bonjour.', 'Il dit : « je perds l’aide ».', 'Q : Et ensuite ?', 'R : Rien.']);
    expect(turns.map((t) => t?.speaker ?? null)).toEqual(['Q', 'R', null, 'Q', 'R']);
  });

  it('keeps a one-off label as a paragraph and accepts recurring or timed speakers', () => {
    const turns = detectTurns([
      'Date : 6 février 2023. Durée : 52 minutes.',
      'Q : Comment les familles vous contactent-elles ?',
      'R : Surtout par l’application de la commune.',
      'Q : Et vous ?',
      'R : Moyennement.',
    ]);
    expect(turns[0]).toBeNull();
    expect(turns.slice(1).map((t) => t?.speaker)).toEqual(['Q', 'R', 'Q', 'R']);
  });

  it('finds no conversation in a text with a single recurring label', () => {
    expect(detectTurns(['Remarque : un.', 'Texte.', 'Remarque : deux.'])).toEqual([null, null, null]);
  });

  it('normalises times to hh:mm:ss', () => {
    expect(normaliseTime('12:31')).toBe('00:12:31');
    expect(normaliseTime('1:02:03,250')).toBe('01:02:03');
  });
});
