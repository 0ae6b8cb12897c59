import type { SearchUnit } from '../../db/repositories/search';

/** Units that say where a passage is: a speaker turn, a grid answer or cell. */
export class WhereIndex {
  private readonly units: SearchUnit[];

  constructor(units: readonly SearchUnit[]) {
    this.units = units.filter((u) => u.speaker !== null || u.prompt !== null || u.column !== null).sort((a, b) => a.start - b.start);
  }

  /** « Claire » for a turn, « Objet de l’intervention · Faits observés » for a grid answer. */
  at(offset: number): string | null {
    let low = 0;
    let high = this.units.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.units[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && i >= low - 8; i -= 1) {
      const unit = this.units[i]!;
      if (unit.end <= offset) continue;
      if (unit.speaker) return unit.speaker;
      return [unit.prompt, unit.column].filter((p): p is string => Boolean(p)).join(' · ') || null;
    }
    return null;
  }
}
