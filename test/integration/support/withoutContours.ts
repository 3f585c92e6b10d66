import type { BackendContext } from '../../../electron/backend/context';

/**
 * The demo as a territory whose commune contours were never imported (the demo comes with its own): what a
 * technician has until they import their département's file.
 */
export function withoutContours(ctx: Pick<BackendContext, 'sqlite'>): void {
  ctx.sqlite.exec('DELETE FROM commune_contour; DELETE FROM contour_use');
}
