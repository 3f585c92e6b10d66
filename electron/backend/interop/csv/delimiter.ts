/** The column separator of a CSV text: `,`, `;` or tab, whichever splits the first lines most consistently. */

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: Delimiter[] = [',', ';', '\t'];
/** The lines `detectDelimiter` reads. */
const LINES = 20;

/** Counts a separator outside double quotes, line by line (quoted newlines continue the line). */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let current = 0;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) current++;
    else if (!inQuotes && char === '\n') {
      counts.push(current);
      current = 0;
    }
  }
  if (counts.length < maxLines && current > 0) counts.push(current);
  return counts;
}

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of CANDIDATES) {
    const counts = countsPerLine(text, delimiter, LINES);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((count) => count === header).length;
    const score = header * consistent;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Whether `text` holds every line `detectDelimiter` reads: whatever follows cannot change its answer. */
export function holdsDelimiterLines(text: string): boolean {
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === '\n' && ++lines === LINES) return true;
  }
  return false;
}
