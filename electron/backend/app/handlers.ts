import type { HandlerGroup } from '../router/handlers';
import { todayOf } from '../context';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (_input, ctx) => ({
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    today: todayOf(ctx),
    logPath: ctx.logPath,
  }),
};
