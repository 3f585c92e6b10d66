import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';

/** What an action of a frozen version refers to by id, found by name. */
export interface VersionLookups {
  nameOf: (memberId: number) => string;
  communeOf: (code: string) => string;
  objectiveOf: (objectiveId: number) => string;
  roles: RoadmapDto['roles'];
}

export function versionLookups(roadmap: RoadmapDto): VersionLookups {
  const names = new Map(roadmap.members.map((member) => [member.id, member.name]));
  const communes = new Map(roadmap.communes.map((commune) => [commune.code, commune.name]));
  const objectives = new Map(roadmap.objectives.map((objective) => [objective.id, objective.title]));
  return {
    nameOf: (id) => names.get(id) ?? 'membre retiré',
    communeOf: (code) => communes.get(code) ?? code,
    objectiveOf: (id) => objectives.get(id) ?? '—',
    roles: roadmap.roles,
  };
}
