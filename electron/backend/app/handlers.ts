import type { HandlerGroup } from '../router/handlers';
import { logError } from '../log/logger';
import { todayOf } from '../context';

export const appHandlers: HandlerGroup<'app.info' | 'app.reportError'> = {
  'app.info': (_input, ctx) => ({
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    today: todayOf(ctx),
    logPath: ctx.logPath,
  }),
  /** An error in the window (React or script): kept in the log, with where it happened, never user data. */
  'app.reportError': ({ where, message, stack }, ctx) => {
    logError(`Erreur dans la fenêtre (${where})\u00a0: ${message}${stack ? `\n${stack}` : ''}`);
    return { logPath: ctx.logPath };
  },
};
