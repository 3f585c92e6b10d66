import type { ActorDto } from '../../../../shared/actors/dto';
import type { CommuneDto } from '../../../../shared/territory/dto';
import type { AnnuaireGrouping } from '../../../../shared/documents/documentDto';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';

/**
 * The annuaire's chapters. By commune: every commune of the territory in alphabetical order, each with the
 * actors based there (an actor's seat, else its first place); communes with no actor are kept, since a mayor
 * looks for his own. By typology: one chapter per typology, an actor under each of its typologies.
 * Actors whose commune or typology is unknown come last, under a chapter that says so.
 */

export interface ActorGroup {
  title: string;
  /** The commune's population, when grouped by commune. */
  population: number | null;
  /** The commune's INSEE code, when grouped by commune (null for the actors of no known commune). */
  communeCode?: string | null;
  actors: ActorDto[];
  /**
   * Actors based elsewhere with a place or a permanence in this commune (by commune only), with the chapter of
   * their full entry: their commune's name, or `UNKNOWN_COMMUNE` when it is outside the territory or unknown.
   */
  alsoPresent: { actor: ActorDto; how: string; listedUnder: string }[];
}

const french = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byName = (a: ActorDto, b: ActorDto) => french.compare(a.name, b.name);

/** Actors with no commune, or one outside the territory (a département's service, a regional network). */
export const UNKNOWN_COMMUNE = 'Acteurs hors du territoire ou sans commune';
export const UNKNOWN_TYPOLOGY = 'Typologie non renseignée';

/** The commune an actor is listed under. */
export function homeCommuneOf(actor: ActorDto): string | null {
  return actor.communeCode ?? actor.places.find((place) => place.communeCode !== null)?.communeCode ?? null;
}

function presenceElsewhere(actor: ActorDto, communeCode: string): string | null {
  for (const place of actor.places) {
    if (place.communeCode === communeCode) return `lieu d’accueil «\u00a0${place.name}\u00a0»`;
  }
  for (const place of actor.places) {
    const permanence = place.permanences.find((p) => p.communeCode === communeCode);
    if (permanence) return 'permanence';
  }
  return null;
}

/** Appends in place: copying a chapter's list for each actor made grouping quadratic in its size. */
function appendTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

function byCommune(actors: ActorDto[], communes: CommuneDto[]): ActorGroup[] {
  // One pass over the actors, then one lookup per commune: 500 communes × 5,000 actors stay quick.
  const home = new Map<string, ActorDto[]>();
  const elsewhere = new Map<string, ActorGroup['alsoPresent']>();
  const nameOf = new Map(communes.map((commune) => [commune.code, commune.name]));
  const unknown: ActorDto[] = [];
  for (const actor of actors) {
    const code = homeCommuneOf(actor);
    const listedUnder = (code !== null && nameOf.get(code)) || UNKNOWN_COMMUNE;
    if (code === null || !nameOf.has(code)) unknown.push(actor);
    else appendTo(home, code, actor);
    const visited = new Set<string>();
    for (const place of actor.places) {
      for (const other of [place.communeCode, ...place.permanences.map((p) => p.communeCode)]) {
        if (other === null || other === code || visited.has(other)) continue;
        visited.add(other);
        const how = presenceElsewhere(actor, other);
        if (how) appendTo(elsewhere, other, { actor, how, listedUnder });
      }
    }
  }
  const groups: ActorGroup[] = communes.map((commune) => ({
    title: commune.name,
    population: commune.population,
    communeCode: commune.code,
    actors: (home.get(commune.code) ?? []).sort(byName),
    alsoPresent: (elsewhere.get(commune.code) ?? []).sort((a, b) => byName(a.actor, b.actor)),
  }));
  if (unknown.length > 0)
    groups.push({
      title: UNKNOWN_COMMUNE,
      population: null,
      communeCode: null,
      actors: unknown.sort(byName),
      alsoPresent: [],
    });
  return groups;
}

function byTypology(actors: ActorDto[]): ActorGroup[] {
  const chapters = new Map<string, ActorDto[]>();
  const unknown: ActorDto[] = [];
  for (const actor of actors) {
    if (actor.typologies.length === 0) unknown.push(actor);
    for (const code of actor.typologies) {
      const label = typologyLabel(code);
      appendTo(chapters, label, actor);
    }
  }
  const groups: ActorGroup[] = [...chapters.entries()]
    .sort(([a], [b]) => french.compare(a, b))
    .map(([title, list]) => ({ title, population: null, actors: list.sort(byName), alsoPresent: [] }));
  if (unknown.length > 0)
    groups.push({ title: UNKNOWN_TYPOLOGY, population: null, actors: unknown.sort(byName), alsoPresent: [] });
  return groups;
}

export function groupActors(
  actors: ActorDto[],
  communes: CommuneDto[],
  grouping: AnnuaireGrouping,
): ActorGroup[] {
  return grouping === 'commune' ? byCommune(actors, communes) : byTypology(actors);
}
