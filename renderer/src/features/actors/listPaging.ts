/** Which pages of the directory list the visible rows need. Pure: no React, no DOM. */

/** The page indexes covering rows `first`..`last` (inclusive), within `total` rows. */
export function pagesForRows(first: number, last: number, total: number, pageSize: number): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.max(0, Math.floor(first / pageSize));
  const to = Math.min(Math.floor((total - 1) / pageSize), Math.floor(last / pageSize));
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);
  return pages;
}

/** The row at `index` from the cached pages, or undefined while its page has not arrived. */
export function rowAt<T>(
  pages: Readonly<Record<number, readonly T[]>>,
  index: number,
  pageSize: number,
): T | undefined {
  return pages[Math.floor(index / pageSize)]?.[index % pageSize];
}
