import { openDatabase } from './db/open';
import { systemClock, type Clock } from './clock';
import type { BackendContext } from './context';
import { createRouter, type Router } from './router/router';
import type { HandlerGroup } from './router/handlers';
import { appHandlers } from './app/handlers';
import { referentialHandlers } from './territory/referentialHandlers';
import { territoryHandlers } from './territory/handlers';
import { actorHandlers } from './actors/handlers';
import { openingHoursHandlers } from './actors/openingHoursHandlers';
import { mapHandlers } from './map/handlers';
import { adoptLegacyContourUse } from './map/contourUseRepository';
import { exportHandlers } from './interop/lieux-mediation/exportHandlers';
import { duplicateHandlers } from './duplicates/handlers';
import { importHandlers } from './interop/import/handlers';
import { indicatorHandlers } from './diagnostic/indicators/handlers';
import { diagnosticHandlers } from './diagnostic/handlers';
import { governanceHandlers } from './governance/handlers';
import { roadmapHandlers } from './roadmap/handlers';
import { documentHandlers } from './documents/handlers';
import { backupHandlers } from './backups/handlers';

/**
 * Every method's handler, one map: typed against the contract, so that a method declared without a handler,
 * or a handler for a name the contract does not declare, does not compile.
 */
const ALL_HANDLERS: HandlerGroup = {
  ...appHandlers,
  ...referentialHandlers,
  ...territoryHandlers,
  ...actorHandlers,
  ...openingHoursHandlers,
  ...mapHandlers,
  ...exportHandlers,
  ...duplicateHandlers,
  ...importHandlers,
  ...indicatorHandlers,
  ...diagnosticHandlers,
  ...governanceHandlers,
  ...roadmapHandlers,
  ...documentHandlers,
  ...backupHandlers,
};

export interface Backend {
  router: Router;
  ctx: BackendContext;
  /** The schema version the file had before this start, when it was migrated (null: unchanged or new). */
  migratedFrom: number | null;
  close(): Promise<void>;
}

export interface BackendOptions {
  databasePath: string;
  clock?: Clock;
  appVersion?: string;
  logPath?: string | null;
}

/** The whole engine: one database file, one router. Runs the same under Electron, the web host and tests. */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const opened = openDatabase(options.databasePath, { now: () => clock.now() });
  const ctx: BackendContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    clock,
    databasePath: opened.path,
    schemaVersion: opened.migration.to,
    appVersion: options.appVersion ?? '0.0.0',
    logPath: options.logPath ?? null,
  };
  adoptLegacyContourUse(ctx);
  const router = createRouter(ctx);
  router.register(ALL_HANDLERS);
  const { from, to } = opened.migration;
  return { router, ctx, migratedFrom: from > 0 && from < to ? from : null, close: () => opened.close() };
}
