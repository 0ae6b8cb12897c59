import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/codebook';
import { buildCodeTree, dropPlace, freeName, keyboardMove, moveTargetFor, siblingNameTaken } from '../../../renderer/features/codebook/codeTree';

let nextId = 1;
function code(name: string, parentId: number | null, position: number): Code {
  return {
    id: nextId++,
    parentId,
    position,
    name,
    color: '#3b7dd8',
    description: '',
    inclusion: '',
    exclusion: '',
    path: name,
    codingCount: 0,
    documentCount: 0,
    caseCount: 0,
    exampleCount: 0,
  };
}

// Freins(1): A(2), B(3), C(4) ; Besoins(5): D(6)
nextId = 1;
const freins = code('Freins', null, 0);
const a = code('A', 1, 0);
const b = code('B', 1, 1);
const c = code('C', 1, 2);
const besoins = code('Besoins', null, 1);
const d = code('D', 5, 0);
const codes = [freins, a, b, c, besoins, d];
const tree = buildCodeTree(codes);

describe('moving codes in the tree', () => {
  it('reads the drop place from the height on the row', () => {
    expect(dropPlace(2, 30)).toBe('before');
    expect(dropPlace(15, 30)).toBe('inside');
    expect(dropPlace(28, 30)).toBe('after');
  });

  it('turns a drop into a parent and an index among the siblings, the moved code left out', () => {
    expect(moveTargetFor(tree, c.id, a.id, 'before')).toEqual({ parentId: freins.id, index: 0 });
    expect(moveTargetFor(tree, a.id, c.id, 'after')).toEqual({ parentId: freins.id, index: 2 });
    expect(moveTargetFor(tree, a.id, d.id, 'inside')).toEqual({ parentId: d.id, index: 0 });
    expect(moveTargetFor(tree, d.id, freins.id, 'inside')).toEqual({ parentId: freins.id, index: 3 });
    expect(moveTargetFor(tree, besoins.id, freins.id, 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('ignores a drop that changes nothing or puts a code inside itself', () => {
    expect(moveTargetFor(tree, a.id, b.id, 'before')).toBeNull();
    expect(moveTargetFor(tree, b.id, a.id, 'after')).toBeNull();
    expect(moveTargetFor(tree, freins.id, freins.id, 'inside')).toBeNull();
    expect(moveTargetFor(tree, freins.id, b.id, 'inside')).toBeNull();
  });

  it('moves with the keyboard: up, down, into the code above, out of the parent', () => {
    expect(keyboardMove(tree, b.id, 'up')).toEqual({ parentId: freins.id, index: 0 });
    expect(keyboardMove(tree, a.id, 'up')).toBeNull();
    expect(keyboardMove(tree, b.id, 'down')).toEqual({ parentId: freins.id, index: 2 });
    expect(keyboardMove(tree, c.id, 'down')).toBeNull();
    expect(keyboardMove(tree, b.id, 'indent')).toEqual({ parentId: a.id, index: 0 });
    expect(keyboardMove(tree, a.id, 'indent')).toBeNull();
    expect(keyboardMove(tree, b.id, 'outdent')).toEqual({ parentId: null, index: 1 });
    expect(keyboardMove(tree, freins.id, 'outdent')).toBeNull();
  });

  it('finds a sibling of the same name whatever the case, and proposes a free name', () => {
    expect(siblingNameTaken(codes, freins.id, ' b ')).toBe(b);
    expect(siblingNameTaken(codes, freins.id, 'b', b.id)).toBeUndefined();
    expect(siblingNameTaken(codes, null, 'A')).toBeUndefined();
    expect(freeName(codes, freins.id, 'Nouveau code')).toBe('Nouveau code');
    const withNew = [...codes, code('Nouveau code', 1, 3), code('Nouveau code 2', 1, 4)];
    expect(freeName(withNew, freins.id, 'Nouveau code')).toBe('Nouveau code 3');
  });
});
