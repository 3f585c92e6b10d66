import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { callOk } from './support/callOk';
import { useTempDir } from './support/tempDir';

/**
 * Issue 14, item 2: coordinates that do not fit their commune are never drawn nor counted where they point,
 * however they came in (the import leaves them empty; a form or an older database may still hold them).
 */

const tempDir = useTempDir();
const VIENNE = readFileSync(join(__dirname, '../fixtures/geo/communes-86-vienne-2018.geojson'));
const CIVRAISIEN = '200070035';
const CIVRAY = '86078';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

async function civraisien(withContours: boolean): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await ok('territory.choose', { siren: CIVRAISIEN });
  if (withContours) await ok('map.importContours', { contentBase64: VIENNE.toString('base64') });
}

async function actorAt(name: string, latitude: number, longitude: number): Promise<number> {
  const created = await ok('actors.create', {
    name,
    roles: ['lieu_mediation'],
    communeCode: CIVRAY,
    postcode: '86400',
    address: '1 place de la Mairie',
    places: [{ name, communeCode: CIVRAY, postcode: '86400', latitude, longitude }],
  });
  return created.id;
}

/** The `<circle>` drawn for an actor, or undefined. */
const circleOf = (svg: string, id: number) =>
  svg.match(new RegExp(`<circle [^>]*data-actor-id="${id}"[^>]*>`))?.[0];

describe('places whose stored coordinates do not fit their commune', () => {
  it('are drawn at their commune’s centre, hollow, and said in the summary and the caption', async () => {
    await civraisien(true);
    const right = await actorAt('Médiathèque de Civray', 46.148, 0.295);
    const marseille = await actorAt('Bus numérique (arrêt mal géocodé)', 43.451, 5.412);
    const swapped = await actorAt('Mairie de Civray (lat/lon inversées)', 0.295, 46.148);

    const map = await ok('map.svg', {});
    expect(map.summary).toMatchObject({
      placeCount: 3,
      communesWithPlaces: 1,
      approximateCount: 0,
      unplacedCount: 0,
      misplacedCount: 2,
    });
    const svg = map.svg!;
    // The right one is filled where it is; the two others are hollow (approximate) at Civray's centre.
    const hollow = (id: number) => /fill="#FFFFFF"/.test(circleOf(svg, id)!);
    expect(hollow(right)).toBe(false);
    expect(hollow(marseille)).toBe(true);
    expect(hollow(swapped)).toBe(true);
    expect(svg).toContain(
      '2\u00a0lieux aux coordonnées invraisemblables pour leur commune, montrés au centre de celle-ci',
    );
  });

  it('are not drawn at all without contours, and not counted as placed', async () => {
    await civraisien(false);
    await actorAt('Médiathèque de Civray', 46.148, 0.295);
    const noumea = await actorAt('Lieu sous un code de Civray', -22.276, 166.458);
    const map = await ok('map.svg', {});
    // Both are places of Civray, drawn or not: the caption counts them as the diagnostic does.
    expect(map.summary).toMatchObject({
      placeCount: 2,
      communesWithPlaces: 1,
      communesWithoutPlaces: 34,
      misplacedCount: 1,
      unplacedCount: 0,
    });
    expect(map.svg).toContain('2\u00a0lieux sur 1\u00a0commune\u00a0; 34\u00a0communes sans lieu fixe');
    expect(circleOf(map.svg!, noumea)).toBeUndefined();
    expect(map.svg).toContain('1\u00a0lieu aux coordonnées invraisemblables pour sa commune hors carte');
  });

  it('count at their commune’s centre in the diagnostic’s distances, never where they point', async () => {
    await civraisien(true);
    const service = 'Aide aux démarches administratives';
    await ok('actors.create', {
      name: 'Bus numérique (arrêt mal géocodé)',
      roles: ['lieu_mediation'],
      communeCode: CIVRAY,
      places: [
        {
          name: 'Arrêt de Civray',
          communeCode: CIVRAY,
          latitude: 43.451,
          longitude: 5.412,
          services: [service],
        },
      ],
    });
    const diagnostic = await ok('diagnostic.get', {});
    const civray = diagnostic.communes.find((c) => c.code === CIVRAY)!;
    // At Civray's centre: 0 km from Civray (at Marseille it would have been ≈ 480 km).
    expect(civray.nearest.find((n) => n.service === service)).toMatchObject({ distanceKm: 0 });
    const others = diagnostic.communes.flatMap((c) => c.nearest.filter((n) => n.service === service));
    expect(Math.max(...others.map((n) => n.distanceKm ?? 0))).toBeLessThan(60);
  });
});
