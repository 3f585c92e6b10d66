import type { HandlerGroup } from '../router/handlers';
import { AppFailure } from '../../../shared/result';
import { allCommunes, getEpciDetail, searchEpci } from './referenceData';
import { getTerritoryCommunes } from './repository';
import { searchCommunes } from './communeSearch';

/** Looking up EPCI and communes in the offline reference data (before and after onboarding). */
export const referentialHandlers: HandlerGroup<
  'referential.searchEpci' | 'referential.getEpci' | 'referential.searchCommunes'
> = {
  'referential.searchEpci': ({ query }) => searchEpci(query),
  'referential.searchCommunes': async ({ query }, ctx) =>
    searchCommunes(query, allCommunes(), await getTerritoryCommunes(ctx.db)),
  'referential.getEpci': ({ siren }) => {
    const epci = getEpciDetail(siren);
    if (!epci) throw unknownEpci(siren);
    return epci;
  },
};

export const unknownEpci = (siren: string): AppFailure =>
  new AppFailure(
    'not_found',
    `Aucune intercommunalité ne porte le SIREN ${siren} dans le référentiel\u00a0: vérifiez le numéro ou cherchez-la par son nom.`,
  );
