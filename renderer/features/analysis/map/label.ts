/**
 * A node's name as the map writes it: on one to three lines of at most `width` characters, cut at
 * spaces; a word longer than a line stays whole. Nothing is dropped (the map hides no name).
 */
export function labelLines(name: string, width = 22): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  // More than three lines: the rest joins the third, so the name stays complete.
  if (lines.length > 3) return [lines[0]!, lines[1]!, lines.slice(2).join(' ')];
  return lines.length > 0 ? lines : [''];
}

/** An estimate of a label's size in pixels without measuring the page (the layout is computed before drawing). */
export function labelSize(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: longest * fontSize * 0.56, height: lines.length * fontSize * 1.2 };
}
