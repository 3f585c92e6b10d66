import type { HandlerGroup } from '../router/handlers';
import { readOpeningHours } from './openingHours';

/** Reads opening hours back in French while they are typed (the form's live preview). */
export const openingHoursHandlers: HandlerGroup<'openingHours.read'> = {
  'openingHours.read': ({ value }) => readOpeningHours(value),
};
