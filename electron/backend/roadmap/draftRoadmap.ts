import type { Kysely } from 'kysely';
import type { DB, RoadmapTable } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import type {
  RoadmapActionDto,
  RoadmapChantierDto,
  RoadmapDto,
  RoadmapRoleDto,
} from '../../../shared/roadmap/roadmapDto';
import type { FundingSource, RoadmapPublic } from '../../../shared/roadmap/roadmapVocabulary';
import { signatureBlocks } from './signaturePrefill';
import { readSignatureContext } from './signatureContext';
import { compositionOf } from './composition';
import { computeIndicator } from './computedIndicatorRepository';
import { localIsoDate } from '../clock';

/** The title a new roadmap starts with. */
export const DEFAULT_ROADMAP_TITLE = 'Feuille de route de l’inclusion numérique';

const parseList = <T>(json: string): T[] => {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
};

/**
 * The territory's roadmap row as stored, or, while nobody has written anything, the empty draft it would start
 * as, without storing it: reading (opening « Feuille de route ») creates nothing, so Documents and the kit
 * still say no roadmap exists.
 */
export async function roadmapRow(db: Kysely<DB>, now: string): Promise<RoadmapTable> {
  const territory = await db.selectFrom('territory').select('id').executeTakeFirst();
  if (!territory) {
    throw new AppFailure(
      'no_territory',
      'Choisissez d’abord un territoire\u00a0: la feuille de route est la sienne.',
    );
  }
  const existing = await db.selectFrom('roadmap').selectAll().where('id', '=', 1).executeTakeFirst();
  if (existing) return existing;
  return {
    id: 1,
    instanceId: null,
    state: 'brouillon',
    version: 1,
    amendedFrom: null,
    title: DEFAULT_ROADMAP_TITLE,
    purpose: null,
    context: null,
    commitments: null,
    updatedAt: now,
  };
}

/** The territory's roadmap row, created on the first write (one per territory). */
export async function ensureRoadmap(db: Kysely<DB>, now: string): Promise<RoadmapTable> {
  const row = await roadmapRow(db, now);
  await db
    .insertInto('roadmap')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
  return row;
}

/** Refuses a write while the roadmap is adopted: versions are read-only. */
export async function assertDraft(db: Kysely<DB>, now: string): Promise<RoadmapTable> {
  const roadmap = await ensureRoadmap(db, now);
  if (roadmap.state !== 'brouillon') {
    throw new AppFailure(
      'conflict',
      `La version ${roadmap.version} est adoptée et ne se modifie plus\u00a0: cliquez sur ${quoted('Amender')} pour préparer la version ${roadmap.version + 1}.`,
    );
  }
  return roadmap;
}

