import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { openDatabase } from '../../electron/backend/db/open';
import { createActor } from '../../electron/backend/actors/repository';
import { listActorIds, listActors } from '../../electron/backend/actors/actorListRepository';
import { matchingActorIds } from '../../electron/backend/actors/actorFilterRepository';
import { actorInput, actorListQuery, type ActorInput } from '../../shared/actors/schemas';
import { freshnessOf } from '../../shared/actors/freshness';
import { normalizeForSearch } from '../../shared/text/normalize';
import { NETWORK_STATUS_FILTERS, NETWORK_STATUSES } from '../../shared/network/networkDto';
import { seedTerritory, TEST_COMMUNES } from './support/seedTerritory';
import { useTempDir } from './support/tempDir';

/**
 * The directory list (indexes, trigram search, page read in order or sorted: migration 013) against a naive
 * reference written from the rows: every live actor, filtered and sorted in JavaScript as the list is
 * specified (each search word contained in `search_text`, OR within a filter, AND across filters, French
 * order of commune names, unknown last). Generated directories and queries; ids and totals must be equal.
 */

const tempDir = useTempDir();
const TODAY = '2026-04-05';

const NAMES = [
  'Médiathèque',
  'Centre social',
  'CCAS',
  'Œuvre « 100% » numérique',
  'Le Lien',
  'Ab',
  'Ma_ison',
];
const PERSONS = ['Zoé Lefèvre', 'Awa Diallo', 'Jean-Luc', "O'Neil"];
const CODES = TEST_COMMUNES.map((c) => c.code);
const ROLES = ['operateur', 'prescripteur', 'financeur', 'lieu_mediation'] as const;
const SERVICES = ['Aide aux démarches administratives', 'Accès internet et matériel informatique'] as const;
const PUBLICS = ['Seniors', 'Jeunes'] as const;
const DATES = [null, '2026-04-01', '2025-04-05', '2025-04-04', '2024-10-05', '2024-10-04', '2023-01-01'];
const SEARCHES = [
  '',
  'mediath',
  'centre social',
  'de',
  'ab',
  '100%',
  'ma_i',
  'œuvre',
  'zoe',
  'é',
  'lien c',
  'grenob',
  'x',
];

const placeArb = fc.record({
  name: fc.constantFrom('Accueil', 'Antenne', 'Guichet'),
  communeCode: fc.constantFrom(...CODES),
  services: fc.subarray([...SERVICES]),
  permanences: fc.array(
    fc.record({
      communeCode: fc.constantFrom(...CODES),
      weekdays: fc.constant(null).map((): 'Mo'[] => ['Mo']),
    }),
    {
      maxLength: 1,
    },
  ),
});
const actorArb = fc.record({
  name: fc
    .tuple(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 3 }))
    .map(([n, i]) => `${n} ${'x'.repeat(i)}`.trim()),
  typologies: fc.subarray(['BIB', 'CS', 'ASSO'] as const),
  roles: fc.subarray([...ROLES], { minLength: 1 }),
  communeCode: fc.option(fc.constantFrom(...CODES), { nil: null }),
  publics: fc.subarray([...PUBLICS]),
  labels: fc.subarray(['Étapes numériques (La Poste)'] as const),
  lastVerifiedOn: fc.constantFrom(...DATES),
  contacts: fc.array(fc.record({ name: fc.constantFrom(...PERSONS) }), { maxLength: 2 }),
  places: fc.array(placeArb, { maxLength: 2 }),
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
  networkStatus: fc.constantFrom(null, null, ...NETWORK_STATUSES),
  minute: fc.integer({ min: 0, max: 5 }),
});
/** Mostly no filter, so that pages are full and read in order as often as sorted. */
const rarely = <T>(arb: fc.Arbitrary<T[]>) => fc.oneof({ arbitrary: fc.constant([] as T[]), weight: 3 }, arb);
const queryArb = fc.record({
  search: fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, fc.constantFrom(...SEARCHES)),
  roles: rarely(fc.subarray([...ROLES], { maxLength: 2 })),
  services: rarely(fc.subarray([...SERVICES])),
  publics: rarely(fc.subarray([...PUBLICS])),
  labels: rarely(fc.subarray(['Étapes numériques (La Poste)', 'France Services'])),
  typologies: rarely(fc.subarray(['BIB', 'CS'])),
  communeCodes: rarely(fc.subarray(CODES, { maxLength: 3 })),
  freshness: rarely(fc.subarray(['recent', 'over12', 'over18', 'never'] as const, { maxLength: 2 })),
  networkStatuses: rarely(fc.subarray([...NETWORK_STATUS_FILTERS], { maxLength: 2 })),
  sort: fc.record({
    field: fc.constantFrom('name', 'commune', 'lastVerifiedOn', 'updatedAt' as const),
    direction: fc.constantFrom('asc', 'desc' as const),
  }),
  offset: fc.integer({ min: 0, max: 12 }),
  limit: fc.integer({ min: 1, max: 15 }),
});

interface Row {
  id: number;
  nameKey: string;
  communeCode: string | null;
  lastVerifiedOn: string | null;
  updatedAt: string;
  searchText: string;
  networkStatus: string | null;
  tags: Record<string, string[]>;
  placeCommunes: Set<string>;
  services: Set<string>;
}

