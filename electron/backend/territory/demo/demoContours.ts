import type { BackendContext } from '../../context';
import { importContours } from '../../map/importContours';

/**
 * The demo's commune contours, imported as a user would import their département's file: the 40 communes of
 * the Vienne's 2018 contours file (IGN's, under the Licence Ouverte) that make today's 35 communes of the
 * Civraisien en Poitou, five of them since merged (into Valence-en-Poitou, and Saint-Macoux into Val-de-Comporté). So the demo's
 * map draws its communes and the diagnostic measures its distances, and the map says what the file gave
 * (« 40 contours utilisés, dont 5 anciennes communes… »). Loaded only when a demo is created.
 */
export async function importDemoContours(ctx: BackendContext, trx: BackendContext['db']): Promise<void> {
  const { default: contours } = await import('../../../../resources/demo/contours-civraisien-2018.json');
  await importContours(ctx, Buffer.from(JSON.stringify(contours)), trx);
}
