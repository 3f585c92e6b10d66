import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ActorValues } from '../../../../shared/actors/schemas';
import type { ColumnMapping } from '../../../../shared/interop/importFields';
import type { ImportCounts, ImportRowProblem, UnmappedValue } from '../../../../shared/interop/importDto';
import type { ImportedRow } from './rowToActor';
import { matchTerritory, type TerritoryCommuneRef } from './territoryMatch';
import { validateRow } from './validateRow';
import { duplicateIdReason } from './duplicateIds';
import { ownExportMatcher } from './ownExport';
import { checkCoordinates } from './coordinateCheck';
import type { Polygon } from '../../map/geojson';
import type { PlaceOrigin } from './placeOrigin';
import { UnmappedCounter } from './unmappedValues';
import { chooseSiretRepresentatives } from './siretRepresentative';
import { ownCopy } from '../text/ownCopy';
import type { PlanSpool, SpooledText } from './planSpool';
import type { FileKind } from '../../../../shared/interop/fileRecords';
import type { UnsaidField } from './unsaidFields';
import { parentNameLeftOut } from './parentName';
import { withCutLine } from './cutLine';
import { quoted } from '../../../../shared/format/french';
import { formatSiret } from '../../../../shared/format/siren';
import { alreadyThere, knownElsewhere, type KnownElsewhere } from './sameNamedActors';
import { absentPlaces, idKey, type AbsentPlace, type ImportedPlace } from './absentPlaces';
import type { ChangeStamp } from '../../db/changeStamp';

/**
 * What each row will do: update the place it came from last time (same source and id, or the place a row
 * of Maillage's own export was written from), merge into the actor with the same SIRET, or create an
 * actor; or nothing (rejected, out of the territory). Of several rows with the same id in one file, the
 * first is imported and the others are rejected with both lines named: none overwrites another.
 */

export type PlannedAction =
  | { kind: 'create' }
  /**
   * `placeId` null: a row of our own export written for an actor without places (its fields only).
   * `ownExport`: the row was recognised as Maillage's own export (`ownExport.ts`), whose dates are ours.
   */
  | { kind: 'update'; actorId: number; placeId: number | null; ownExport?: true }
  | { kind: 'merge'; actorId: number }
  /** Same SIRET as an earlier row of the same file: joins the actor that row creates. */
  | { kind: 'mergeIntoRow'; rowIndex: number };

/** What a row writes. */
export interface PlannedContent {
  values: ActorValues;
  /** The file's `structure_parente` (an actor already named so keeps its name on an update). */
  parentName: string | null;
  /** What the file says of the place that no form edits (its `date_maj`, presentations, Accès libre). */
  origin: PlaceOrigin;
  /** The place's fields the file has no column for (absent when it has them all). */
  unsaid?: UnsaidField[];
}

export interface PlannedRow {
  line: number;
  /** Copies (`ownCopy`): the plan outlives the file's text, and a field read from it is a view on all of it. */
  source: string;
  externalId: string;
  /**
   * The row's `PlannedContent` as JSON text in the plan's file (`contentOf`): not a tree of some forty
   * objects and arrays (≈ 240 MB of heap at 100,000 rows, and most of the garbage collector's work until
   * the write), nor text in the heap (`planSpool.ts`), and none of it a view on the file's text.
   */
  packed: SpooledText;
  action: PlannedAction;
  /**
   * An update the report found changing nothing (`upToDateRows.ts`), on the database as it was when the
   * plan read it (`ImportPlan.readAt`): the job skips it if the database is still so.
   */
  upToDate?: true;
}

/** What the job needs of a plan: the preview's lists of rows refused or warned about stay with the preview. */
export type WritablePlan = Pick<ImportPlan, 'rows' | 'counts' | 'spool' | 'readAt'>;

