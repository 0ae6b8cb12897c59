import { describe, expect, it } from 'vitest';
import { keepActive, moveActive, plainKey } from '../../../renderer/features/pseudonyms/grid';

const rows = ['Sonia', 'Roubaix', 'Élodie', 'Karim'];

describe('the review grid’s active cell', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveActive({ row: 'Sonia', col: 'decision' }, 'down', rows)).toEqual({ row: 'Roubaix', col: 'decision' });
    expect(moveActive({ row: 'Sonia', col: 'decision' }, 'up', rows)).toEqual({ row: 'Sonia', col: 'decision' });
    expect(moveActive({ row: 'Karim', col: 'decision' }, 'down', rows)).toEqual({ row: 'Karim', col: 'decision' });
    expect(moveActive({ row: 'Roubaix', col: 'original' }, 'left', rows)).toEqual({ row: 'Roubaix', col: 'original' });
    expect(moveActive({ row: 'Roubaix', col: 'decision' }, 'right', rows)).toEqual({ row: 'Roubaix', col: 'pseudonym' });
    expect(moveActive({ row: 'Roubaix', col: 'pseudonym' }, 'right', rows)).toEqual({ row: 'Roubaix', col: 'pseudonym' });
  });

  it('goes to the ends of the line, of the table, and by pages', () => {
    expect(moveActive({ row: 'Élodie', col: 'count' }, 'rowStart', rows)).toEqual({ row: 'Élodie', col: 'original' });
    expect(moveActive({ row: 'Élodie', col: 'count' }, 'rowEnd', rows)).toEqual({ row: 'Élodie', col: 'pseudonym' });
    expect(moveActive({ row: 'Élodie', col: 'count' }, 'top', rows)).toEqual({ row: 'Sonia', col: 'count' });
    expect(moveActive({ row: 'Sonia', col: 'count' }, 'bottom', rows)).toEqual({ row: 'Karim', col: 'count' });
    // Page of 2 from index 0: index 2; from index 3 up: index 1.
    expect(moveActive({ row: 'Sonia', col: 'kind' }, 'pageDown', rows, 2)).toEqual({ row: 'Élodie', col: 'kind' });
    expect(moveActive({ row: 'Karim', col: 'kind' }, 'pageUp', rows, 2)).toEqual({ row: 'Roubaix', col: 'kind' });
    expect(moveActive({ row: null, col: 'kind' }, 'down', [])).toEqual({ row: null, col: 'kind' });
  });

  it('stays on its candidate when lines change, else takes the line that took its place', () => {
    expect(keepActive({ row: 'Élodie', col: 'pseudonym' }, rows, ['Élodie', 'Karim'])).toEqual({ row: 'Élodie', col: 'pseudonym' });
    // « Roubaix » (index 1) rejected under the « À revoir » filter: the line now at index 1 is « Élodie ».
    expect(keepActive({ row: 'Roubaix', col: 'decision' }, rows, ['Sonia', 'Élodie', 'Karim'])).toEqual({ row: 'Élodie', col: 'decision' });
    // The last line leaves: the new last line.
    expect(keepActive({ row: 'Karim', col: 'decision' }, rows, ['Sonia', 'Roubaix', 'Élodie'])).toEqual({ row: 'Élodie', col: 'decision' });
    expect(keepActive({ row: 'Karim', col: 'decision' }, rows, [])).toEqual({ row: null, col: 'decision' });
    expect(keepActive({ row: null, col: 'original' }, [], rows)).toEqual({ row: 'Sonia', col: 'original' });
  });

  it('reads letters case-insensitively and leaves modified keys (Ctrl+Z) to the project', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => plainKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key('A')).toBe('a');
    expect(key('r')).toBe('r');
    expect(key('F2')).toBe('F2');
    expect(key('z', { ctrlKey: true })).toBeNull();
    expect(key('ArrowDown', { altKey: true })).toBeNull();
  });
});
