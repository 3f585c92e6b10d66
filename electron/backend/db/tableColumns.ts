import type { ColumnType } from 'kysely';
import type { DB } from './schema';

/**
 * Every column of every table, as the query builder names it (camelCase), with its SQLite type, whether it
 * may be NULL and whether the database fills it when an insert leaves it out (`Generated<>`).
 *
 * The compiler holds this list to the `DB` interface (`satisfies` below: a table or a column missing or
 * extra, a nullability or a type that differs, does not build), and test/integration/schema.test.ts holds
 * it to the database as the migrations leave it (`PRAGMA table_info`). Together: `DB` is the database.
 */

type Selected<T> = T extends ColumnType<infer Select, unknown, unknown> ? Select : T;
type SqlType<T> = [T] extends [number] ? 'integer' | 'real' : [T] extends [string] ? 'text' : 'blob';
type NullMark<T> = null extends T ? ' null' : '';
type GeneratedMark<T> =
  T extends ColumnType<unknown, infer Insert, unknown> ? (undefined extends Insert ? ' generated' : '') : '';

/** The spelling a column of this Kysely type must have: `'text'`, `'integer null'`, `'integer generated'`… */
export type ColumnSpec<T> = `${SqlType<NonNullable<Selected<T>>>}${NullMark<Selected<T>>}${GeneratedMark<T>}`;

type DeclaredColumns = {
  [Table in keyof DB]: { [Column in keyof DB[Table]]-?: ColumnSpec<DB[Table][Column]> };
};

export const TABLE_COLUMNS = {
  territory: {
    id: 'integer',
    epciSiren: 'text',
    epciName: 'text',
    epciType: 'text',
    displayName: 'text',
    isDemo: 'integer',
    contactName: 'text null',
    contactRole: 'text null',
    contactEmail: 'text null',
    contactPhone: 'text null',
    logoMimeType: 'text null',
    logo: 'blob null',
    chosenAt: 'text',
  },
  territoryCommune: {
    code: 'text',
    name: 'text',
    population: 'integer',
    postcodes: 'text',
  },
  actor: {
    id: 'integer generated',
    name: 'text',
    nameKey: 'text',
    searchText: 'text',
    siret: 'text null',
    address: 'text null',
    addressComplement: 'text null',
    postcode: 'text null',
    communeCode: 'text null',
    latitude: 'real null',
    longitude: 'real null',
    website: 'text null',
    otherLabels: 'text null',
    notes: 'text null',
    lastVerifiedOn: 'text null',
    source: 'text null',
    externalId: 'text null',
    createdAt: 'text',
    updatedAt: 'text',
    deletedAt: 'text null',
  },
  actorTag: {
    actorId: 'integer',
    kind: 'text',
    value: 'text',
  },
  contact: {
    id: 'integer generated',
    actorId: 'integer',
    position: 'integer',
    name: 'text',
    role: 'text null',
    email: 'text null',
    phone: 'text null',
  },
  place: {
    id: 'integer generated',
    actorId: 'integer',
    position: 'integer',
    name: 'text',
    address: 'text null',
    addressComplement: 'text null',
    postcode: 'text null',
    communeCode: 'text null',
    latitude: 'real null',
    longitude: 'real null',
    openingHours: 'text null',
    openingHoursValid: 'integer null',
    phone: 'text null',
    email: 'text null',
    bookingUrl: 'text null',
    source: 'text null',
    externalId: 'text null',
  },
  placeTag: {
    placeId: 'integer',
    kind: 'text',
    value: 'text',
  },
  permanence: {
    id: 'integer generated',
    placeId: 'integer',
    position: 'integer',
    communeCode: 'text',
    weekdays: 'text',
    schedule: 'text null',
  },
  communeContour: {
    code: 'text',
    geometry: 'text',
    importedAt: 'text',
  },
  duplicateDismissal: {
    lowActorId: 'integer',
    highActorId: 'integer',
    dismissedAt: 'text',
  },
  indicatorDataset: {
    id: 'integer generated',
    kind: 'text',
    name: 'text',
    source: 'text',
    year: 'integer',
    unit: 'text generated',
    fileName: 'text',
    importedAt: 'text',
  },
  indicator: {
    datasetId: 'integer',
    key: 'text',
    label: 'text',
    unit: 'text generated',
    position: 'integer',
  },
  indicatorValue: {
    datasetId: 'integer',
    indicatorKey: 'text',
    communeCode: 'text',
    value: 'real null',
    status: 'text',
  },
  diagnosticCommentary: {
    section: 'text',
    text: 'text',
    updatedAt: 'text',
  },
  diagnosticSnapshot: {
    id: 'integer generated',
    title: 'text',
    frozenAt: 'text',
    diagnostic: 'text',
    charts: 'text',
    mapSvg: 'text null',
  },
  instance: {
    id: 'integer generated',
    name: 'text',
    kind: 'text',
    frequency: 'text',
    notes: 'text null',
    createdAt: 'text',
    updatedAt: 'text',
  },
  instanceMember: {
    id: 'integer generated',
    instanceId: 'integer',
    position: 'integer',
    kind: 'text',
    actorId: 'integer null',
    name: 'text',
    representatives: 'text generated',
    mandate: 'text null',
    communeCode: 'text null',
    createdAt: 'text',
  },
  instanceFindingAssumed: {
    instanceId: 'integer',
    findingKey: 'text',
    reason: 'text',
    assumedAt: 'text',
  },
  roadmap: {
    id: 'integer',
    instanceId: 'integer null',
    state: 'text',
    version: 'integer',
    amendedFrom: 'integer null',
    title: 'text',
    purpose: 'text null',
    context: 'text null',
    commitments: 'text null',
    updatedAt: 'text',
  },
  roadmapObjective: {
    id: 'integer generated',
    position: 'integer',
    title: 'text',
    indicator: 'text null',
    baseline: 'real null',
    target: 'real null',
    unit: 'text null',
  },
  roadmapChantier: {
    id: 'integer generated',
    position: 'integer',
    title: 'text',
    description: 'text null',
  },
  roadmapAction: {
    id: 'integer generated',
    chantierId: 'integer',
    position: 'integer',
    title: 'text',
    objectiveId: 'integer null',
    description: 'text null',
    publics: 'text',
    communeCodes: 'text',
    startOn: 'text null',
    endOn: 'text null',
    budget: 'integer null',
    status: 'text',
    progress: 'integer',
  },
  roadmapFunding: {
    id: 'integer generated',
    actionId: 'integer',
    position: 'integer',
    source: 'text',
    amount: 'integer',
    status: 'text',
    note: 'text null',
  },
  roadmapIndicator: {
    id: 'integer generated',
    actionId: 'integer',
    position: 'integer',
    label: 'text',
    unit: 'text null',
    target: 'real null',
    actual: 'real null',
  },
  roadmapRole: {
    actionId: 'integer',
    memberId: 'integer',
    role: 'text',
  },
  roadmapSignature: {
    memberId: 'integer',
    organisation: 'text',
    signatory: 'text null',
    function: 'text null',
    signedOn: 'text null',
    status: 'text',
  },
  roadmapVersion: {
    number: 'integer',
    adoptedOn: 'text',
    place: 'text',
    title: 'text',
    content: 'text',
    frozenAt: 'text',
  },
} as const satisfies DeclaredColumns;