export interface ImportPlan {
  rows: PlannedRow[];
  /** Where the rows' contents wait; whoever drops the plan closes it. */
  spool: PlanSpool;
  counts: ImportCounts;
  rejected: ImportRowProblem[];
  outside: ImportRowProblem[];
  warnings: ImportRowProblem[];
  /** Values of the imported rows left out, counted by column and value. */
  unmapped: UnmappedValue[];
  /**
   * The fields that no row updating a stored place has a column for (a column deleted from an export): those
   * places keep them. A field only some rows lack (a JSON record without the key) is not one.
   */
  unsaidOnUpdates: UnsaidField[];
  /**
   * Places imported before from a source of the file (same `source`) whose id no row of the file has: they
   * stay in the directory, and the report lists them (a place a producer no longer lists may have closed).
   */
  absent: AbsentPlace[];
  /** Rows to create the directory may already hold (`sameNamedActors.ts`), each also warned about. */
  alreadyThere: { sameName: number; trashed: number };
  /** The database as the plan read it (null until `prepareImport` sets it). */
  readAt: ChangeStamp | null;
}

/** A planned row's content, as checked when the plan was made (a new copy at each call). */
export const contentOf = (row: PlannedRow): PlannedContent =>
  JSON.parse(row.packed.spool.get(row.packed)) as PlannedContent;

export async function territoryCommunes(db: Kysely<DB>): Promise<TerritoryCommuneRef[]> {
  const rows = await db.selectFrom('territoryCommune').select(['code', 'name', 'postcodes']).execute();
  return rows.map((row) => {
    let postcodes: string[] = [];
    try {
      const parsed: unknown = JSON.parse(row.postcodes);
      if (Array.isArray(parsed))
        postcodes = parsed.filter((code): code is string => typeof code === 'string');
    } catch {
      postcodes = [];
    }
    return { code: row.code, name: row.name, postcodes };
  });
}

/** The communes' contours imported for the map (none before the first import of contours). */
async function storedContours(db: Kysely<DB>): Promise<Map<string, Polygon[]>> {
  const rows = await db.selectFrom('communeContour').select(['code', 'geometry']).execute();
  const contours = new Map<string, Polygon[]>();
  for (const row of rows) {
    try {
      contours.set(row.code, JSON.parse(row.geometry) as Polygon[]);
    } catch {
      // A damaged contour checks nothing: the commune's zone does.
    }
  }
  return contours;
}

/** What the plan compares each row with, read from the database once before the file is read. */
export interface PlanContext {
  communes: TerritoryCommuneRef[];
  /**
   * Places imported from a file, by source and id, with their commune (to check an old made-up id) and
   * their name (to list those a new file of the same source no longer has).
   */
  bySourceId: Map<string, ImportedPlace>;
  bySiret: Map<string, number>;
  ownExport: Awaited<ReturnType<typeof ownExportMatcher>>;
  contours: Map<string, Polygon[]>;
  /** The live actors' names: a `structure_parente` naming the row's own actor is no value left out. */
  actorNames: Map<number, string>;
  /** What a row to create may already be in the directory as (same name and commune, or in the Corbeille). */
  known: KnownElsewhere;
}

export async function planContext(db: Kysely<DB>): Promise<PlanContext> {
  const communes = await territoryCommunes(db);
  const places = await db
    .selectFrom('place')
    .innerJoin('actor', 'actor.id', 'place.actorId')
    .select([
      'place.id as placeId',
      'place.actorId',
      'place.source',
      'place.externalId',
      'place.communeCode',
      'place.name',
    ])
    .where('place.externalId', 'is not', null)
    .where('actor.deletedAt', 'is', null)
    .execute();
  const bySourceId = new Map(places.map((p) => [idKey(p.source ?? '', p.externalId ?? ''), p]));
  const actors = await db
    .selectFrom('actor')
    .select(['id', 'siret'])
    .where('siret', 'is not', null)
    .where('deletedAt', 'is', null)
    .execute();
  const bySiret = new Map(actors.map((a) => [a.siret!, a.id]));
  const names = await db.selectFrom('actor').select(['id', 'name']).where('deletedAt', 'is', null).execute();
  return {
    actorNames: new Map(names.map((actor) => [actor.id, actor.name])),
    communes,
    bySourceId,
    bySiret,
    ownExport: await ownExportMatcher(db),
    contours: await storedContours(db),
    known: await knownElsewhere(db, idKey),
  };
}

