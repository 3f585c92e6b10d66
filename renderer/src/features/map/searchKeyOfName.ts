import { normalizeForSearch } from '../../../../shared/text/normalize';

/** « CC du Civraisien en Poitou » → « cc-du-civraisien-en-poitou », for file names. */
export function searchKeyOfName(name: string): string {
  return (
    normalizeForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'territoire'
  );
}
