import { AppFailure } from '../../../shared/result';
import type { TerritoryDto } from '../../../shared/territory/dto';
import { formatDate } from '../../../shared/format/french';
import type { BackendContext } from '../context';
import { todayOf } from '../context';
import { getTerritory } from '../territory/repository';
import { logoFromDataUrl, type DocumentLogo } from './logo';

/** What every document needs besides its own data: the territory, its logo, today's date and who signs. */
export interface DocumentContext {
  territory: TerritoryDto;
  logo: DocumentLogo | null;
  /** ISO date of the document (the backend's today). */
  today: string;
  /** « 1er décembre 2026 » */
  date: string;
  /** « Claire Dumont, chargée de mission inclusion numérique », or null. */
  author: string | null;
}

export async function documentContextOf(ctx: BackendContext): Promise<DocumentContext> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Choisissez d’abord le territoire.');
  const today = todayOf(ctx);
  const { name, role } = territory.contact;
  return {
    territory,
    logo: logoFromDataUrl(territory.logoDataUrl),
    today,
    date: formatDate(today),
    author: name ? (role ? `${name}, ${role}` : name) : null,
  };
}
