import type {
  RoadmapMemberDto,
  RoadmapSignatureDto,
  SignatoryChoiceDto,
} from '../../../shared/roadmap/roadmapDto';
import { epiceneForm, hasInclusiveMark, masculineForm } from '../../../shared/roadmap/genderedWording';
import type { RoadmapSignatureTable } from '../db/schema';
import { authorityRank, canSign } from './signatoryChoice';
import { ofPlace, writtenFunction } from './signatoryWording';

/** What the body knows of a member, enough to prefill its signature row. */
export interface MemberForSignature {
  member: RoadmapMemberDto;
  /** The elected official's mandate (« Maire »); null for an actor. */
  mandate: string | null;
  communeName: string | null;
}

/** What the blocks need beyond the body (`signatureContext.ts` reads it). */
export interface SignatureContext {
  /** The EPCI's name in full (« Communauté de communes du Civraisien en Poitou »). */
  epciName: string;
  /** The directory actors that sign as the EPCI: the EPCI itself and the services it carries. */
  epciActorIds: ReadonlySet<number>;
  /** Among them, the services the EPCI carries (same SIREN, another name): named on the EPCI's line. */
  carriedActorIds: ReadonlySet<number>;
}

/**
 * The organisation an elected official signs for: the EPCI for a communautaire mandate, the département or
 * région for theirs, else their commune.
 */
export function electedOrganisation(
  mandate: string | null,
  communeName: string | null,
  epciName: string,
): string {
  const text = masculineForm(mandate ?? '');
  if (/départemental/i.test(text)) return 'Département';
  if (/régional/i.test(text)) return 'Région';
  if (/communaut|intercommunal|agglomération|métropole|epci|président/i.test(text)) return epciName;
  return communeName ? `Commune ${ofPlace(communeName)}` : epciName;
}

/** True when the member signs « pour » the EPCI: the EPCI as an actor, or an elected official of the EPCI. */
function signsForEpci(
  { member, mandate, communeName }: MemberForSignature,
  context: SignatureContext,
): boolean {
  if (member.kind === 'elected')
    return electedOrganisation(mandate, communeName, context.epciName) === context.epciName;
  return member.actorId !== null && context.epciActorIds.has(member.actorId);
}

interface RankedChoice extends SignatoryChoiceDto {
  rank: number;
}

/** The people able to sign for one member: the elected official in person, or the actor's representatives. */
function choicesOf(
  { member, mandate, communeName }: MemberForSignature,
  context: SignatureContext,
): RankedChoice[] {
  if (member.kind === 'elected') {
    const written = writtenFunction(mandate, { communeName, epciName: context.epciName || null });
    // An elected official without a known mandate still signs, after those whose mandate is known.
    const rank = mandate ? authorityRank(masculineForm(mandate)) : 3;
    return [{ name: member.name, ...written, rank }];
  }
  return member.representatives
    .filter((representative) => canSign(representative, member.name))
    .map((representative) => ({
      name: representative.name,
      ...writtenFunction(representative.role, null),
      rank: authorityRank(representative.role),
    }));
}

/** Most authority first, the body's order kept between equals; one entry per name. */
function ranked(choices: RankedChoice[]): SignatoryChoiceDto[] {
  const seen = new Set<string>();
  return [...choices]
    .sort((a, b) => a.rank - b.rank)
    .filter((choice) => {
      const key = choice.name.trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ name, function: written, forms }) => ({ name, function: written, forms }));
}

/**
 * The signature row a block gets before anyone edits it: the person with most authority among those able to
 * sign (a president before a vice-president, a director before an adviser; never a reception desk), with their
 * function written out; no one when no one can sign (« signataire à choisir »).
 */
export function prefilledSignature(
  entries: readonly MemberForSignature[],
  context: SignatureContext,
): RoadmapSignatureDto {
  const [lead, ...others] = entries;
  if (!lead) throw new Error('A signature block has at least one member.');
  const forEpci = others.length > 0 || signsForEpci(lead, context);
  const choices = ranked(entries.flatMap((entry) => choicesOf(entry, context)));
  const first = choices[0] ?? null;
  // Every member of an EPCI block but the EPCI itself is signed for, and says so (« Signe aussi pour … »).
  const signsFor = forEpci
    ? entries
        .filter(
          ({ member }) =>
            member.actorId === null ||
            !context.epciActorIds.has(member.actorId) ||
            context.carriedActorIds.has(member.actorId),
        )
        .map(({ member }) => member.id)
    : [];
  return {
    memberId: lead.member.id,
    alsoFor: others.map(({ member }) => member.id),
    signsFor,
    organisation: forEpci
      ? context.epciName || lead.member.name
      : lead.member.kind === 'elected'
        ? electedOrganisation(lead.mandate, lead.communeName, context.epciName)
        : lead.member.name,
    signatory: first?.name ?? null,
    function: first?.function ?? null,
    signedOn: null,
    status: 'a_signer',
    edited: false,
    choices,
  };
}

/** A stored function never prints an inclusive abbreviation: without gender where French allows it, else empty. */
function storedFunction(text: string | null): string | null {
  if (text === null || !hasInclusiveMark(text)) return text;
  return epiceneForm(text);
}

/**
 * The signature blocks of a draft, in the body's order: one per member, except that every member signing for
 * the EPCI joins one block, at the place of the first of them. A block keeps what the user saved for it (on
 * its first member, or else on any of its members, as saved before the EPCI signed once).
 */
export function signatureBlocks(
  composition: readonly MemberForSignature[],
  stored: readonly RoadmapSignatureTable[],
  context: SignatureContext,
): RoadmapSignatureDto[] {
  const epciMembers = composition.filter((entry) => signsForEpci(entry, context));
  const blocks = composition.flatMap((entry) => {
    if (!epciMembers.includes(entry)) return [[entry]];
    return entry === epciMembers[0] ? [epciMembers] : [];
  });
  const storedByMember = new Map(stored.map((row) => [row.memberId, row]));
  return blocks.map((entries) => {
    const prefill = prefilledSignature(entries, context);
    const edit = entries.map(({ member }) => storedByMember.get(member.id)).find(Boolean);
    if (!edit) return prefill;
    return {
      ...prefill,
      organisation: edit.organisation,
      signatory: edit.signatory,
      function: storedFunction(edit.function),
      signedOn: edit.signedOn,
      status: edit.status,
      edited: true,
    };
  });
}
