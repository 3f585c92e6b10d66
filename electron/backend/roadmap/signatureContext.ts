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
 * territory), so that it signs once.
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
  if (!territory) return { epciName: '', epciActorIds: new Set() };
  const epciName = epciFullName(territory.epciName || territory.displayName);
  const names = new Set([epciName, territory.epciName, territory.displayName].map(plain));
  const territoryCodes = new Set(communes.map(({ code }) => code));
  const epciActorIds = new Set(
    actors
      .filter((actor) => {
        if (territory.epciSiren && actor.siret?.replace(/\s/g, '').startsWith(territory.epciSiren))
          return true;
        if (names.has(plain(actor.name))) return true;
        const typologies = decodeTags<'typology'>(actor.tags).typology ?? [];
        return (
          typologies.includes('EPCI') && actor.communeCode !== null && territoryCodes.has(actor.communeCode)
        );
      })
      .map(({ id }) => id),
  );
  return { epciName, epciActorIds };
}
