import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowParagraph } from '../../../shared/import/flow';
import { ImportError } from '../../../electron/importers/import-error';
import { parseVtt } from '../../../electron/importers/vtt';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/fixtures', name)));
const vtt = (text: string): FlowParagraph[] => parseVtt(new TextEncoder().encode(text)).blocks as FlowParagraph[];

describe('parseVtt', () => {
  it('reads the foyer interview: one paragraph per speaker turn, with voice and start time', () => {
    const paragraphs = parseVtt(fixture('entretien-animateur-foyer.vtt')).blocks as FlowParagraph[];
    expect(paragraphs.map((p) => [p.time, p.speaker])).toEqual([
      ['00:00:03', 'Enquêteur'],
      ['00:00:10', 'Animateur'],
      ['00:00:25', 'Enquêteur'],
      // The cues at 00:00:31 and 00:00:53 are one turn of the Animateur.
      ['00:00:31', 'Animateur'],
      ['00:01:12', 'Enquêteur'],
      ['00:01:19', 'Animateur'],
    ]);
    expect(paragraphs[0]!.text).toBe('Bonjour, pouvez-vous décrire votre rôle au foyer de jeunes travailleurs ?');
    expect(paragraphs[3]!.text).toBe(
      "Tout le temps. Ils sont sur leur téléphone toute la journée, mais dès qu'il faut envoyer un CV en pièce jointe ou remplir un formulaire administratif, ils sont perdus. On croit qu'ils savent parce qu'ils sont jeunes, et c'est faux. " +
        "J'ai monté un atelier le jeudi soir, « démarches et café ». Ils viennent à plusieurs, ils s'entraident. C'est souvent un résident qui explique à l'autre, et moi je reste à côté.",
    );
    expect(paragraphs.every((p) => !p.text.includes('<'))).toBe(true);
  });

  it('skips NOTE, STYLE and REGION blocks, reads identifiers, classes, tags, entities and hour-less timings', () => {
    const paragraphs = vtt(
      [
        'WEBVTT - Entretien E05',
        'Kind: captions',
        'Language: fr',
        '',
        'STYLE',
        '::cue(v[voice="Claire"]) { color: red }',
        '',
        'NOTE relu par',
        "l'équipe",
        '',
        'REGION',
        'id:bas width:40%',
        '',
        'intro',
        '01:02.500 --> 01:05.000 align:start line:90%',
        '<v.loud Claire>Je suis <i>conseillère</i> &amp; <b>médiatrice</b>&nbsp;!</v>',
        '',
        '2',
        '00:01:05.100 --> 00:01:09.000',
        '<v Claire><c.jaune>Depuis</c> <00:01:06.000>huit&lrm; ans,',
        'à temps plein.',
        '',
        '00:01:09.500 --> 00:01:10.000',
        '<v Enquêtrice>D&#x2019;accord.</v> <v Claire>Oui.',
        '',
        '00:01:11.000 --> 00:01:12.000',
        'Rires &lt;sans voix&gt;',
      ].join('\n'),
    );
    expect(paragraphs).toEqual([
      { type: 'paragraph', text: 'Je suis conseillère & médiatrice\u00a0! Depuis huit ans, à temps plein.', speaker: 'Claire', time: '00:01:02' },
      { type: 'paragraph', text: 'D’accord.', speaker: 'Enquêtrice', time: '00:01:09' },
      { type: 'paragraph', text: 'Oui.', speaker: 'Claire', time: '00:01:09' },
      { type: 'paragraph', text: 'Rires <sans voix>', time: '00:01:11' },
    ]);
    expect(parseVtt(new TextEncoder().encode('WEBVTT\nKind: captions\nLanguage: fr\n\n00:00.000 --> 00:01.000\nx')).metadata).toEqual({
      kind: 'captions',
      language: 'fr',
    });
  });

  it('rejects a file without the WEBVTT header or with a malformed timing, naming the cue', () => {
    const fail = (text: string): ImportError => {
      try {
        vtt(text);
      } catch (error) {
        if (error instanceof ImportError) return error;
      }
      throw new Error('no ImportError');
    };
    expect(fail('00:00:01.000 --> 00:00:02.000\nBonjour').problem).toBe('CORRUPT_FILE');
    const bad = fail('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nUn\n\nq2\n00:00:03 --> 00:00:04.000\nDeux');
    expect(bad.problem).toBe('CORRUPT_FILE');
    expect(bad.detail).toContain('cue 2');
    expect(bad.detail).toContain('q2');
  });
});
