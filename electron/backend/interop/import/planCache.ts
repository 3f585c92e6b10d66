import type { BackendContext } from '../../context';
import { changeStampOf, unchangedSince, type ChangeStamp } from '../../db/changeStamp';
import type { ImportPlan, WritablePlan } from './plan';
import type { ImportFileRequest } from './prepareImport';

/**
 * The plan of the last preview, kept so that `import.start` with the same file and the same choices does
 * not read, check and plan the whole file a second time. It is used once, and only while the database is
 * exactly as the preview saw it (`db/changeStamp.ts`). Otherwise the plan is made again, as it would have been.
 */

interface Remembered {
  request: ImportFileRequest;
  plan: WritablePlan;
  stamp: ChangeStamp;
}

const remembered = new WeakMap<BackendContext, Remembered>();

const mappingKey = (mapping: ImportFileRequest['mapping']) =>
  mapping === undefined
    ? ''
    : JSON.stringify(Object.entries(mapping).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const sameRequest = (a: ImportFileRequest, b: ImportFileRequest) =>
  a.fileName === b.fileName &&
  a.repair === b.repair &&
  mappingKey(a.mapping) === mappingKey(b.mapping) &&
  // A file sent in pieces is not changed once whole: the same upload is the same bytes.
  a.uploadId === b.uploadId &&
  a.contentBase64 === b.contentBase64;

export function rememberPlan(ctx: BackendContext, request: ImportFileRequest, plan: ImportPlan): void {
  // Only what the job writes: the lists of refused rows and warnings (whose texts quote the file) went
  // with the preview.
  const { rows, counts, spool, readAt } = plan;
  forgetPlan(ctx);
  remembered.set(ctx, { request, plan: { rows, counts, spool, readAt }, stamp: changeStampOf(ctx) });
}

/** Drops the remembered plan, if any, with its file (a new preview, the engine closing). */
export function forgetPlan(ctx: BackendContext): void {
  remembered.get(ctx)?.plan.spool.close();
  remembered.delete(ctx);
}

/**
 * The preview's plan for this very request on an unchanged database (the caller now closes it), or null;
 * forgotten either way.
 */
export function takePlan(ctx: BackendContext, request: ImportFileRequest): WritablePlan | null {
  const last = remembered.get(ctx);
  remembered.delete(ctx);
  if (!last) return null;
  if (sameRequest(last.request, request) && unchangedSince(last.stamp, ctx)) return last.plan;
  last.plan.spool.close();
  return null;
}
