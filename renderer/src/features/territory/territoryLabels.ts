import { countLabel } from '../../../../shared/format/french';
import { departementLabel } from '../../../../shared/territory/departements';
import type { CommuneDto, EpciSummaryDto } from '../../../../shared/territory/dto';
import { epciTypeLabel } from '../../../../shared/territory/epciTypes';

/** « 27 496 habitants », « 1 habitant ». */
export const populationLabel = (population: number): string => countLabel(population, 'habitant');

/** « 35 communes ». */
export const communeCountLabel = (count: number): string => countLabel(count, 'commune');

/** « Vienne (86) », « Loire (42), Rhône (69) ». */
export const departementsLabel = (codes: readonly string[]): string => codes.map(departementLabel).join(', ');

/** The départements of a list of commune codes (« 97411 » is in 974, « 2A004 » in 2A), sorted. */
export function departementsOfCommunes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.slice(0, code.startsWith('97') ? 3 : 2)))].sort();
}

/** The second line of an EPCI in a list: « Communauté de communes · Vienne (86) · 35 communes · 26 737 habitants ». */
export function epciFacts(
  epci: Pick<EpciSummaryDto, 'type' | 'departements' | 'communeCount' | 'population'>,
): string[] {
  return [
    epciTypeLabel(epci.type),
    departementsLabel(epci.departements),
    communeCountLabel(epci.communeCount),
    populationLabel(epci.population),
  ].filter((fact) => fact.length > 0);
}

export type CommuneOrder = 'population' | 'name';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Communes by population (largest first, then by name) or by name in French order; the input is not changed. */
export function sortCommunes(communes: readonly CommuneDto[], order: CommuneOrder): CommuneDto[] {
  return [...communes].sort((a, b) =>
    order === 'population'
      ? b.population - a.population || collator.compare(a.name, b.name)
      : collator.compare(a.name, b.name),
  );
}
