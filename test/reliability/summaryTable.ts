/** The closing table of `npm run reliability`: a label, dots, a figure, in two aligned columns. */
export function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) console.log(`  ${label} ${'·'.repeat(width - label.length)} ${value}`);
}
