import { ACTOR_ROLES, type ActorRole } from '../../../shared/vocabularies/actorRoles';
import { typologyLabel } from '../../../shared/vocabularies/typologies';
import { countLabel, formatInteger, quoted } from '../../../shared/format/french';
import type {
  AssumedStateDto,
  CoverageDto,
  FindingDto,
  FindingRule,
  InviteSuggestionDto,
} from '../../../shared/governance/governanceDto';
import { partialReachOf, PUBLIC_GROUPS, specialistOf, type PublicGroup } from './publicGroups';

/**
 * The « n'oublier personne » check: compares a coordination body with its territory and says who is missing.
 * What the method (seeds 002, 003) asks first comes first: the families of publics (jeunes, seniors, handicap,
 * précarité, éducation, travailleurs sociaux), elected officials, the historical actors of mediation. Then the
 * rest, each summarised in one finding: other roles and publics, the typologies absent from the body, the
 * communes where no member is located. A family covered only in part (a generalist, an itinerant bus) stays a
 * finding that says who covers it; the user may judge it « couvert quand même ». Each finding suggests two or
 * three actors of the directory, those that would fill the most gaps first.
 */

/** What the check needs to know about an actor (a member's or any of the directory's). */
export interface ActorFacts {
  id: number;
  name: string;
  /** The name as `normalizeForSearch` gives it, when known (the directory stores it): spares recomputing it. */
  nameKey?: string;
  communeCode: string | null;
  communeName: string | null;
  typologies: readonly string[];
  roles: readonly ActorRole[];
  publics: readonly string[];
  specificSupports: readonly string[];
  /** Holds permanences in other communes (a bus, a mobile team). */
  itinerant?: boolean;
  /** The communes its permanences serve (known for the body's members). */
  permanenceCommunes?: readonly string[];
}

export interface CommuneFacts {
  code: string;
  name: string;
  population: number;
}

export interface ForgetNoOneInput {
  communes: readonly CommuneFacts[];
  /** The live directory (the Corbeille excluded). */
  directory: readonly ActorFacts[];
  /** The actors sitting in the body (a member's actor in the Corbeille still counts). */
  memberActors: readonly ActorFacts[];
  /** The elected officials of the body, in person or representing an actor (a maire for the mairie), by their commune (null when not given). */
  electedCommuneCodes: readonly (string | null)[];
  /** Findings the user chose to live with, by key. */
  assumed: Readonly<Record<string, AssumedStateDto>>;
}

/**
 * How many actors a finding suggests at most: the screen shows three, then the others on demand; beyond, it
 * says how many more the directory holds.
 */
export const SUGGESTIONS_PER_FINDING = 10;

/** Roles whose holders are the territory's historical actors of mediation: a priority of the method. */
const HISTORICAL_ROLES: readonly ActorRole[] = ['operateur', 'lieu_mediation'];

export const findingKey = (rule: FindingRule, subject: string): string => `${rule}:${subject}`;

/** A gap before suggestions are attached: which directory actors would fill it, and why each one would. */
interface Gap {
  rule: FindingRule;
  subject: string;
  title: string;
  detail: string;
  priority: boolean;
  coveredBy: CoverageDto[];
  /** Actor id → why it fills the gap. */
  fillers: Map<number, string>;
}

const collator = new Intl.Collator('fr');

const actorsLabel = (count: number) => countLabel(count, 'acteur', 'acteurs');

function electedGap(input: ForgetNoOneInput): Gap[] {
  if (input.electedCommuneCodes.length > 0) return [];
  return [
    {
      rule: 'elected',
      subject: '',
      title: 'Aucun élu ne siège dans l’instance',
      detail:
        'Ajoutez le ou la président·e, le ou la vice-président·e chargé·e du numérique ou des maires\u00a0: ce sont eux qui portent la feuille de route devant le conseil communautaire.',
      priority: true,
      coveredBy: [],
      fillers: new Map(),
    },
  ];
}

function roleGaps(input: ForgetNoOneInput): Gap[] {
  const present = new Set<ActorRole>(input.memberActors.flatMap((actor) => actor.roles));
  if (input.electedCommuneCodes.length > 0) present.add('collectivite_elu');
  return (Object.keys(ACTOR_ROLES) as ActorRole[]).flatMap((role) => {
    if (present.has(role)) return [];
    const holders = input.directory.filter((actor) => actor.roles.includes(role));
    if (holders.length === 0) return [];
    return [
      {
        rule: 'role' as const,
        subject: role,
        title: `Aucun membre n’a le rôle ${quoted(ACTOR_ROLES[role])}`,
        detail: `${actorsLabel(holders.length)} de l’annuaire ${holders.length > 1 ? 'ont' : 'a'} ce rôle${
          HISTORICAL_ROLES.includes(role)
            ? '\u00a0: le rôle des acteurs historiques de la médiation numérique'
            : ''
        }.`,
        priority: HISTORICAL_ROLES.includes(role),
        coveredBy: [],
        fillers: new Map(holders.map((actor) => [actor.id, `Rôle\u00a0: ${ACTOR_ROLES[role]}`])),
      },
    ];
  });
}

