import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { decodeTags } from '../actors/tags';
import type { MemberForSignature, SignatureContext } from './signaturePrefill';
import { epciFullName } from './signatoryWording';

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What the signature blocks need beyond the body: the EPCI's full name, and which actor members are the EPCI
 * itself (its SIREN opens their SIRET, or they bear its name, or they are an « Intercommunalité (EPCI) » of the
 * territory), so that it signs once; among them, the services the EPCI carries (its SIREN, another name: a
 * France Services it runs), which sign with it and are named on its line.
 */
export async function readSignatureContext(
  db: Kysely<DB>,
  composition: readonly MemberForSignature[],
): Promise<SignatureContext> {
  const actorIds = composition.flatMap(({ member }) => (member.actorId === null ? [] : [member.actorId]));
  const [territory, actors, communes] = await Promise.all([
    db.selectFrom('territory').select(['epciSiren', 'epciName', 'displayName']).executeTakeFirst(),
    actorIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('actor')
          .select(['id', 'name', 'siret', 'communeCode', 'tags'])
          .where('id', 'in', actorIds)
          .execute(),
    db.selectFrom('territoryCommune').select('code').execute(),
  ]);
  if (!territory) return { epciName: '', epciActorIds: new Set(), carriedActorIds: new Set() };
  const epciName = epciFullName(territory.epciName || territory.displayName);
  const names = new Set([epciName, territory.epciName, territory.displayName].map(plain));
  const territoryCodes = new Set(communes.map(({ code }) => code));
  // The EPCI itself: named as it, or an « Intercommunalité (EPCI) » of the territory.
  const isEpciItself = (actor: (typeof actors)[number]) => {
    if (names.has(plain(actor.name))) return true;
    const typologies = decodeTags<'typology'>(actor.tags).typology ?? [];
    return typologies.includes('EPCI') && actor.communeCode !== null && territoryCodes.has(actor.communeCode);
  };
  // An establishment of the EPCI (its SIREN opens the SIRET): the EPCI itself, or a service it carries.
  const ofEpciSiren = (actor: (typeof actors)[number]) =>
    Boolean(territory.epciSiren && actor.siret?.replace(/\s/g, '').startsWith(territory.epciSiren));
  const epciActorIds = new Set(
    actors.filter((actor) => isEpciItself(actor) || ofEpciSiren(actor)).map(({ id }) => id),
  );
  const carriedActorIds = new Set(
    actors.filter((actor) => ofEpciSiren(actor) && !isEpciItself(actor)).map(({ id }) => id),
  );
  return { epciName, epciActorIds, carriedActorIds };
}
