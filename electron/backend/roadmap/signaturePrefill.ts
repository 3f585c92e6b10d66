import type { RoadmapMemberDto, RoadmapSignatureDto } from '../../../shared/roadmap/roadmapDto';

/** What the body knows of a member, enough to prefill its signature row. */
export interface MemberForSignature {
  member: RoadmapMemberDto;
  /** The elected official's mandate (« Maire »); null for an actor. */
  mandate: string | null;
  communeName: string | null;
}

/**
 * The organisation an elected official signs for: the EPCI for a communautaire mandate, the département or
 * région for theirs, else their commune.
 */
export function electedOrganisation(
  mandate: string | null,
  communeName: string | null,
  territoryName: string,
): string {
  const text = mandate ?? '';
  if (/départemental/i.test(text)) return 'Département';
  if (/régional/i.test(text)) return 'Région';
  if (/communaut|président/i.test(text)) return territoryName;
  return communeName ? `Commune de ${communeName}` : territoryName;
}

/**
 * The signature row a member gets before anyone edits it: an organisation signs through its first
 * representative, an elected official signs in person with their mandate as function.
 */
export function prefilledSignature(
  { member, mandate, communeName }: MemberForSignature,
  territoryName: string,
): RoadmapSignatureDto {
  if (member.kind === 'elected') {
    return {
      memberId: member.id,
      organisation: electedOrganisation(mandate, communeName, territoryName),
      signatory: member.name,
      function: mandate,
      signedOn: null,
      status: 'a_signer',
      edited: false,
    };
  }
  const first = member.representatives[0] ?? null;
  return {
    memberId: member.id,
    organisation: member.name,
    signatory: first?.name ?? null,
    function: first?.role ?? null,
    signedOn: null,
    status: 'a_signer',
    edited: false,
  };
}
