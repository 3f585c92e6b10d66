/** The roles an actor holds on the territory (Les Assembleurs), several per actor. */
export const ACTOR_ROLES = {
  prescripteur: 'Prescripteur',
  operateur: 'Opérateur',
  lieu_mediation: 'Lieu de médiation',
  financeur: 'Financeur',
  collectivite_elu: 'Collectivité / élu',
  reseau: 'Réseau',
} as const;
export type ActorRole = keyof typeof ACTOR_ROLES;
export const ACTOR_ROLE_CODES = Object.keys(ACTOR_ROLES) as ActorRole[];