/** Ids of the members of the draft's body, to check what a write points at. */
export async function currentMemberIds(db: Kysely<DB>, instanceId: number | null): Promise<Set<number>> {
  if (instanceId === null) return new Set();
  const rows = await db
    .selectFrom('instanceMember')
    .select('id')
    .where('instanceId', '=', instanceId)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/**
 * The draft as the editor sees it, read from the normalized tables, with the live composition of its body.
 * Roles and signatures of people no longer in the body are left out (kept in the tables: choosing the body again
 * brings them back).
 */
export async function readDraft(
  db: Kysely<DB>,
  roadmap: RoadmapTable,
  /** ISO date of the computed indicators (their open end); today by default. */
  today: string = localIsoDate(new Date()),
): Promise<RoadmapDto> {
  const [
    territory,
    communes,
    instance,
    composition,
    objectives,
    chantiers,
    actions,
    fundings,
    indicators,
    roles,
    edits,
  ] = await Promise.all([
    db.selectFrom('territory').select('displayName').executeTakeFirst(),
    db.selectFrom('territoryCommune').select(['code', 'name']).orderBy('name').execute(),
    roadmap.instanceId === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom('instance')
          .select(['id', 'name'])
          .where('id', '=', roadmap.instanceId)
          .executeTakeFirst(),
    compositionOf(db, roadmap.instanceId),
    db.selectFrom('roadmapObjective').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('roadmapChantier').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('roadmapAction').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('roadmapFunding').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('roadmapIndicator').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('roadmapRole').selectAll().execute(),
    db.selectFrom('roadmapSignature').selectAll().execute(),
  ]);
  const territoryName = territory?.displayName ?? '';
  const memberIds = new Set(composition.map(({ member }) => member.id));
  const liveRoles: RoadmapRoleDto[] = roles
    .filter((role) => memberIds.has(role.memberId))
    .map(({ actionId, memberId, role }) => ({ actionId, memberId, role }));

  const actionsByChantier = new Map<number, RoadmapActionDto[]>();
  for (const action of actions) {
    const ofAction = liveRoles.filter((role) => role.actionId === action.id);
    const dto: RoadmapActionDto = {
      id: action.id,
      chantierId: action.chantierId,
      position: action.position,
      title: action.title,
      objectiveId: action.objectiveId,
      description: action.description,
      pilotMemberId: ofAction.find((role) => role.role === 'pilote')?.memberId ?? null,
      partnerMemberIds: ofAction.filter((role) => role.role === 'partenaire').map((role) => role.memberId),
      publics: parseList<RoadmapPublic>(action.publics),
      communeCodes: parseList<string>(action.communeCodes),
      start: action.startOn,
      end: action.endOn,
      budget: action.budget,
      fundings: fundings
        .filter((line) => line.actionId === action.id)
        .map((line) => ({
          id: line.id,
          source: line.source as FundingSource,
          amount: line.amount,
          status: line.status,
          note: line.note,
        })),
      indicators: await Promise.all(
        indicators
          .filter((indicator) => indicator.actionId === action.id)
          .map(async ({ id, label, unit, target, actual, measure, themes }) => {
            if (measure === null) return { id, label, unit, target, actual, computed: null };
            const result = await computeIndicator(db, {
              measure,
              themes: parseList<string>(themes),
              communeCodes: parseList<string>(action.communeCodes),
              start: action.startOn,
              end: action.endOn,
              today,
            });
            return { id, label, unit, target, actual: result.value, computed: result.computed };
          }),
      ),
      status: action.status,
      progress: action.progress,
    };
    actionsByChantier.set(action.chantierId, [...(actionsByChantier.get(action.chantierId) ?? []), dto]);
  }
  const chantierDtos: RoadmapChantierDto[] = chantiers.map((chantier) => ({
    id: chantier.id,
    position: chantier.position,
    title: chantier.title,
    description: chantier.description,
    actions: actionsByChantier.get(chantier.id) ?? [],
  }));
  // Roles in the reading order: by action as they appear, then by member in the body's order.
  const actionOrder = new Map(
    chantierDtos.flatMap((c) => c.actions).map((action, index) => [action.id, index]),
  );
  const memberOrder = new Map(composition.map(({ member }, index) => [member.id, index]));
  liveRoles.sort(
    (a, b) =>
      (actionOrder.get(a.actionId) ?? 0) - (actionOrder.get(b.actionId) ?? 0) ||
      (memberOrder.get(a.memberId) ?? 0) - (memberOrder.get(b.memberId) ?? 0),
  );

  return {
    state: roadmap.state,
    version: roadmap.version,
    amendedFrom: roadmap.amendedFrom,
    adoption: null,
    territoryName,
    title: roadmap.title,
    purpose: roadmap.purpose,
    context: roadmap.context,
    commitments: roadmap.commitments,
    instance: instance ? { id: instance.id, name: instance.name } : null,
    members: composition.map(({ member }) => member),
    objectives: objectives.map(({ id, position, title, indicator, baseline, target, unit }) => ({
      id,
      position,
      title,
      indicator,
      baseline,
      target,
      unit,
    })),
    chantiers: chantierDtos,
    roles: liveRoles,
    signatures: signatureBlocks(composition, edits, await readSignatureContext(db, composition)),
    communes,
    updatedAt: roadmap.updatedAt,
  };
}

/** Marks the draft as changed now (each write does, inside its transaction). */
export async function touchRoadmap(db: Kysely<DB>, now: string): Promise<void> {
  await db.updateTable('roadmap').set({ updatedAt: now }).where('id', '=', 1).execute();
}
