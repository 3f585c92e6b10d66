import type { OpeningHoursReading } from '../../../../shared/actors/dto';
import type { ExportProblemDto } from '../../../../shared/interop/exportDto';
import { STANDARD_HEADER } from './schemaRules';
import { countryCodeOfNational } from '../../../../shared/format/overseasNumbering';
import type { PlaceSourceFields } from './placeSourceFields';
import { updateDateOf } from './updateDate';
import { COLUMN_INDEX, STANDARD_COLUMNS as C } from './exportColumns';
import { breachMessage, rowChecker } from './exportRowCheck';

/**
 * From the directory to the standard's rows: one row per place, with the actor's fields (SIRET,
 * typologies, publics, labels…); an actor without a place gives one row from its own address. Each row is
 * checked against the schema's rules before it can be written: a row that breaks one is left out and
 * reported, in French, with the field and the reason.
 *
 * A row is an array of cells in the header's order, one array refilled for every row and handed to the
 * caller, who writes it out at once (the CSV text, a JSON object) or only counts it (the preview): 26,000
 * rows of a whole directory, no record kept for each (issue 13).
 */

/** Where a row says the place is: the place's own location when it has one, else the actor's. */
export interface ExportLocation {
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeCode: string | null;
  /** Named from the territory, or from the national reference for a commune outside it. */
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** An actor's multi-valued fields as the standard writes them (`joinList`): worked out once per distinct set. */
export interface ActorLists {
  typologie: string;
  publics: string;
  supports: string;
  programmes: string;
  labels: string;
}

/** A place's multi-valued fields as the standard writes them (`joinList`). */
export interface PlaceLists {
  services: string;
  accessModes: string;
  accompanimentModes: string;
  fees: string;
  itinerance: string;
}

/** A place as the standard's row needs it (`exportActorsRepository.ts` reads them, nothing more). */
export interface ExportPlace extends ExportLocation {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  bookingUrl: string | null;
  openingHours: string | null;
  /** Whether the opening hours read (`readOpeningHours`): only valid hours are exported. */
  hoursStatus: OpeningHoursReading['status'];
  lists: PlaceLists;
  /** What the file it came from said of it; null for a place created in Maillage. */
  fromFile: PlaceSourceFields | null;
}

/** An actor as the standard's rows need it, with its places in their order. */
export interface ExportActor extends ExportLocation {
  id: number;
  name: string;
  siret: string | null;
  website: string | null;
  otherLabels: string | null;
  lastVerifiedOn: string | null;
  updatedAt: string;
  lists: ActorLists;
  places: ExportPlace[];
}

export interface RowsOutcome {
  actorCount: number;
  /** Rows accepted by the schema (handed to the caller). */
  rowCount: number;
  excluded: ExportProblemDto[];
  warnings: ExportProblemDto[];
}

/** Receives each accepted row's cells in `STANDARD_HEADER`'s order; the array is refilled for the next row. */
export type RowSink = (cells: readonly string[]) => void;

/** `a.localeCompare(b, 'fr')`, with one collator instead of one per comparison. */
const french = new Intl.Collator('fr');

/** Sorted (French collation), de-duplicated, joined with `|`. */
export function joinList(values: readonly (string | null | undefined)[]): string {
  if (values.length < 2) {
    const only = values[0];
    return only && only.trim() !== '' ? only : '';
  }
  const unique: string[] = [];
  for (const value of values) if (value && value.trim() !== '' && !unique.includes(value)) unique.push(value);
  if (unique.length < 2) return unique[0] ?? '';
  // A directory repeats a few combinations thousands of times; collating them is what costs.
  const key = unique.join('\u0000');
  let joined = sortedLists.get(key);
  if (joined === undefined) {
    joined = unique.sort(french.compare).join('|');
    if (sortedLists.size >= SORTED_LISTS) sortedLists.clear();
    sortedLists.set(key, joined);
  }
  return joined;
}

/** Joined lists remembered by their values in the order given (bounded: a few thousand combinations). */
const sortedLists = new Map<string, string>();
const SORTED_LISTS = 5000;

/**
 * A French phone number in the standard's international form (« 05 36 49 13 00 » → « +33536491300 »,
 * « 02 62 12 34 56 » → « +262262123456 »); overseas prefixes kept when already international. Null when it
 * cannot be converted.
 */
export function internationalPhone(phone: string | null): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s.\-()/]/g, '');
  let candidate: string;
  if (/^00\d+$/.test(compact)) candidate = `+${compact.slice(2)}`;
  else candidate = compact;
  candidate = candidate.replace(/^\+33\(?0\)?/, '+33');
  // A national number, or one written « +33 » with an overseas prefix, takes its own country code.
  const national = /^0\d{9}$/.test(candidate)
    ? candidate
    : /^\+33\d{9}$/.test(candidate)
      ? `0${candidate.slice(3)}`
      : null;
  if (national !== null) candidate = `+${countryCodeOfNational(national)}${national.slice(1)}`;
  return /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/.test(candidate)
    ? candidate
    : null;
}

