import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import type { ActionRole } from '../../../shared/roadmap/roadmapVocabulary';
import { assertDraft, currentMemberIds } from './draftRoadmap';
import { inDraft } from './sectionWrites';

/**
 * The « qui fait quoi » matrix: one role per member and action, at most one pilote per action. The action's
 * pilot and partners are these same rows, so the matrix and the fiche action never disagree.
 */

type Trx = Transaction<DB>;

/** Refuses members that are not in the draft's body (with the field to point at). */
export async function checkMembers(
  trx: Trx,
  now: string,
  ids: readonly number[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const roadmap = await assertDraft(trx, now);
  const members = await currentMemberIds(trx, roadmap.instanceId);
  if (ids.some((id) => !members.has(id))) {
    const message =
      roadmap.instanceId === null
        ? 'Choisissez d’abord l’instance de la feuille de route\u00a0: les rôles se donnent à ses membres.'
        : 'Ce membre ne fait plus partie de l’instance\u00a0: rechargez l’écran.';
    throw new AppFailure('invalid_input', message, { [field]: message });
  }
}

/** Sets the pilot and partners of an action; other roles (financeur, contributeur) of other members stay. */
export async function writePilotAndPartners(
  trx: Trx,
  actionId: number,
  pilotMemberId: number | null,
  partnerMemberIds: readonly number[],
): Promise<void> {
  const partners = partnerMemberIds.filter((id) => id !== pilotMemberId);
  const named = pilotMemberId === null ? partners : [pilotMemberId, ...partners];
  await trx
    .deleteFrom('roadmapRole')
    .where('actionId', '=', actionId)
    .where((eb) =>
      named.length > 0
        ? eb.or([eb('role', 'in', ['pilote', 'partenaire']), eb('memberId', 'in', named)])
        : eb('role', 'in', ['pilote', 'partenaire']),
    )
    .execute();
  const rows = [
    ...(pilotMemberId === null ? [] : [{ actionId, memberId: pilotMemberId, role: 'pilote' as const }]),
    ...partners.map((memberId) => ({ actionId, memberId, role: 'partenaire' as const })),
  ];
  if (rows.length > 0) await trx.insertInto('roadmapRole').values(rows).execute();
}

export function setRole(
  db: Kysely<DB>,
  { actionId, memberId, role }: { actionId: number; memberId: number; role: ActionRole | null },
  now: string,
) {
  return inDraft(db, now, async (trx) => {
    const action = await trx
      .selectFrom('roadmapAction')
      .select('id')
      .where('id', '=', actionId)
      .executeTakeFirst();
    if (!action)
      throw new AppFailure(
        'not_found',
        'Cette action n’existe plus (supprimée entre-temps)\u00a0: rechargez l’écran.',
      );
    await trx
      .deleteFrom('roadmapRole')
      .where('actionId', '=', actionId)
      .where('memberId', '=', memberId)
      .execute();
    if (role === null) return;
    await checkMembers(trx, now, [memberId], 'memberId');
    if (role === 'pilote') {
      // One pilot per action: the former pilot stays involved, as partenaire.
      await trx
        .updateTable('roadmapRole')
        .set({ role: 'partenaire' })
        .where('actionId', '=', actionId)
        .where('role', '=', 'pilote')
        .execute();
    }
    await trx.insertInto('roadmapRole').values({ actionId, memberId, role }).execute();
  });
}
