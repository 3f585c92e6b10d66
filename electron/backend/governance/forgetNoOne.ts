import { ACTOR_ROLES, type ActorRole } from '../../../shared/vocabularies/actorRoles';
import { typologyLabel } from '../../../shared/vocabularies/typologies';
import { countLabel, formatInteger, quoted } from '../../../shared/format/french';
import type {
  AssumedStateDto,
  FindingDto,
  FindingRule,
  InviteSuggestionDto,
} from '../../../shared/governance/governanceDto';
import { PUBLIC_GROUPS, reachOf, type PublicGroup } from './publicGroups';

/**
 * The « n'oublier personne » check: compares a coordination body with its territory and says who is missing —
 * typologies and roles present in the directory but absent from the body, publics no member reaches, communes where
 * no member is located, no elected official at all. Each finding suggests a handful of actors to invite, those that
 * would fill the most gaps first.
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
  /** The elected officials of the body, by their commune (null when not given). */
  electedCommuneCodes: readonly (string | null)[];
  /** Findings the user chose to live with, by key. */
  assumed: Readonly<Record<string, AssumedStateDto>>;
}

/** How many actors a finding suggests at most. */
export const SUGGESTIONS_PER_FINDING = 5;

export const findingKey = (rule: FindingRule, subject: string): string => `${rule}:${subject}`;

/** A gap before suggestions are attached: which directory actors would fill it, and why each one would. */
interface Gap {
  rule: FindingRule;
  subject: string;
  title: string;
  detail: string;
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
        'Ajoutez le ou la président·e, le ou la vice-président·e chargé·e du numérique ou des maires : ce sont eux qui portent la feuille de route devant le conseil communautaire.',
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
        detail: `${actorsLabel(holders.length)} de l’annuaire ${holders.length > 1 ? 'ont' : 'a'} ce rôle.`,
        fillers: new Map(holders.map((actor) => [actor.id, `Rôle : ${ACTOR_ROLES[role]}`])),
      },
    ];
  });
}

function reachersOf(group: PublicGroup, actors: readonly ActorFacts[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const actor of actors) {
    const reason = reachOf(group, actor, typologyLabel);
    if (reason !== null) found.set(actor.id, reason);
  }
  return found;
}

function publicGaps(input: ForgetNoOneInput): Gap[] {
  return PUBLIC_GROUPS.flatMap((group) => {
    if (reachersOf(group, input.memberActors).size > 0) return [];
    const fillers = reachersOf(group, input.directory);
    if (!group.core && fillers.size === 0) return [];
    return [
      {
        rule: 'public' as const,
        subject: group.code,
        title: `Aucun membre n’atteint ${group.label}`,
        detail:
          fillers.size > 0
            ? `${actorsLabel(fillers.size)} de l’annuaire ${fillers.size > 1 ? 'les atteignent' : 'les atteint'}.`
            : 'Aucun acteur de l’annuaire ne dit les atteindre : cherchez qui les accompagne sur le territoire et ajoutez-le à l’annuaire.',
        fillers,
      },
    ];
  });
}

function typologyGaps(input: ForgetNoOneInput): Gap[] {
  const present = new Set(input.memberActors.flatMap((actor) => actor.typologies));
  const holders = new Map<string, ActorFacts[]>();
  for (const actor of input.directory)
    for (const typology of actor.typologies) {
      if (present.has(typology)) continue;
      const list = holders.get(typology);
      if (list) list.push(actor);
      else holders.set(typology, [actor]);
    }
  return [...holders.entries()]
    .sort(([a], [b]) => collator.compare(typologyLabel(a), typologyLabel(b)))
    .map(([typology, actors]) => ({
      rule: 'typology' as const,
      subject: typology,
      title: `Aucun membre de type ${quoted(typologyLabel(typology))}`,
      detail: `${actorsLabel(actors.length)} de ce type dans l’annuaire.`,
      fillers: new Map(actors.map((actor) => [actor.id, typologyLabel(typology)])),
    }));
}

function communeGaps(input: ForgetNoOneInput): Gap[] {
  const present = new Set<string>();
  for (const actor of input.memberActors) if (actor.communeCode) present.add(actor.communeCode);
  for (const code of input.electedCommuneCodes) if (code) present.add(code);
  const byCommune = new Map<string, ActorFacts[]>();
  for (const actor of input.directory) {
    if (!actor.communeCode) continue;
    const list = byCommune.get(actor.communeCode);
    if (list) list.push(actor);
    else byCommune.set(actor.communeCode, [actor]);
  }
  return [...input.communes]
    .filter((commune) => !present.has(commune.code))
    .sort((a, b) => b.population - a.population || collator.compare(a.name, b.name))
    .map((commune) => {
      const located = byCommune.get(commune.code) ?? [];
      return {
        rule: 'commune' as const,
        subject: commune.code,
        title: `${commune.name} n’a ni acteur ni élu dans l’instance`,
        detail: `${formatInteger(commune.population)} habitants · ${
          located.length > 0
            ? `${actorsLabel(located.length)} de l’annuaire y ${located.length > 1 ? 'sont situés' : 'est situé'}`
            : 'aucun acteur de l’annuaire n’y est situé : invitez son maire'
        }.`,
        fillers: new Map(located.map((actor) => [actor.id, `Situé à ${commune.name}`])),
      };
    });
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

/** Every finding of the check, in the order the panel shows them (elected, roles, publics, typologies, communes). */
export function checkForgetNoOne(input: ForgetNoOneInput): FindingDto[] {
  const memberIds = new Set(input.memberActors.map((actor) => actor.id));
  const gaps = [
    ...electedGap(input),
    ...roleGaps(input),
    ...publicGaps(input),
    ...typologyGaps(input),
    ...communeGaps(input),
  ];
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
      suggestions,
      assumed: input.assumed[key] ?? null,
    };
  });
}
