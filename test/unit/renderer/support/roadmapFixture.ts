import type { RoadmapActionDto, RoadmapDto } from '../../../../shared/roadmap/roadmapDto';

/** A fiche action with every field empty but its title, for the tests of the editor's pure modules. */
export function action(id: number, patch: Partial<RoadmapActionDto> = {}): RoadmapActionDto {
  return {
    id,
    chantierId: 1,
    position: 0,
    title: `Action ${id}`,
    objectiveId: null,
    description: null,
    pilotMemberId: null,
    partnerMemberIds: [],
    publics: [],
    communeCodes: [],
    start: null,
    end: null,
    budget: null,
    fundings: [],
    indicators: [],
    status: 'a_lancer',
    progress: 0,
    ...patch,
  };
}

/** A draft roadmap of the CC du Civraisien with two members and the chantiers given. */
export function roadmap(patch: Partial<RoadmapDto> = {}): RoadmapDto {
  return {
    state: 'brouillon',
    version: 1,
    amendedFrom: null,
    adoption: null,
    territoryName: 'CC du Civraisien en Poitou',
    title: 'Feuille de route de l’inclusion numérique',
    purpose: null,
    context: null,
    commitments: null,
    instance: { id: 1, name: 'Comité de pilotage' },
    members: [
      {
        id: 10,
        kind: 'actor',
        actorId: 1,
        name: 'France Services de Civray',
        representatives: [],
        detail: null,
      },
      {
        id: 11,
        kind: 'actor',
        actorId: 2,
        name: 'Centre social de Gençay',
        representatives: [],
        detail: null,
      },
      { id: 12, kind: 'elected', actorId: null, name: 'Marie Durand', representatives: [], detail: 'Maire' },
    ],
    objectives: [],
    chantiers: [],
    roles: [],
    signatures: [],
    communes: [
      { code: '86078', name: 'Civray' },
      { code: '86103', name: 'Gençay' },
    ],
    updatedAt: '2026-04-01T10:00:00.000Z',
    ...patch,
  };
}
