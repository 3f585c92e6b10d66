import { AppFailure } from '../../../shared/result';

export const meetingNotFound = () =>
  new AppFailure(
    'not_found',
    'Cette réunion n’existe plus\u00a0: elle a peut-être été supprimée. Rechargez la page.',
  );

export const seriesNotFound = () =>
  new AppFailure('not_found', 'Cette série de réunions n’existe plus. Rechargez la page.');

export const agendaItemNotFound = () =>
  new AppFailure('not_found', 'Ce point de l’ordre du jour n’existe plus. Rechargez la page.');

export const meetingActionNotFound = () =>
  new AppFailure(
    'not_found',
    'Cette action n’existe plus\u00a0: elle a peut-être été supprimée. Rechargez la page.',
  );