const number = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The standard requires a pivot; the national cartographie's own exports write this placeholder when the
 * SIRET is unknown. A place without SIRET is therefore exported with it, and the user is warned.
 */
export const PLACEHOLDER_PIVOT = '00000000000000';

const NO_PLACE_LISTS: PlaceLists = {
  services: '',
  accessModes: '',
  accompanimentModes: '',
  fees: '',
  itinerance: '',
};

/** A value with nothing but blanks counts as absent (as `joinList` of one value says). */
const single = (value: string | null): string => (value && value.trim() !== '' ? value : '');

/**
 * The standard's values for one place of an actor (or for the actor itself when `place` is null), written
 * into `cells`. A place that came from a file keeps what the file said of it and no form edits: its
 * `source`, its `date_maj`, its presentations and its Accès libre page. A place created in Maillage has the
 * territory as source.
 */
function fillCells(
  cells: string[],
  actor: ExportActor,
  place: ExportPlace | null,
  producer: string,
  externalId: string | null,
  phone: string,
): void {
  const where: ExportLocation =
    place && (place.address !== null || place.communeCode !== null) ? place : actor;
  const name = place?.name ?? actor.name;
  const fromFile = place?.fromFile ?? null;
  const placeLists = place?.lists ?? NO_PLACE_LISTS;
  cells[C.id] = externalId ?? (place ? `maillage-lieu-${place.id}` : `maillage-acteur-${actor.id}`);
  cells[C.pivot] = actor.siret ?? PLACEHOLDER_PIVOT;
  cells[C.nom] = name;
  // The reference's spelling, which writes a straight apostrophe where the screens show « ’ »: other tools
  // may compare the name with the national list.
  cells[C.commune] = where.communeName?.replaceAll('’', "'") ?? '';
  cells[C.codePostal] = where.postcode ?? '';
  cells[C.codeInsee] = where.communeCode ?? '';
  cells[C.adresse] = where.address ?? '';
  cells[C.complementAdresse] = where.addressComplement ?? '';
  cells[C.latitude] = number(where.latitude);
  cells[C.longitude] = number(where.longitude);
  cells[C.typologie] = actor.lists.typologie;
  cells[C.telephone] = phone;
  cells[C.courriels] = single(place?.email ?? null);
  cells[C.siteWeb] = single(actor.website);
  cells[C.horaires] = place?.hoursStatus === 'valid' ? (place.openingHours ?? '') : '';
  cells[C.presentationResume] = fromFile?.presentationSummary ?? '';
  cells[C.presentationDetail] = fromFile?.presentationDetail ?? '';
  cells[C.source] = fromFile?.source ?? producer;
  cells[C.itinerance] = placeLists.itinerance;
  cells[C.structureParente] = name === actor.name ? '' : actor.name;
  cells[C.dateMaj] = updateDateOf(actor, fromFile) ?? '';
  cells[C.services] = placeLists.services;
  cells[C.publics] = actor.lists.publics;
  cells[C.supports] = actor.lists.supports;
  cells[C.fees] = placeLists.fees;
  cells[C.programmes] = actor.lists.programmes;
  cells[C.labels] = actor.lists.labels;
  cells[C.otherLabels] = actor.otherLabels ?? '';
  cells[C.accessModes] = placeLists.accessModes;
  cells[C.accompanimentModes] = placeLists.accompanimentModes;
  cells[C.accessibility] = fromFile?.accessibilityUrl ?? '';
  cells[C.booking] = place?.bookingUrl ?? '';
}