/** The plan made row by row, as the file is read (`add`), then closed (`finish`). */
export interface Planner {
  add(row: ImportedRow): void;
  finish(): ImportPlan;
}

export function startPlan(
  context: PlanContext,
  mapping: ColumnMapping,
  spool: PlanSpool,
  /** Lines of a CSV or records of a JSON file: how the reasons name them. */
  kind: FileKind = 'csv',
): Planner {
  const { communes, bySourceId, bySiret, ownExport, contours, actorNames, known } = context;
  const plan: ImportPlan = {
    rows: [],
    spool,
    counts: { total: 0, create: 0, update: 0, upToDate: 0, actorOnly: 0, merge: 0, rejected: 0, outside: 0 },
    rejected: [],
    outside: [],
    warnings: [],
    unmapped: [],
    unsaidOnUpdates: [],
    absent: [],
    alreadyThere: { sameName: 0, trashed: 0 },
    readAt: null,
  };
  const unmapped = new UnmappedCounter();
  /** Of the rows that update a stored place: how many, and how many lack each field. */
  let updatedPlaces = 0;
  const unsaidCount = new Map<UnsaidField, number>();
  const nameOf = new Map(communes.map((commune) => [commune.code, commune.name]));
  const fileIds = new Map<string, number>();
  const fileSirets = new Map<string, number>();
  /** Places found by an old made-up id: each is updated by one row at most. */
  const claimedByLegacyId = new Set<number>();
  /**
   * A place imported before made-up ids held the commune (`legacyId`), when it lies in the row's commune:
   * same-named places of other communes under the same postcode are not taken for it.
   */
  const byLegacyId = (row: ImportedRow, communeCode: string) => {
    if (!row.legacyId) return undefined;
    const stored = bySourceId.get(idKey(row.source, row.legacyId));
    if (!stored || stored.communeCode !== communeCode || claimedByLegacyId.has(stored.placeId))
      return undefined;
    claimedByLegacyId.add(stored.placeId);
    return stored;
  };

  const absent = absentPlaces(bySourceId, ownExport);

  const add = (row: ImportedRow): void => {
    plan.counts.total++;
    absent.read(row);
    // The territory first: a row outside it is « hors du territoire », never a duplicate (an error).
    const where = matchTerritory(row.location, communes);
    if (where.kind !== 'inside') {
      // A line cut before its commune's columns may hold any value there: it is refused, with the cut said,
      // not put outside the territory.
      const locationFields = [mapping.inseeCode, mapping.postcode, mapping.communeName];
      const reason = withCutLine(where.reason, row.cut, locationFields);
      if (where.kind === 'outside' && reason === where.reason) {
        plan.counts.outside++;
        plan.outside.push({ line: row.line, field: null, reason });
      } else {
        plan.counts.rejected++;
        plan.rejected.push({ line: row.line, field: null, reason });
      }
      return;
    }
    const key = idKey(row.source, row.externalId);
    const firstLine = fileIds.get(key);
    if (firstLine !== undefined) {
      plan.counts.rejected++;
      plan.rejected.push({
        line: row.line,
        field: mapping.externalId ?? null,
        reason: duplicateIdReason(row, firstLine, kind),
      });
      return;
    }
    fileIds.set(key, row.line);
    row.actor.communeCode = where.code;
    row.actor.places[0]!.communeCode = where.code;
    const checked = validateRow(row, mapping);
    if (!checked.ok) {
      plan.counts.rejected++;
      plan.rejected.push({
        ...checked.problem,
        reason: withCutLine(checked.problem.reason, row.cut, [checked.problem.field ?? undefined]),
      });
      return;
    }
    plan.warnings.push(...row.warnings, ...checked.warnings);
    unmapped.add([...row.leftOut, ...checked.leftOut]);
    const point = checkCoordinates(
      checked.values.latitude,
      checked.values.longitude,
      { code: where.code, name: nameOf.get(where.code) ?? where.code },
      contours,
    );
    if (point.warning) {
      for (const target of [checked.values, ...checked.values.places]) {
        target.latitude = point.latitude;
        target.longitude = point.longitude;
      }
      plan.warnings.push({ line: row.line, field: mapping.latitude ?? null, reason: point.warning });
    }
    if (where.note)
      plan.warnings.push({ line: row.line, field: mapping[where.via] ?? null, reason: where.note });

    const bySource = bySourceId.get(key) ?? byLegacyId(row, where.code);
    const existing = bySource ?? ownExport(row.source, row.externalId);
    if (existing?.placeId != null) absent.reached(existing.placeId);
    const siret = checked.values.siret;
    let action: PlannedAction;
    if (existing)
      action = {
        kind: 'update',
        actorId: existing.actorId,
        placeId: existing.placeId,
        ...(bySource ? {} : { ownExport: true as const }),
      };
    else if (siret && bySiret.has(siret)) action = { kind: 'merge', actorId: bySiret.get(siret)! };
    else if (siret && fileSirets.has(siret))
      action = { kind: 'mergeIntoRow', rowIndex: fileSirets.get(siret)! };
    else action = { kind: 'create' };
    // A row that updates an actor may give it the SIRET another actor of the directory holds: said on its line.
    const siretHolder = siret && action.kind === 'update' ? bySiret.get(siret) : undefined;
    if (action.kind === 'update' && siretHolder !== undefined && siretHolder !== action.actorId)
      plan.warnings.push({
        line: row.line,
        field: mapping.siret ?? null,
        reason: `Ce SIRET (${formatSiret(siret!)}) est, dans l’annuaire, celui de ${quoted(actorNames.get(siretHolder) ?? 'un autre acteur')}\u00a0: cette ligne le donne à un autre acteur. Vérifiez les deux fiches après l’import.`,
      });

    if (action.kind === 'create') {
      plan.counts.create++;
      const there = alreadyThere(known, {
        name: checked.values.name,
        communeCode: where.code,
        communeName: nameOf.get(where.code) ?? where.code,
        key,
      });
      if (there) {
        plan.warnings.push({ line: row.line, field: null, reason: there.reason });
        plan.alreadyThere[there.kind]++;
      }
      // A copy: the value is a view on the piece of text it was read from, kept until the plan is made.
      if (siret) fileSirets.set(ownCopy(siret), plan.rows.length);
    } else if (action.kind === 'update') {
      plan.counts.update++;
      if (action.placeId === null) plan.counts.actorOnly++;
      else {
        updatedPlaces++;
        for (const field of row.unsaid) unsaidCount.set(field, (unsaidCount.get(field) ?? 0) + 1);
      }
    } else plan.counts.merge++;
    // The actor a row updates or merges into: a `structure_parente` naming it is no value left out.
    const stored =
      action.kind === 'update' || action.kind === 'merge' ? actorNames.get(action.actorId) : undefined;
    const parent = parentNameLeftOut(row, mapping, [
      row.actor.name,
      ...(stored === undefined ? [] : [stored]),
    ]);
    if (parent) {
      plan.warnings.push(parent.warning);
      unmapped.add([parent.leftOut]);
    }
    const content: PlannedContent = {
      values: checked.values,
      parentName: row.parentName,
      origin: row.origin,
      ...(row.unsaid.length > 0 ? { unsaid: row.unsaid } : {}),
    };
    plan.rows.push({
      line: row.line,
      source: ownCopy(row.source),
      externalId: ownCopy(row.externalId),
      packed: spool.put(JSON.stringify(content)),
      action,
    });
  };

  return {
    add,
    finish: () => {
      chooseSiretRepresentatives(plan.rows);
      plan.unmapped = unmapped.list();
      plan.absent = absent.list(nameOf);
      plan.unsaidOnUpdates = [...unsaidCount].flatMap(([field, n]) => (n === updatedPlaces ? [field] : []));
      return plan;
    },
  };
}
