import { openDatabase } from './db/open';
import { systemClock, type Clock } from './clock';
import type { BackendContext } from './context';
import { createRouter, type Router } from './router/router';
import type { HandlerGroup } from './router/handlers';
import { appHandlers } from './app/handlers';
import { territoryApi } from '../../shared/territory/territoryApi';
import { actorApi } from '../../shared/actors/actorApi';
import { adoptLegacyContourUse } from './map/contourUseRepository';
import { onFirstCall } from './router/onFirstCall';
import { mapApi } from '../../shared/map/mapApi';
import { exportApi } from '../../shared/interop/exportApi';
import { duplicateApi } from '../../shared/duplicates/duplicateApi';
import { importApi } from '../../shared/interop/importApi';
import { indicatorApi } from '../../shared/diagnostic/indicatorApi';
import { diagnosticApi } from '../../shared/diagnostic/diagnosticApi';
import { governanceApi } from '../../shared/governance/governanceApi';
import { roadmapApi } from '../../shared/roadmap/roadmapApi';
import { documentApi } from '../../shared/documents/documentApi';
import { backupApi } from '../../shared/backups/backupApi';
import { meetingsApi } from '../../shared/meetings/meetingsApi';
import { networkApi } from '../../shared/network/networkApi';
import { uploadApi } from '../../shared/uploads/uploadApi';
import { activityApi } from '../../shared/activity/activityApi';
import { sharingApi } from '../../shared/sharing/sharingApi';
import { forgetPlan } from './interop/import/planCache';
import { sweepSpools } from './interop/import/planSpool';

/** The first screen asks for the territory, then the directory: both are loaded as soon as the engine is ready. */
const territory = onFirstCall(territoryApi, () =>
  Promise.all([import('./territory/handlers'), import('./territory/referentialHandlers')]).then(([t, r]) => ({
    ...t.territoryHandlers,
    ...r.referentialHandlers,
  })),
);
const actors = onFirstCall(actorApi, () =>
  Promise.all([import('./actors/handlers'), import('./actors/openingHoursHandlers')]).then(([a, o]) => ({
    ...a.actorHandlers,
    ...o.openingHoursHandlers,
  })),
);
const FIRST_SCREEN = [territory, actors];

/**
 * Every method's handler, one map: typed against the contract, so that a method declared without a handler,
 * or a handler for a name the contract does not declare, does not compile. Apart from `app.*`, each domain's
 * code is loaded on its first call (`router/onFirstCall.ts`), from its own built files: the engine answers
 * its host as soon as the database is open, and a Word document's or an import's libraries are loaded only
 * by the user who makes one.
 */
const ALL_HANDLERS: HandlerGroup = {
  ...appHandlers,
  ...territory.handlers,
  ...actors.handlers,
  ...onFirstCall(mapApi, () => import('./map/handlers').then((m) => m.mapHandlers)).handlers,
  ...onFirstCall(exportApi, () =>
    import('./interop/lieux-mediation/exportHandlers').then((m) => m.exportHandlers),
  ).handlers,
  ...onFirstCall(duplicateApi, () => import('./duplicates/handlers').then((m) => m.duplicateHandlers))
    .handlers,
  ...onFirstCall(importApi, () => import('./interop/import/handlers').then((m) => m.importHandlers)).handlers,
  ...onFirstCall(indicatorApi, () =>
    import('./diagnostic/indicators/handlers').then((m) => m.indicatorHandlers),
  ).handlers,
  ...onFirstCall(diagnosticApi, () => import('./diagnostic/handlers').then((m) => m.diagnosticHandlers))
    .handlers,
  ...onFirstCall(governanceApi, () => import('./governance/handlers').then((m) => m.governanceHandlers))
    .handlers,
  ...onFirstCall(roadmapApi, () => import('./roadmap/handlers').then((m) => m.roadmapHandlers)).handlers,
  ...onFirstCall(documentApi, () => import('./documents/handlers').then((m) => m.documentHandlers)).handlers,
  ...onFirstCall(backupApi, () => import('./backups/handlers').then((m) => m.backupHandlers)).handlers,
  ...onFirstCall(meetingsApi, () => import('./meetings/handlers').then((m) => m.meetingsHandlers)).handlers,
  ...onFirstCall(networkApi, () => import('./network/handlers').then((m) => m.networkHandlers)).handlers,
  ...onFirstCall(uploadApi, () => import('./uploads/handlers').then((m) => m.uploadHandlers)).handlers,
  ...onFirstCall(activityApi, () => import('./activity/handlers').then((m) => m.activityHandlers)).handlers,
  ...onFirstCall(sharingApi, () => import('./sharing/handlers').then((m) => m.sharingHandlers)).handlers,
};

export interface Backend {
  router: Router;
  ctx: BackendContext;
  /** The schema version the file had before this start, when it was migrated (null: unchanged or new). */
  migratedFrom: number | null;
  /**
   * Loads the first screen's domains (territory, directory) ahead of their first call: the engine's host calls
   * it once the engine is ready, while the window opens, so that the window's first calls find them compiled.
   */
  warmUp(): Promise<void>;
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
  // The database is this engine's alone from here: a plan's file found next to it was left by a crash.
  sweepSpools(opened.path);
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
  return {
    router,
    ctx,
    migratedFrom: from > 0 && from < to ? from : null,
    warmUp: async () => void (await Promise.all(FIRST_SCREEN.map((domain) => domain.load()))),
    close: () => {
      forgetPlan(ctx);
      return opened.close();
    },
  };
}
