import type Database from 'better-sqlite3';
import type { DataStore } from '../db/dataStore';
import type { ActorTagKind, PlaceTagKind } from '../db/schema';
import { decodeTags } from '../actors/tags';
import type { DiagnosticCommune, DiagnosticPlace, LonLat } from '../../../shared/diagnostic/offerInputs';
import type {
  NationalProgramme,
  Public,
  Service,
  SpecificSupport,
} from '../../../shared/vocabularies/lieuxMediation';
import { communeCentroids } from '../map/mapPoints';
import { contourStamp, readContours } from '../map/contourRepository';
import { coordinatesFit } from '../interop/import/coordinateCheck';
import type { FragilityDirection } from '../../../shared/diagnostic/indicatorSchemas';

/**
 * Everything the diagnostic reads from the database, in a handful of set-based queries (no query per actor
 * or per commune): the territory, its communes with their centres, the live places with their tags, and the
 * indicator values of the territory's communes. Prepared statements in raw mode on the connection, in one
 * synchronous read transaction (one snapshot, no event-loop turn while it is open), measured by
 * test/bench/diagnosticBench.ts.
 */

export interface DiagnosticTerritory {
  displayName: string;
  epciName: string;
  epciSiren: string;
}

/** A place, with the names that say which one it is (a snapshot keeps names, not ids). */
export interface NamedPlace extends DiagnosticPlace {
  label: string;
}

export interface IndicatorColumn {
  datasetId: number;
  datasetKind: 'ifn' | 'generic';
  datasetName: string;
  source: string;
  year: number;
  importedAt: string;
  key: string;
  label: string;
  unit: string;
  direction: FragilityDirection;
}

export interface IndicatorCell {
  datasetId: number;
  key: string;
  communeCode: string;
  value: number | null;
  status: 'ok' | 'secret' | 'missing';
}

export interface DiagnosticInputs {
  territory: DiagnosticTerritory | null;
  communes: DiagnosticCommune[];
  places: NamedPlace[];
  indicators: IndicatorColumn[];
  values: IndicatorCell[];
  /** Latest import date of the contours, null when none is imported. */
  contoursImportedAt: string | null;
}

/** Centres of the contours, kept while the contours stay the same (parsing them is the slowest read). */
let centroidCache: { key: string; centroids: Map<string, [number, number]>; contours: Contours } | null =
  null;

type Contours = ReturnType<typeof readContours>;

function centroidsOf(sqlite: Database.Database): {
  centroids: Map<string, [number, number]>;
  contours: Contours;
  importedAt: string | null;
} {
  // An import replaces every contour with one new date (to the millisecond): the date and count identify
  // them without reading the geometries.
  const stamp = contourStamp({ sqlite });
  if (stamp.count === 0) return { centroids: new Map(), contours: new Map(), importedAt: null };
  const key = `${sqlite.name}|${stamp.count}|${stamp.importedAt}`;
  if (centroidCache?.key !== key) {
    const contours = readContours({ sqlite });
    centroidCache = { key, centroids: communeCentroids(contours), contours };
  }
  return { ...centroidCache, importedAt: stamp.importedAt };
}

/** One set-based read: the live places with their services and their actors' publics, supports, programmes. */
const LIVE_PLACES = `
  SELECT p.id, p.actor_id, a.name, p.name, COALESCE(p.commune_code, a.commune_code),
         CASE WHEN p.latitude IS NOT NULL AND p.longitude IS NOT NULL THEN p.latitude ELSE a.latitude END,
         CASE WHEN p.latitude IS NOT NULL AND p.longitude IS NOT NULL THEN p.longitude ELSE a.longitude END,
         a.last_verified_on, p.tags, a.tags
    FROM place p JOIN actor a ON a.id = p.actor_id
   WHERE a.deleted_at IS NULL
   ORDER BY p.id`;

type PlaceRow = [
  placeId: number,
  actorId: number,
  actorName: string,
  placeName: string,
  communeCode: string | null,
  lat: number | null,
  lng: number | null,
  lastVerifiedOn: string | null,
  placeTags: string,
  actorTags: string,
];

const NO_VALUES: readonly string[] = Object.freeze([]);

