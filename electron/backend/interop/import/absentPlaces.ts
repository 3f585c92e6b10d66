import type { OwnExportMatcher } from './ownExport';
import type { ImportedRow } from './rowToActor';

/**
 * The places imported before from a source of the file (same `source`) whose id no row of the file has: they
 * stay in the directory, and the report lists them (a place a producer no longer lists may have closed). A
 * row counts as listing its place whatever becomes of it (refused, out of the territory), and so does a row
 * that reaches a stored place otherwise (an old made-up id, our own export's id). A file recognised as
 * Maillage's own export lists none: it may have been filtered (one commune, one role), so the places it lacks
 * are no news of their source.
 */

export interface AbsentPlace {
  actorId: number;
  name: string;
  communeName: string | null;
}

/** A place imported from a file, as the plan knows it (`PlanContext.bySourceId`). */
export interface ImportedPlace {
  placeId: number;
  actorId: number;
  communeCode: string | null;
  name: string;
}

/** The plan's key of a place imported from a file: its source and its id in that file. */
export const idKey = (source: string, externalId: string) => `${source}\u0000${externalId}`;

export interface AbsentPlaces {
  /** A row of the file, read (before anything is decided of it). */
  read(row: ImportedRow): void;
  /** A stored place a row updates, however the plan found it. */
  reached(placeId: number): void;
  /** The places of the file's sources that no row names, in the order they were imported. */
  list(communeNameOf: ReadonlyMap<string, string>): AbsentPlace[];
}

export function absentPlaces(
  bySourceId: ReadonlyMap<string, ImportedPlace>,
  ownExport: OwnExportMatcher,
): AbsentPlaces {
  const sources = new Set<string>();
  const seen = new Set<string>();
  const reached = new Set<number>();
  let ownFile = false;
  // Nothing imported before, nothing absent: a first import keeps no set of its ids.
  const tracking = bySourceId.size > 0;
  return {
    read(row) {
      if (!tracking) return;
      sources.add(row.source);
      seen.add(idKey(row.source, row.externalId));
      if (row.legacyId) seen.add(idKey(row.source, row.legacyId));
      if (!ownFile && ownExport(row.source, row.externalId)) ownFile = true;
    },
    reached(placeId) {
      if (tracking) reached.add(placeId);
    },
    list(communeNameOf) {
      if (!tracking || ownFile) return [];
      const absent: ImportedPlace[] = [];
      for (const [key, place] of bySourceId) {
        if (seen.has(key) || reached.has(place.placeId)) continue;
        if (sources.has(key.slice(0, key.indexOf('\u0000')))) absent.push(place);
      }
      return absent
        .sort((a, b) => a.placeId - b.placeId)
        .map(({ actorId, name, communeCode }) => ({
          actorId,
          name,
          communeName: communeCode === null ? null : (communeNameOf.get(communeCode) ?? communeCode),
        }));
    },
  };
}
