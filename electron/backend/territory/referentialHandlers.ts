import type { HandlerGroup } from '../router/handlers';
import { AppFailure } from '../../../shared/result';
import { getEpciDetail, searchEpci } from './referenceData';

/** Looking up EPCI in the offline reference data (before and after onboarding). */
export const referentialHandlers: HandlerGroup<'referential.searchEpci' | 'referential.getEpci'> = {
  'referential.searchEpci': ({ query }) => searchEpci(query),
  'referential.getEpci': ({ siren }) => {
    const epci = getEpciDetail(siren);
    if (!epci) throw unknownEpci(siren);
    return epci;
  },
};

export const unknownEpci = (siren: string): AppFailure =>
  new AppFailure(
    'not_found',
    `Aucune intercommunalité ne porte le SIREN ${siren} dans le référentiel : vérifiez le numéro ou cherchez-la par son nom.`,
  );
