import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf, todayOf, type BackendContext } from '../context';
import { createActor } from '../actors/repository';
import { quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { TerritoryDto } from '../../../shared/territory/dto';
import { prepareLogo } from './logoImage';
import { getEpciDetail } from './referenceData';
import { unknownEpci } from './referentialHandlers';
import {
  getTerritory,
  hasTerritory,
  insertTerritory,
  setTerritoryLogo,
  updateTerritorySettings,
} from './repository';
import { DEMO_EPCI_SIREN, demoDirectory } from './demo/demoDirectory';
import { importDemoContours } from './demo/demoContours';
import { resetTerritory } from './reset';

const noTerritory = () =>
  new AppFailure('no_territory', 'Choisissez d’abord votre intercommunalité (écran d’accueil).');

async function currentTerritory(ctx: BackendContext): Promise<TerritoryDto> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw noTerritory();
  return territory;
}

/**
 * Copies an EPCI and its communes into the database; `fill` runs in the same transaction, so that a
 * demo is created whole or not at all.
 */
async function chooseTerritory(
  ctx: BackendContext,
  siren: string,
  options: { isDemo: boolean; fill?: (trx: BackendContext['db'], now: string) => Promise<void> },
): Promise<TerritoryDto> {
  const epci = getEpciDetail(siren);
  if (!epci) throw unknownEpci(siren);
  const now = nowIsoOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await getTerritory(trx);
    if (existing) {
      throw new AppFailure(
        'conflict',
        `Le territoire ${quoted(existing.displayName)} est déjà choisi\u00a0: Maillage suit une seule intercommunalité par fichier de données.`,
      );
    }
    await insertTerritory(trx, epci, { now, isDemo: options.isDemo });
    await options.fill?.(trx, now);
  });
  return currentTerritory(ctx);
}

export const territoryHandlers: HandlerGroup<
  | 'territory.get'
  | 'territory.choose'
  | 'territory.createDemo'
  | 'territory.updateSettings'
  | 'territory.setLogo'
  | 'territory.reset'
> = {
  'territory.get': (_input, ctx) => getTerritory(ctx.db),

  'territory.choose': ({ siren }, ctx) => chooseTerritory(ctx, siren, { isDemo: false }),

  'territory.createDemo': (_input, ctx) => {
    const today = todayOf(ctx);
    return chooseTerritory(ctx, DEMO_EPCI_SIREN, {
      isDemo: true,
      fill: async (trx, now) => {
        for (const actor of demoDirectory(today)) await createActor(trx, actor, { now });
        await importDemoContours(ctx, trx);
      },
    });
  },

  'territory.updateSettings': async (settings, ctx) => {
    if (!(await updateTerritorySettings(ctx.db, settings))) throw noTerritory();
    return currentTerritory(ctx);
  },

  'territory.setLogo': async ({ logo }, ctx) => {
    if (!(await hasTerritory(ctx.db))) throw noTerritory();
    if (logo === null) {
      await setTerritoryLogo(ctx.db, null);
      return currentTerritory(ctx);
    }
    // The bytes decide, not the declared type: the image is decoded, checked and stored as a PNG we wrote.
    const prepared = prepareLogo(Buffer.from(logo.base64, 'base64'));
    await setTerritoryLogo(ctx.db, prepared);
    return currentTerritory(ctx);
  },

  'territory.reset': (_input, ctx) => resetTerritory(ctx),
};
