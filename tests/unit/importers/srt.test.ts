import { describe, expect, it } from 'vitest';
import type { FlowParagraph } from '../../../shared/import/flow';
import { ImportError } from '../../../electron/importers/import-error';
import { parseSrt } from '../../../electron/importers/srt';

const srt = (text: string): FlowParagraph[] => parseSrt(new TextEncoder().encode(text)).blocks as FlowParagraph[];

function failure(text: string): ImportError {
  try {
    srt(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
  }
  throw new Error('no ImportError');
}

describe('parseSrt', () => {
  it('reads speakers from a Name: prefix and merges consecutive cues of one speaker', () => {
    const source = [
      '1',
      '00:00:01,000 --> 00:00:04,000',
      'Enquêtrice : Pouvez-vous présenter',
      'votre poste ?',
      '',
      '2',
      '00:00:04,500 --> 00:00:09,000',
      'CLAIRE: Je suis conseillère habitat.',
      '',
      '3',
      '00:00:09,200 --> 00:00:12,000',
      '<i>Depuis huit ans.</i>',
      '',
      '4',
      '00:00:12,500 --> 00:00:15,000',
      'CLAIRE: {\\an8}J’accompagne des ménages.',
      '',
      '5',
      '00:00:15,000 --> 00:00:18,000',
      'CLAIRE: Surtout des familles.',
      '',
      '6',
      '01:00:18,000 --> 01:00:20,000',
      'Enquêtrice : Merci.',
      '',
    ].join('\r\n');
    expect(srt(source)).toEqual([
      { type: 'paragraph', text: 'Pouvez-vous présenter votre poste ?', speaker: 'Enquêtrice', time: '00:00:01' },
      { type: 'paragraph', text: 'Je suis conseillère habitat.', speaker: 'CLAIRE', time: '00:00:04' },
      { type: 'paragraph', text: 'Depuis huit ans.', time: '00:00:09' },
      { type: 'paragraph', text: 'J’accompagne des ménages. Surtout des familles.', speaker: 'CLAIRE', time: '00:00:12' },
      { type: 'paragraph', text: 'Merci.', speaker: 'Enquêtrice', time: '01:00:18' },
    ]);
  });

  it('keeps one-off or sentence-like labels as text', () => {
    const paragraphs = srt(
      [
        '1\n00:00:01,000 --> 00:00:02,000\nAttention : ça tourne.',
        '2\n00:00:02,000 --> 00:00:03,000\nEt puis : rien.',
        '3\n00:00:03,000 --> 00:00:04,000\nEt puis : encore rien.',
        '4\n00:00:04,000 --> 00:00:05,000\nil a dit : non.',
      ].join('\n\n'),
    );
    expect(paragraphs.map((p) => [p.text, p.speaker])).toEqual([
      ['Attention : ça tourne.', undefined],
      ['Et puis : rien.', undefined],
      ['Et puis : encore rien.', undefined],
      ['il a dit : non.', undefined],
    ]);
  });

  it('tolerates a missing blank line between cues and a blank line inside a cue', () => {
    const paragraphs = srt('1\n00:00:01,000 --> 00:00:02,000\nUn\n2\n00:00:02,500 --> 00:00:03,000\nDeux\n\nsuite\n\n3\n00:00:04,000 --> 00:00:05,000\nTrois\n');
    expect(paragraphs.map((p) => p.text)).toEqual(['Un', 'Deux suite', 'Trois']);
  });

  it('rejects a malformed timing line, naming the cue number', () => {
    const bad = failure('1\n00:00:01,000 --> 00:00:02,000\nUn\n\n2\n00:00:02 --> 00:00:03,000\nDeux\n');
    expect(bad.problem).toBe('CORRUPT_FILE');
    expect(bad.detail).toContain('cue 2');
    const missing = failure('1\n00:00:01,000 --> 00:00:02,000\nUn\n\n7\nDeux\n');
    expect(missing.problem).toBe('CORRUPT_FILE');
    expect(missing.detail).toContain('cue 7');
    expect(failure('Pas un fichier de sous-titres\nvraiment pas').problem).toBe('CORRUPT_FILE');
  });
});
