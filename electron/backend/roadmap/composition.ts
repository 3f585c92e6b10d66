import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { listInstanceMembers } from '../governance/instanceMembers';
import type { MemberForSignature } from './signaturePrefill';
import { mandateLabel } from './signatoryWording';
import { memberCommuneLabel } from '../../../shared/governance/memberCommune';

/**
 * The live composition of the body a draft roadmap belongs to, in the body's order, with what the signature
 * rows are prefilled from.
 */
export async function compositionOf(
  db: Kysely<DB>,
  instanceId: number | null,
): Promise<MemberForSignature[]> {
  if (instanceId === null) return [];
  const members = await listInstanceMembers(db, instanceId);
  return members.map((member) => ({
    member: {
      id: member.id,
      kind: member.kind,
      actorId: member.actorId,
      name: member.name,
      representatives: member.representatives.map(({ name, role }) => ({ name, role })),
      detail:
        member.kind === 'elected'
          ? [mandateLabel(member.mandate), memberCommuneLabel(member)].filter(Boolean).join(' · ') || null
          : memberCommuneLabel(member),
    },
    mandate: member.mandate,
    communeName: member.communeName,
  }));
}
