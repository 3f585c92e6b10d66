import { DIAGNOSTIC_METHODS } from '../diagnostic/diagnosticMethods';
import { GOVERNANCE_METHODS } from '../governance/governanceMethods';
import { ROADMAP_METHODS } from '../roadmap/roadmapMethods';
import { DOCUMENT_METHODS } from '../documents/documentMethods';
import { BACKUP_METHODS } from '../backups/backupMethods';

/**
 * Every method the renderer may call. The preload checks names against this list before anything
 * crosses to the main process; the router refuses any other name.
 */
export const API_METHODS = [
  'app.info',
  'app.reportError',
  'referential.searchEpci',
  'referential.getEpci',
  'territory.get',
  'territory.choose',
  'territory.createDemo',
  'territory.updateSettings',
  'territory.setLogo',
  'territory.reset',
  'actors.list',
  'actors.get',
  'actors.create',
  'actors.update',
  'actors.delete',
  'actors.restore',
  'actors.trash',
  'actors.purge',
  'openingHours.read',
  'map.importContours',
  'map.svg',
  'export.preview',
  'export.file',
  'duplicates.list',
  'duplicates.dismiss',
  'duplicates.merge',
  'import.preview',
  'import.start',
  'import.progress',
  'import.cancel',
  'indicators.preview',
  'indicators.import',
  'indicators.list',
  'indicators.delete',
  ...DIAGNOSTIC_METHODS,
  ...GOVERNANCE_METHODS,
  ...ROADMAP_METHODS,
  ...DOCUMENT_METHODS,
  ...BACKUP_METHODS,
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const isApiMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
