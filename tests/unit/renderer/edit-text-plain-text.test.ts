import fs from 'node:fs';
import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $getSelection, $isRangeSelection, $createTextNode, $isParagraphNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { isDocumentFile, parseDocumentFile } from '../../../electron/importers/registry';
import { demoDocuments } from '../../../shared/demo/corpus';
import { $getPlainText, $setPlainText, editableText, readPlainText } from '../../../renderer/features/edit-text/plainText';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');

function editor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads a text into a fresh editor, then reads it back, also after a JSON round trip of the state. */
function roundTrip(text: string): { read: string; reparsed: string } {
  const e = editor();
  e.update(() => $setPlainText(text), { discrete: true });
  const read = readPlainText(e);
  const again = editor();
  again.setEditorState(again.parseEditorState(JSON.stringify(e.getEditorState().toJSON())));
  return { read, reparsed: readPlainText(again) };
}

describe('the edit-text editor holds a document text exactly', () => {
  const samples: [string, string][] = [
    ['empty', ''],
    ['one line', 'Bonjour.'],
    ['blank lines', 'Premier paragraphe.\n\nDeuxième.\n\n\n\nAprès trois lignes vides.\n'],
    ['leading and trailing newlines', '\n\nTexte\n\n'],
    ['tabs', 'Colonne A\tColonne B\t\tC\n\tindenté'],
    ['spaces', '  deux espaces   au milieu  '],
    ['emoji and accents', 'Très bien 😀👍🏽 — l’été, e\u0301te\u0301, « guillemets »\u00a0!'],
    ['zero-width and rare spaces', 'a\u200bb\u2009c\u202fd'],
  ];
  for (const [name, text] of samples) {
    it(`reads back ${name} unchanged`, () => {
      expect(roundTrip(text)).toEqual({ read: text, reparsed: text });
    });
  }

  it('holds CRLF text as LF, the way every stored text already is', () => {
    expect(editableText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(roundTrip('a\r\nb').read).toBe('a\nb');
  });

  it('reads back every demo document and every text fixture unchanged', async () => {
    const texts: [string, string][] = demoDocuments.map((d) => [d.name, d.build().text]);
    for (const name of fs.readdirSync(fixtures)) {
      if (!isDocumentFile(name)) continue;
      const parsed = await parseDocumentFile(name, fs.readFileSync(path.join(fixtures, name)));
      texts.push([name, parsed.document.text]);
    }
    expect(texts.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of texts) {
      expect(text.length, name).toBeGreaterThan(100);
      expect(roundTrip(text), name).toEqual({ read: text, reparsed: text });
    }
  });

  it('reads a line break typed inside a paragraph (plain-text Enter) as a newline', () => {
    const e = editor();
    e.update(() => $setPlainText('Bonjour madame.\n\nSuite.'), { discrete: true });
    e.update(
      () => {
        const first = $getRoot().getFirstChild();
        if (!$isParagraphNode(first)) throw new Error('paragraph expected');
        first.getFirstDescendant()?.selectEnd();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('selection expected');
        selection.insertLineBreak();
        selection.insertNodes([$createTextNode('Comment allez-vous ?')]);
      },
      { discrete: true },
    );
    expect(e.getEditorState().read($getPlainText)).toBe('Bonjour madame.\nComment allez-vous ?\n\nSuite.');
  });

  it('reads text pasted from Word (CRLF line ends, tabs) with LF line ends', () => {
    const e = editor();
    e.update(() => $setPlainText('Avant.\n\nAprès.'), { discrete: true });
    e.update(
      () => {
        const first = $getRoot().getFirstChild();
        if (!$isParagraphNode(first)) throw new Error('paragraph expected');
        first.getFirstDescendant()?.selectEnd();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('selection expected');
        selection.insertRawText(' Collé :\r\nligne 1\tcolonne\r\nligne 2');
      },
      { discrete: true },
    );
    expect(e.getEditorState().read($getPlainText)).toBe('Avant. Collé :\nligne 1\tcolonne\nligne 2\n\nAprès.');
  });
});
