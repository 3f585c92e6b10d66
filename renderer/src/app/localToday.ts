/**
 * Today in the computer's own time zone, as the date inputs write it (AAAA-MM-JJ): the user's day, not UTC's
 * (at 0 h 30 in Paris, `toISOString()` still says yesterday).
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