const french = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function reference(rows: Row[], raw: unknown, outside: Set<string>) {
  const q = actorListQuery.parse(raw);
  const words = normalizeForSearch(q.search).split(' ').filter(Boolean);
  const any = (have: Iterable<string>, want: string[]) =>
    want.length === 0 || [...have].some((v) => want.includes(v));
  const ranks = new Map(
    [...TEST_COMMUNES]
      .filter((c) => !outside.has(c.code))
      .sort((a, b) => french.compare(a.name, b.name) || a.code.localeCompare(b.code))
      .map((c, i) => [c.code, i]),
  );
  const matches = rows.filter(
    (r) =>
      words.every((w) => r.searchText.includes(w)) &&
      (q.freshness.length === 0 || q.freshness.includes(freshnessOf(r.lastVerifiedOn, TODAY))) &&
      any(r.tags.typology ?? [], q.typologies) &&
      any(r.tags.role ?? [], q.roles) &&
      any(r.tags.public ?? [], q.publics) &&
      any([...(r.tags.programme ?? []), ...(r.tags.label ?? [])], q.labels) &&
      any(r.services, q.services) &&
      any([r.networkStatus ?? 'none'], q.networkStatuses) &&
      (q.communeCodes.length === 0 ||
        any([...(r.communeCode ? [r.communeCode] : []), ...r.placeCommunes], q.communeCodes)),
  );
  const d = q.sort.direction === 'desc' ? -1 : 1;
  const byName = (a: Row, b: Row) => cmp(a.nameKey, b.nameKey) || cmp(a.id, b.id);
  matches.sort((a, b) => {
    switch (q.sort.field) {
      case 'name':
        return d * byName(a, b);
      case 'updatedAt':
        return d * (cmp(a.updatedAt, b.updatedAt) || cmp(a.id, b.id));
      case 'commune': {
        const ra = a.communeCode === null ? undefined : ranks.get(a.communeCode);
        const rb = b.communeCode === null ? undefined : ranks.get(b.communeCode);
        if (ra === undefined || rb === undefined)
          return (
            cmp(ra === undefined ? 1 : 0, rb === undefined ? 1 : 0) || (ra === undefined ? byName(a, b) : 0)
          );
        return d * cmp(ra, rb) || byName(a, b);
      }
      case 'lastVerifiedOn':
        if (a.lastVerifiedOn === null || b.lastVerifiedOn === null)
          return cmp(a.lastVerifiedOn === null ? 1 : 0, b.lastVerifiedOn === null ? 1 : 0) || byName(a, b);
        return d * cmp(a.lastVerifiedOn, b.lastVerifiedOn) || byName(a, b);
    }
  });
  const ids = matches.map((r) => r.id);
  return { q, total: ids.length, all: ids, page: ids.slice(q.offset, q.offset + q.limit) };
}

describe('the directory list equals a naive reference', () => {
  it('for generated directories and queries (ids in order, totals, matching ids)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(actorArb, { minLength: 0, maxLength: 40 }),
        fc.array(queryArb, { minLength: 8, maxLength: 8 }),
        fc.subarray(CODES, { maxLength: 1 }),
        async (actors, queries, outsideCodes) => {
          const db = openDatabase(join(tempDir(), 'liste.sqlite'));
          try {
            seedTerritory(db.sqlite);
            for (const a of actors) {
              const input: ActorInput = { ...a };
              delete (input as Record<string, unknown>).deleted;
              delete (input as Record<string, unknown>).minute;
              delete (input as Record<string, unknown>).networkStatus;
              const id = await createActor(db.db, actorInput.parse(input), {
                now: `2026-04-0${1 + (a.minute % 4)}T10:0${a.minute}:00.000Z`,
              });
              if (a.networkStatus)
                db.sqlite
                  .prepare('UPDATE actor SET network_status = ? WHERE id = ?')
                  .run(a.networkStatus, id);
              if (a.deleted) db.sqlite.prepare('UPDATE actor SET deleted_at = ? WHERE id = ?').run(TODAY, id);
            }
            // A territory that lost a commune: its actors rank with those that have none.
            const outside = new Set(outsideCodes);
            for (const code of outside)
              db.sqlite.prepare('DELETE FROM territory_commune WHERE code = ?').run(code);
            const rows = (
              db.sqlite
                .prepare(
                  `SELECT id, name_key AS nameKey, commune_code AS communeCode, last_verified_on AS lastVerifiedOn,
                     updated_at AS updatedAt, search_text AS searchText, network_status AS networkStatus, tags FROM actor WHERE deleted_at IS NULL`,
                )
                .all() as (Omit<Row, 'tags' | 'placeCommunes' | 'services'> & { tags: string })[]
            ).map((r) => {
              const places = db.sqlite
                .prepare('SELECT id, commune_code, tags FROM place WHERE actor_id = ?')
                .all(r.id) as {
                id: number;
                commune_code: string | null;
                tags: string;
              }[];
              const placeCommunes = new Set<string>();
              const services = new Set<string>();
              for (const p of places) {
                if (p.commune_code) placeCommunes.add(p.commune_code);
                for (const s of (JSON.parse(p.tags) as Record<string, string[]>).service ?? [])
                  services.add(s);
                for (const pe of db.sqlite
                  .prepare('SELECT commune_code FROM permanence WHERE place_id = ?')
                  .all(p.id) as {
                  commune_code: string;
                }[])
                  placeCommunes.add(pe.commune_code);
              }
              return { ...r, tags: JSON.parse(r.tags) as Record<string, string[]>, placeCommunes, services };
            });
            for (const raw of queries) {
              const expected = reference(rows, raw, outside);
              const page = await listActors(db.db, expected.q, TODAY);
              expect({ raw, total: page.total, ids: page.items.map((i) => i.id) }).toEqual({
                raw,
                total: expected.total,
                ids: expected.page,
              });
              expect(await listActorIds(db.db, expected.q, TODAY)).toEqual(expected.all);
              expect((await matchingActorIds(db.db, expected.q, TODAY)).sort(cmp)).toEqual(
                [...expected.all].sort(cmp),
              );
            }
          } finally {
            await db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