function specialistsOf(group: PublicGroup, actors: readonly ActorFacts[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const actor of actors) {
    const reason = specialistOf(group, actor, typologyLabel);
    if (reason !== null) found.set(actor.id, reason);
  }
  return found;
}

function coverageOf(group: PublicGroup, members: readonly ActorFacts[]): CoverageDto[] {
  return members.flatMap((actor) => {
    const how = partialReachOf(group, actor);
    if (how === null) return [];
    return [{ actorId: actor.id, name: actor.name, how: actor.itinerant ? `itinérant, ${how}` : how }];
  });
}

function publicGaps(input: ForgetNoOneInput): Gap[] {
  return PUBLIC_GROUPS.flatMap((group) => {
    if (specialistsOf(group, input.memberActors).size > 0) return [];
    const coveredBy = coverageOf(group, input.memberActors);
    // Only actors that can still be invited are candidates: a member already sits.
    const memberIds = new Set(input.memberActors.map((actor) => actor.id));
    const outside = input.directory.filter((actor) => !memberIds.has(actor.id));
    let fillers = specialistsOf(group, outside);
    // Without a specialist in the directory, those that declare the public are the nearest suggestions.
    if (fillers.size === 0)
      fillers = new Map(coverageOf(group, outside).map((cover) => [cover.actorId, capitalise(cover.how)]));
    // The other publics are flagged only when nobody reaches them, and someone of the directory could.
    if (!group.priority && (coveredBy.length > 0 || fillers.size === 0)) return [];
    const invite = `À inviter\u00a0: ${group.whoToInvite}.`;
    // Nobody left to invite, though some of the directory reach the public (the members): no word on candidates.
    const nobodyInDirectory = coverageOf(group, input.directory).length === 0;
    return [
      {
        rule: 'public' as const,
        subject: group.code,
        title:
          coveredBy.length > 0
            ? `Aucun acteur spécialisé pour ${group.label} dans l’instance`
            : `Aucun membre n’atteint ${group.label}`,
        detail:
          fillers.size > 0
            ? `${invite} ${actorsLabel(fillers.size)} de l’annuaire ${fillers.size > 1 ? 'peuvent' : 'peut'} l’être.`
            : nobodyInDirectory
              ? `${invite} Aucun n’est dans l’annuaire\u00a0: cherchez qui les accompagne sur le territoire et ajoutez-le.`
              : invite,
        priority: group.priority,
        coveredBy,
        fillers,
      },
    ];
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The typologies of the directory absent from the body, in one finding. */
function typologyGaps(input: ForgetNoOneInput): Gap[] {
  const present = new Set(input.memberActors.flatMap((actor) => actor.typologies));
  const fillers = new Map<number, string>();
  const missing = new Map<string, number>();
  for (const actor of input.directory)
    for (const typology of actor.typologies) {
      if (present.has(typology)) continue;
      missing.set(typology, (missing.get(typology) ?? 0) + 1);
      if (!fillers.has(actor.id)) fillers.set(actor.id, typologyLabel(typology));
    }
  if (missing.size === 0) return [];
  const labels = [...missing.entries()]
    .sort(
      ([a, countA], [b, countB]) => countB - countA || collator.compare(typologyLabel(a), typologyLabel(b)),
    )
    .map(([code]) => typologyLabel(code));
  const shown = labels.slice(0, 6).join(', ');
  return [
    {
      rule: 'typology',
      subject: '',
      title: `${countLabel(missing.size, 'type de structure', 'types de structures')} de l’annuaire ${
        missing.size > 1 ? 'sont absents' : 'est absent'
      } de l’instance`,
      detail: `${shown}${labels.length > 6 ? `, et ${formatInteger(labels.length - 6)} autres` : ''}.`,
      priority: false,
      coveredBy: [],
      fillers,
    },
  ];
}

/**
 * The communes where no member is located, no member holds a permanence and no elected official comes from, in
 * one finding; it says how many are reached only by a member's itinerant permanence.
 */
function communeGaps(input: ForgetNoOneInput): Gap[] {
  const present = new Set<string>();
  for (const actor of input.memberActors) if (actor.communeCode) present.add(actor.communeCode);
  for (const code of input.electedCommuneCodes) if (code) present.add(code);
  const servedOnly = new Set<string>();
  for (const actor of input.memberActors)
    for (const code of actor.permanenceCommunes ?? []) if (!present.has(code)) servedOnly.add(code);
  for (const code of servedOnly) present.add(code);
  const reachedByBus =
    servedOnly.size === 0
      ? ''
      : ` ${countLabel(servedOnly.size, 'autre commune n’est atteinte', 'autres communes ne sont atteintes')} que par la permanence itinérante d’un membre.`;
  const missing = [...input.communes]
    .filter((commune) => !present.has(commune.code))
    .sort((a, b) => b.population - a.population || collator.compare(a.name, b.name));
  if (missing.length === 0) return [];
  const missingCodes = new Map(missing.map((commune) => [commune.code, commune.name]));
  const fillers = new Map<number, string>();
  for (const actor of input.directory) {
    const name = actor.communeCode ? missingCodes.get(actor.communeCode) : undefined;
    if (name) fillers.set(actor.id, `Situé à ${name}`);
  }
  const population = missing.reduce((sum, commune) => sum + commune.population, 0);
  const total = input.communes.reduce((sum, commune) => sum + commune.population, 0);
  const largest = missing
    .slice(0, 5)
    .map((commune) => `${commune.name} (${formatInteger(commune.population)})`)
    .join(', ');
  return [
    {
      rule: 'commune',
      subject: '',
      title: `${countLabel(missing.length, 'commune', 'communes')} sur ${formatInteger(input.communes.length)} ${
        missing.length > 1 ? 'n’ont' : 'n’a'
      } ni acteur ni élu dans l’instance`,
      detail: `${formatInteger(population)} habitants sur ${formatInteger(total)}. Les plus peuplées\u00a0: ${largest}${
        missing.length > 5 ? '…' : '.'
      }${reachedByBus} Invitez leurs maires ou un acteur qui y est situé.`,
      priority: false,
      coveredBy: [],
      fillers,
    },
  ];
}

interface Candidate {
  actor: ActorFacts;
  reason: string;
  fills: number;
}
const better = (a: Candidate, b: Candidate) =>
  b.fills - a.fills || collator.compare(a.actor.name, b.actor.name);

/** The few actors who fill the most open gaps, by name on a tie: one pass, however large the directory. */
function bestFillers(
  fillers: Map<number, string>,
  filled: Map<number, number>,
  byId: Map<number, ActorFacts>,
): Candidate[] {
  const best: Candidate[] = [];
  for (const [id, reason] of fillers) {
    const actor = byId.get(id);
    if (!actor) continue;
    const candidate = { actor, reason, fills: filled.get(id) ?? 0 };
    if (best.length === SUGGESTIONS_PER_FINDING && better(candidate, best[best.length - 1]!) >= 0) continue;
    const at = best.findIndex((other) => better(candidate, other) < 0);
    best.splice(at < 0 ? best.length : at, 0, candidate);
    if (best.length > SUGGESTIONS_PER_FINDING) best.pop();
  }
  return best;
}

/**
 * Every finding of the check, in the order the panel shows them: the method's priorities first (families of
 * publics, elected officials, historical actors), then the other roles and publics, typologies and communes.
 */
export function checkForgetNoOne(input: ForgetNoOneInput): FindingDto[] {
  const memberIds = new Set(input.memberActors.map((actor) => actor.id));
  const all = [
    ...publicGaps(input),
    ...electedGap(input),
    ...roleGaps(input),
    ...typologyGaps(input),
    ...communeGaps(input),
  ];
  const gaps = [...all.filter((gap) => gap.priority), ...all.filter((gap) => !gap.priority)];
  for (const gap of gaps) for (const id of memberIds) gap.fillers.delete(id);

  // How many open gaps each actor would fill: the actor who fills the most is suggested first.
  const openGaps = gaps.filter((gap) => !input.assumed[findingKey(gap.rule, gap.subject)]);
  const filled = new Map<number, number>();
  for (const gap of openGaps) for (const id of gap.fillers.keys()) filled.set(id, (filled.get(id) ?? 0) + 1);
  const byId = new Map(input.directory.map((actor) => [actor.id, actor]));

  return gaps.map((gap) => {
    const key = findingKey(gap.rule, gap.subject);
    const ownOpen = openGaps.includes(gap) ? 1 : 0;
    const suggestions: InviteSuggestionDto[] = bestFillers(gap.fillers, filled, byId).map(
      ({ actor, reason, fills }) => ({
        actorId: actor.id,
        name: actor.name,
        communeName: actor.communeName,
        reason,
        alsoFills: Math.max(0, fills - ownOpen),
      }),
    );
    return {
      key,
      rule: gap.rule,
      subject: gap.subject,
      title: gap.title,
      detail: gap.detail,
      priority: gap.priority,
      coveredBy: gap.coveredBy,
      suggestions,
      otherCandidates: Math.max(0, gap.fillers.size - suggestions.length),
      assumed: input.assumed[key] ?? null,
    };
  });
}