/** The communes each live place holds permanences in (a bus, a mobile team), one row per place and commune. */
const PERMANENCE_COMMUNES = `
  SELECT DISTINCT m.place_id, m.commune_code
    FROM permanence m JOIN place p ON p.id = m.place_id JOIN actor a ON a.id = p.actor_id
   WHERE a.deleted_at IS NULL`;

function readPermanenceCommunes(sqlite: Database.Database): Map<number, string[]> {
  const byPlace = new Map<number, string[]>();
  for (const [placeId, code] of sqlite.prepare(PERMANENCE_COMMUNES).raw().all() as [number, string][]) {
    const own = byPlace.get(placeId);
    if (own) own.push(code);
    else byPlace.set(placeId, [code]);
  }
  return byPlace;
}

/**
 * The live places, their stored coordinates kept only where they fit their commune (`coordinatesFit`, as the
 * map draws them): a point 50 km away or with latitude and longitude swapped counts as unplaced, never as a
 * place where it points.
 */
function readPlaces(sqlite: Database.Database, contours: Contours): NamedPlace[] {
  const rows = sqlite.prepare(LIVE_PLACES).raw().all() as PlaceRow[];
  const permanences = readPermanenceCommunes(sqlite);
  return rows.map(
    ([placeId, , actorName, placeName, communeCode, lat, lng, lastVerifiedOn, placeTags, actorTags]) => {
      const place = decodeTags<PlaceTagKind>(placeTags);
      const actor = decodeTags<ActorTagKind>(actorTags);
      return {
        actorId: String(placeId),
        label: placeName === actorName ? actorName : `${actorName} — ${placeName}`,
        communeCode,
        coordinates:
          lat !== null && lng !== null && (!communeCode || coordinatesFit(lat, lng, communeCode, contours))
            ? ([lng, lat] as LonLat)
            : null,
        services: (place.service ?? NO_VALUES) as Service[],
        publics: (actor.public ?? NO_VALUES) as Public[],
        specificSupports: (actor.support ?? NO_VALUES) as SpecificSupport[],
        programmes: (actor.programme ?? NO_VALUES) as NationalProgramme[],
        lastVerifiedOn,
        ...(permanences.has(placeId) ? { permanenceCommunes: permanences.get(placeId)! } : {}),
      };
    },
  );
}

function readIndicators(sqlite: Database.Database): {
  indicators: IndicatorColumn[];
  values: IndicatorCell[];
} {
  const indicators = sqlite
    .prepare(
      `SELECT d.id AS datasetId, d.kind AS datasetKind, d.name AS datasetName, d.source, d.year,
              d.imported_at AS importedAt, i.key, i.label, i.direction, CASE WHEN i.unit <> '' THEN i.unit ELSE d.unit END AS unit
         FROM indicator i JOIN indicator_dataset d ON d.id = i.dataset_id
        ORDER BY d.year DESC, d.imported_at DESC, d.id, i.position`,
    )
    .all() as IndicatorColumn[];
  const values = sqlite
    .prepare(
      `SELECT v.dataset_id AS datasetId, v.indicator_key AS key, v.commune_code AS communeCode, v.value, v.status
         FROM indicator_value v JOIN territory_commune t ON t.code = v.commune_code`,
    )
    .all() as IndicatorCell[];
  return { indicators, values };
}

export function readDiagnosticInputs({ sqlite }: Pick<DataStore, 'sqlite'>): DiagnosticInputs {
  return sqlite.transaction(() => {
    const territory =
      (sqlite
        .prepare(
          'SELECT display_name AS displayName, epci_name AS epciName, epci_siren AS epciSiren FROM territory WHERE id = 1',
        )
        .get() as DiagnosticTerritory | undefined) ?? null;
    const { centroids, contours, importedAt } = centroidsOf(sqlite);
    const communes = (
      sqlite.prepare('SELECT code, name, population FROM territory_commune').all() as {
        code: string;
        name: string;
        population: number;
      }[]
    ).map((c): DiagnosticCommune => ({ ...c, centroid: centroids.get(c.code) ?? null }));
    return {
      territory,
      communes,
      places: readPlaces(sqlite, contours),
      ...readIndicators(sqlite),
      contoursImportedAt: importedAt,
    };
  })();
}