/** Where a problem is: the row's actor and place. */
const about = (actor: ExportActor, place: ExportPlace | null) => ({
  actorId: actor.id,
  actorName: actor.name,
  placeName: place?.name ?? null,
});

/**
 * The rows of the actors, in their order (each actor's places in theirs), read as they come: each accepted
 * row is handed to `sink`; the outcome counts actors and rows and lists the rows the schema refuses and the
 * values left out of accepted rows. `externalIds` are the files' ids the places keep (`uniqueExternalIds`).
 */
export function exportRows(
  actors: Iterable<ExportActor>,
  producer: string,
  sink: RowSink = () => {},
  externalIds: ReadonlyMap<number, string> = new Map(),
): RowsOutcome {
  const outcome: RowsOutcome = { actorCount: 0, rowCount: 0, excluded: [], warnings: [] };
  const check = rowChecker();
  const cells = new Array<string>(STANDARD_HEADER.length).fill('');
  for (const actor of actors) {
    outcome.actorCount++;
    const count = Math.max(1, actor.places.length);
    for (let i = 0; i < count; i++) {
      const place = actor.places[i] ?? null;
      const phone = internationalPhone(place?.phone ?? null) ?? '';
      fillCells(cells, actor, place, producer, place ? (externalIds.get(place.id) ?? null) : null, phone);
      const breaches = check(cells);
      if (breaches) {
        for (const breach of breaches)
          outcome.excluded.push({
            ...about(actor, place),
            field: breach.field,
            message: breachMessage(breach, cells[COLUMN_INDEX[breach.field]!]!),
          });
        continue;
      }
      if (actor.siret === null)
        outcome.warnings.push({
          ...about(actor, place),
          field: 'pivot',
          message: `SIRET inconnu\u00a0: exporté avec le SIRET bouche-trou ${PLACEHOLDER_PIVOT}\u00a0; ajoutez le SIRET de la structure à sa fiche.`,
        });
      if (place?.phone && phone === '')
        outcome.warnings.push({
          ...about(actor, place),
          field: 'telephone',
          message: `le téléphone «\u00a0${place.phone}\u00a0» n’est pas un numéro français complet\u00a0: exporté sans téléphone.`,
        });
      if (place?.hoursStatus === 'invalid')
        outcome.warnings.push({
          ...about(actor, place),
          field: 'horaires',
          message: 'les horaires sont à corriger (format OpenStreetMap)\u00a0: exportés sans horaires.',
        });
      outcome.rowCount++;
      sink(cells);
    }
  }
  return outcome;
}

/** The ids of an export's rows, to decide which files' ids its places keep. */
export interface ExportedIds {
  /** Every exported place, in any order. */
  placeIds: readonly number[];
  /** Every exported actor without a place (its row's id is generated from the actor's). */
  placelessActorIds: readonly number[];
  /** The file's id of each exported place that came from a file and has one. */
  externalIds: ReadonlyMap<number, string>;
}

/**
 * A place imported from a file keeps that file's id on export, so that exporting, importing and exporting
 * again gives the same ids (and the national map recognises its places). Only ids that stay unique in
 * the file are reused: two sources may both have a « structure-1 ».
 */
export function uniqueExternalIds({
  placeIds,
  placelessActorIds,
  externalIds,
}: ExportedIds): Map<number, string> {
  const usable = new Map<number, string>();
  if (externalIds.size === 0) return usable;
  const counts = new Map<string, number>();
  for (const id of placeIds) {
    const external = externalIds.get(id);
    if (external) counts.set(external, (counts.get(external) ?? 0) + 1);
  }
  for (const id of placeIds) {
    const external = externalIds.get(id);
    if (external && counts.get(external) === 1) usable.set(id, external);
  }
  // An external id must not clash with an id generated for another row; a clashing place falls back to
  // its own generated id, which may clash in turn, hence the loop (it ends: usable only shrinks).
  for (;;) {
    const generated = new Set([
      ...placeIds.filter((id) => !usable.has(id)).map((id) => `maillage-lieu-${id}`),
      ...placelessActorIds.map((id) => `maillage-acteur-${id}`),
    ]);
    const clashing = [...usable].filter(([, external]) => generated.has(external));
    if (clashing.length === 0) return usable;
    for (const [id] of clashing) usable.delete(id);
  }
}
