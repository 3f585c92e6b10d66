import { AppFailure } from '../../../shared/result';

export const meetingNotFound = () =>
  new AppFailure(
    'not_found',
    'Cette réunion n’existe plus : elle a peut-être été supprimée. Rechargez la page.',
  );

export const seriesNotFound = () =>
  new AppFailure('not_found', 'Cette série de réunions n’existe plus. Rechargez la page.');

export const instanceGone = () =>
  new AppFailure(
    'not_found',
    'Cette instance n’existe plus : elle a peut-être été supprimée. Rechargez la page.',
  );
