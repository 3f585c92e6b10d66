import { AppFailure } from '../../../shared/result';

/** The answer when an actor's id names nothing (purged, or deleted from another window). */
export const actorNotFound = () =>
  new AppFailure(
    'not_found',
    'Cet acteur n’existe plus\u00a0: il a peut-être été supprimé ou mis à la corbeille. Rechargez la liste.',
  );
