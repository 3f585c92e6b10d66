import type { ActorFacts } from './forgetNoOne';

/**
 * Whether a representative of an actor member holds an elected office, so that « n'oublier personne » counts
 * them as an elected official sitting in the body (the Mairie de Chaunay represented by its maire). The
 * offices only an elected official holds count whatever the actor: maire, adjoint au maire, conseiller
 * municipal, communautaire, départemental or régional. A président or vice-président counts only for a
 * collectivity (a commune, the EPCI, a département, a région): the présidente of an association is not elected
 * in that sense. A civil-service grade (« adjoint administratif ») is not an office.
 */

/** Municipalités, Intercommunalité (EPCI), Conseils départementaux, Région. */
const COLLECTIVITY_TYPOLOGIES = new Set(['MUNI', 'EPCI', 'CD', 'REG']);

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[·•⋅.]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const ANY_ACTOR = [
  /^maire\b/,
  /^(1er|1re|premier|premiere|\d+e|\d+eme) adjointe?\b/,
  /^adjointe? (au maire|a la maire|aux?\b|a l'|a la|charge|delegue|du maire)/,
  /^conseill[a-z]* (municipa|communautaire|departementa|regiona|delegue)/,
  /^(vice-president|president)[a-z]* (de la communaute|du conseil|de l'epci|de la metropole|de l'agglomeration|du departement|de la region)/,
  /^elue?s?\b/,
];

const COLLECTIVITY_ONLY = [/^(vice-president|president)/, /^adjointe?$/];

export function isElectedOffice(
  role: string | null,
  actor: Pick<ActorFacts, 'typologies' | 'roles'> | null,
): boolean {
  if (!role) return false;
  const text = plain(role);
  if (ANY_ACTOR.some((pattern) => pattern.test(text))) return true;
  const collectivity =
    actor !== null &&
    (actor.typologies.some((typology) => COLLECTIVITY_TYPOLOGIES.has(typology)) ||
      actor.roles.includes('collectivite_elu'));
  return collectivity && COLLECTIVITY_ONLY.some((pattern) => pattern.test(text));
}
