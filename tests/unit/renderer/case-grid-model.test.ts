import { describe, expect, it } from 'vitest';
import { gridColumns, keepCell, moveCell, rangeBetween, type GridColumnKey } from '../../../renderer/features/cases/gridModel';

const columns: GridColumnKey[] = ['select', 'name', 'links', 'a1', 'a2', 'description'];
const rows = [10, 20, 30, 40, 50];

describe('the case grid', () => {
  it('puts the checkbox, the name and the documents first, the attributes in order, the description last', () => {
    const keys = gridColumns([
      { id: 1, name: 'Rôle', type: 'category', position: 0 },
      { id: 2, name: 'Ancienneté', type: 'number', position: 1 },
    ]).map((c) => c.key);
    expect(keys).toEqual(columns);
  });

  it('moves with arrows, stopping at the edges; the header sits above the first case', () => {
    expect(moveCell({ row: 10, col: 'a1' }, 'up', rows, columns)).toEqual({ row: 'header', col: 'a1' });
    expect(moveCell({ row: 'header', col: 'a1' }, 'up', rows, columns)).toEqual({ row: 'header', col: 'a1' });
    expect(moveCell({ row: 50, col: 'a1' }, 'down', rows, columns)).toEqual({ row: 50, col: 'a1' });
    expect(moveCell({ row: 20, col: 'select' }, 'left', rows, columns)).toEqual({ row: 20, col: 'select' });
    expect(moveCell({ row: 20, col: 'a2' }, 'right', rows, columns)).toEqual({ row: 20, col: 'description' });
  });

  it('jumps with Home/End, Ctrl+Home/End and pages', () => {
    expect(moveCell({ row: 30, col: 'a1' }, 'rowStart', rows, columns)).toEqual({ row: 30, col: 'select' });
    expect(moveCell({ row: 30, col: 'a1' }, 'rowEnd', rows, columns)).toEqual({ row: 30, col: 'description' });
    expect(moveCell({ row: 'header', col: 'a1' }, 'bottom', rows, columns)).toEqual({ row: 50, col: 'a1' });
    expect(moveCell({ row: 40, col: 'a1' }, 'top', rows, columns)).toEqual({ row: 10, col: 'a1' });
    expect(moveCell({ row: 10, col: 'a1' }, 'pageDown', rows, columns, 2)).toEqual({ row: 30, col: 'a1' });
    expect(moveCell({ row: 30, col: 'a1' }, 'pageUp', rows, columns, 10)).toEqual({ row: 10, col: 'a1' });
  });

  it('keeps the active case when rows are sorted, and takes its neighbour when it is filtered out', () => {
    expect(keepCell({ row: 30, col: 'a1' }, rows, [50, 30, 10], columns)).toEqual({ row: 30, col: 'a1' });
    expect(keepCell({ row: 30, col: 'a1' }, rows, [10, 20, 40, 50], columns)).toEqual({ row: 40, col: 'a1' });
    expect(keepCell({ row: 50, col: 'a3' }, rows, [10], columns)).toEqual({ row: 10, col: 'name' });
    expect(keepCell({ row: 10, col: 'a1' }, rows, [], columns)).toEqual({ row: 'header', col: 'a1' });
  });

  it('selects a range in the shown order, from either end', () => {
    expect(rangeBetween([50, 30, 10, 20], 30, 20)).toEqual([30, 10, 20]);
    expect(rangeBetween([50, 30, 10, 20], 20, 50)).toEqual([50, 30, 10, 20]);
  });
});
