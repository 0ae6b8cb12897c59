import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { excerpt, MEMO_MAX_BODY_CHARS, nodeTypes, plainTextToEditorState, readMemoBody, sanitizeLinkUrl } from '../../../shared/text/memo-body';
import { foldForSearch, matchesFolded } from '../../../shared/text/fold';

function editor(): LexicalEditor {
  return createHeadlessEditor({ namespace: 'test', nodes: [ListNode, ListItemNode, LinkNode], onError: (error) => { throw error; } });
}

/** Lexical's own editor builds the state: what the memo editor saves. */
function richState(): string {
  const e = editor();
  e.update(
    () => {
      const root = $getRoot();
      const intro = $createParagraphNode().append($createTextNode('Trois freins '), $createTextNode('majeurs').toggleFormat('bold'), $createTextNode(' :'));
      const bullets = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('le temps')),
        $createListItemNode().append($createTextNode('la posture')),
        $createListItemNode().append($createListNode('bullet').append($createListItemNode().append($createTextNode('faire à la place')))),
      );
      const steps = $createListNode('number').append($createListItemNode().append($createTextNode('relire')), $createListItemNode().append($createTextNode('coder')));
      const link = $createParagraphNode().append(
        $createTextNode('Voir '),
        $createLinkNode('https://stess.example/grille').append($createTextNode('la grille')),
        $createTextNode(' et '),
        $createLinkNode('https://stess.example').append($createTextNode('https://stess.example')),
      );
      root.append(intro, bullets, steps, link);
    },
    { discrete: true },
  );
  return JSON.stringify(e.getEditorState().toJSON());
}

describe('memo bodies', () => {
  it('read Lexical JSON with formatting, nested lists and links as plain text', () => {
    const body = readMemoBody(richState());
    expect(body.ok && body.format).toBe('lexical');
    expect(body.ok && body.text).toBe(
      ['Trois freins majeurs :', '• le temps', '• la posture', '  • faire à la place', '1. relire', '2. coder', 'Voir la grille (https://stess.example/grille) et https://stess.example'].join('\n'),
    );
  });

  it('list the node types a state uses, so the editor can refuse types it does not know', () => {
    const body = readMemoBody(richState());
    expect(body.ok && body.format === 'lexical' && [...nodeTypes(body.state)].sort()).toEqual(['link', 'list', 'listitem', 'paragraph', 'root', 'text']);
  });

  it('turn plain text into paragraphs that Lexical loads, one per line', () => {
    const e = editor();
    const state = e.parseEditorState(JSON.stringify(plainTextToEditorState('Première ligne\r\n\r\nTroisième « ligne »')));
    e.setEditorState(state);
    const paragraphs = state.read(() => $getRoot().getChildren().map((p) => [p.getType(), p.getTextContent()]));
    expect(paragraphs).toEqual([
      ['paragraph', 'Première ligne'],
      ['paragraph', ''],
      ['paragraph', 'Troisième « ligne »'],
    ]);
    const again = readMemoBody(JSON.stringify(e.getEditorState().toJSON()));
    expect(again.ok && again.text).toBe('Première ligne\n\nTroisième « ligne »');
  });

  it('take a body that does not start with « { » as plain text, and refuse broken or oversized JSON', () => {
    expect(readMemoBody('Un mémo ancien')).toEqual({ ok: true, format: 'plain', text: 'Un mémo ancien' });
    expect(readMemoBody('{pas du json')).toEqual({ ok: false, reason: 'invalid' });
    expect(readMemoBody('{"root":{"type":"root"}}')).toEqual({ ok: false, reason: 'invalid' });
    expect(readMemoBody('{"root":{"type":"root","children":[{"type":"text","text":3}]}}')).toEqual({ ok: false, reason: 'invalid' });
    expect(readMemoBody('x'.repeat(MEMO_MAX_BODY_CHARS + 1))).toEqual({ ok: false, reason: 'tooLarge' });
    let deep: object = { type: 'text', text: 'x' };
    for (let i = 0; i < 100; i++) deep = { type: 'paragraph', children: [deep] };
    expect(readMemoBody(JSON.stringify({ root: { type: 'root', children: [deep] } }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuse links that are not http, https or mailto', () => {
    const withLink = (url: string) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [] }] }] } });
    expect(readMemoBody(withLink('https://exemple.fr')).ok).toBe(true);
    expect(readMemoBody(withLink('javascript:alert(1)')).ok).toBe(false);
    expect(readMemoBody(withLink('file:///etc/passwd')).ok).toBe(false);
  });
});

describe('link addresses', () => {
  it('accept http, https and mailto, completing bare addresses', () => {
    expect(sanitizeLinkUrl(' https://www.stess.fr/grille?x=1 ')).toBe('https://www.stess.fr/grille?x=1');
    expect(sanitizeLinkUrl('http://exemple.org')).toBe('http://exemple.org');
    expect(sanitizeLinkUrl('MAILTO:claire@exemple.fr')).toBe('MAILTO:claire@exemple.fr');
    expect(sanitizeLinkUrl('www.stess.fr')).toBe('https://www.stess.fr');
    expect(sanitizeLinkUrl('stess.fr/page')).toBe('https://stess.fr/page');
    expect(sanitizeLinkUrl('claire@exemple.fr')).toBe('mailto:claire@exemple.fr');
  });

  it('refuse every other scheme, spaces and control characters', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'ftp://x.fr', 'https://', 'a b.fr', 'https://x.fr/\u0000', '', 'pas une adresse']) {
      expect(sanitizeLinkUrl(bad), bad).toBeNull();
    }
  });
});

describe('search folding', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Évaluation ÉCOUTE Œuvre')).toBe('evaluation ecoute œuvre');
    expect(matchesFolded('evaluation', 'Mémo', 'L’Évaluation des freins')).toBe(true);
    expect(matchesFolded('évaluation freins', 'evaluation', 'des FREINS')).toBe(true);
    expect(matchesFolded('evaluation posture', 'Évaluation des freins')).toBe(false);
    expect(matchesFolded('  ', 'x')).toBe(true);
    expect(matchesFolded('x', null, undefined)).toBe(false);
  });

  it('cuts excerpts at a word', () => {
    expect(excerpt('  court\n texte ')).toBe('court texte');
    expect(excerpt('un deux trois quatre cinq six', 15)).toBe('un deux trois…');
  });
});
