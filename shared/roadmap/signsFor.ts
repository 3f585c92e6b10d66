import type { RoadmapDto, RoadmapMemberDto, RoadmapSignatureDto } from './roadmapDto';

/**
 * Who a signature block signs for besides the organisation it names: the members the EPCI signs once for (a
 * service it carries, such as its France Services, and its elected officials). The signature screen, the
 * signature page and the composition of the Word feuille de route all say it from here, so that a member
 * never loses its signature line without a word. A version adopted before `signsFor` was recorded falls back
 * to the members that share the row.
 */
export function signsForMembers(
  signature: RoadmapSignatureDto,
  members: readonly RoadmapMemberDto[],
): RoadmapMemberDto[] {
  const ids = signature.signsFor ?? signature.alsoFor ?? [];
  return ids.flatMap((id) => members.find((member) => member.id === id) ?? []);
}

/** « Signe aussi pour Espace France Services de Civray et Bernard Chaigneau »; null when the block signs for itself alone. */
export function signsForSentence(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
  return `Signe aussi pour ${list}`;
}

/** For each member signed for by another block, the organisation that signs for it. */
export function signingOrganisations(
  roadmap: Pick<RoadmapDto, 'signatures' | 'members'>,
): Map<number, string> {
  const byMember = new Map<number, string>();
  for (const signature of roadmap.signatures)
    for (const member of signsForMembers(signature, roadmap.members))
      byMember.set(member.id, signature.organisation);
  return byMember;
}
