import type {
  RoadmapActionDto,
  RoadmapChantierDto,
  RoadmapDto,
  RoadmapMemberDto,
} from '../../../shared/roadmap/roadmapDto';

/** Small builders of roadmap DTOs for the pure functions' tests. */

export function member(
  id: number,
  name: string,
  overrides: Partial<RoadmapMemberDto> = {},
): RoadmapMemberDto {
  return { id, kind: 'actor', actorId: null, name, representatives: [], detail: null, ...overrides };
}

export function action(
  id: number,
  title: string,
  overrides: Partial<RoadmapActionDto> = {},
): RoadmapActionDto {
  return {
    id,
    chantierId: 1,
    position: 0,
    title,
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
    ...overrides,
  };
}

export function chantier(id: number, title: string, actions: RoadmapActionDto[] = []): RoadmapChantierDto {
  return {
    id,
    position: 0,
    title,
    description: null,
    actions: actions.map((item, position) => ({ ...item, chantierId: id, position })),
  };
}

export function roadmap(overrides: Partial<RoadmapDto> = {}): RoadmapDto {
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
    members: [],
    objectives: [],
    chantiers: [],
    roles: [],
    signatures: [],
    communes: [
      { code: '86078', name: 'Civray' },
      { code: '86069', name: 'Charroux' },
    ],
    updatedAt: '2026-04-05T10:00:00.000Z',
    ...overrides,
  };
}
