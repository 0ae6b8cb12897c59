/**
 * A code's name on one line, or on two when it is wider than `maxWidth`: cut at the space that
 * leaves the two lines most even. A name without spaces stays whole (it is never cut in a word).
 */
export function wrapLabel(name: string, maxWidth: number, width: (text: string) => number): string[] {
  if (width(name) <= maxWidth) return [name];
  const words = name.split(' ');
  if (words.length < 2) return [name];
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const widest = Math.max(...lines.map(width));
    if (widest < bestWidth) {
      best = lines;
      bestWidth = widest;
    }
  }
  return best;
}
