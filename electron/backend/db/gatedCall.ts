import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { gateOf } from './databaseGate';

/**
 * How each router call goes through the database gate (`databaseGate.ts`):
 * - the few calls that never touch the database pass at once (an import's progress and cancel must be
 *   answered while the import waits for the gate);
 * - calls that only read share the connection with one another;
 * - every other call writes, and runs alone: its statements and its transaction, if any, are its own,
 *   never mixed with another call's (with one connection, a statement run while another call's
 *   transaction is open joins it, and is undone with it). A new method is a writer until listed here.
 */

const WITHOUT_DATABASE: ReadonlySet<string> = new Set([
  'app.info',
  'app.reportError',
  'referential.searchEpci',
  'referential.getEpci',
  'openingHours.read',
  'import.prepare',
  'import.progress',
  'import.cancel',
]);

/**
 * Calls that take the gate themselves for the part that touches the database: a Word document reads its data
 * under the shared gate, then is built in a worker thread without holding anyone back.
 */
const SELF_GATED: ReadonlySet<string> = new Set(['documents.build', 'sharing.kit']);

const READ_ONLY: ReadonlySet<string> = new Set([
  'territory.get',
  'actors.list',
  'actors.get',
  'actors.trash',
  'map.svg',
  'export.preview',
  'export.file',
  'duplicates.list',
  'import.preview',
  'import.placeOrigins',
  'indicators.preview',
  'indicators.list',
  'diagnostic.get',
  'diagnostic.settings',
  'diagnostic.map',
  'diagnostic.snapshots',
  'diagnostic.snapshot',
  'diagnostic.compare',
  'instances.list',
  'instances.get',
  'instances.check',
  'meetings.overview',
  'meetings.choices',
  'meetings.get',
  'meetings.calendar',
  'meetings.convocation',
  'roadmap.get',
  'roadmap.versions',
  'roadmap.version',
  'roadmap.compare',
  'documents.availability',
  'backups.list',
]);

export async function gatedCall<T>(
  ctx: BackendContext,
  method: string,
  work: () => T | Promise<T>,
): Promise<T> {
  if (WITHOUT_DATABASE.has(method) || SELF_GATED.has(method)) return work();
  const gate = gateOf(ctx);
  const guarded = () => {
    // The gate guarantees that no other call's transaction is open here; if one were, this call would join it.
    if (ctx.sqlite.open && ctx.sqlite.inTransaction)
      throw new AppFailure('conflict', 'Une autre écriture est en cours\u00a0: réessayez dans un instant.');
    return work();
  };
  return READ_ONLY.has(method) ? gate.shared(guarded) : gate.exclusive(guarded);
}
