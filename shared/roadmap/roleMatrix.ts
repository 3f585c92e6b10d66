import type { RoadmapActionDto, RoadmapDto, RoadmapMemberDto } from './roadmapDto';
import type { ActionRole } from './roadmapVocabulary';

/** The « qui fait quoi » matrix: members (rows) × actions (columns), with who is left out. */

export interface RoleMatrixColumn {
  action: RoadmapActionDto;
  chantierTitle: string;
  hasPilot: boolean;
}

export interface RoleMatrixRow {
  member: RoadmapMemberDto;
  /** One cell per column, in the columns' order. */
  cells: (ActionRole | null)[];
  roleCount: number;
}

export interface RoleMatrix {
  columns: RoleMatrixColumn[];
  rows: RoleMatrixRow[];
  membersWithoutRole: RoadmapMemberDto[];
  actionsWithoutPilot: RoadmapActionDto[];
}

export function roleMatrix(roadmap: Pick<RoadmapDto, 'members' | 'chantiers' | 'roles'>): RoleMatrix {
  const columns: RoleMatrixColumn[] = roadmap.chantiers.flatMap((chantier) =>
    chantier.actions.map((action) => ({
      action,
      chantierTitle: chantier.title,
      hasPilot: action.pilotMemberId !== null,
    })),
  );
  const roleOf = new Map(roadmap.roles.map((role) => [`${role.memberId}:${role.actionId}`, role.role]));
  const rows = roadmap.members.map((member) => {
    const cells = columns.map(({ action }) => roleOf.get(`${member.id}:${action.id}`) ?? null);
    return { member, cells, roleCount: cells.filter((cell) => cell !== null).length };
  });
  return {
    columns,
    rows,
    membersWithoutRole: rows.filter((row) => row.roleCount === 0).map((row) => row.member),
    actionsWithoutPilot: columns.filter((column) => !column.hasPilot).map((column) => column.action),
  };
}
