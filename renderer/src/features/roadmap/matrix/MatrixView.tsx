import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, ofName, quoted } from '../../../../../shared/format/french';
import { roleMatrix } from '../../../../../shared/roadmap/roleMatrix';
import {
  ACTION_ROLE_CODES,
  ACTION_ROLES,
  type ActionRole,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import { hrefOf } from '../../../app/route';
import { EmptyState } from '../../../ui/EmptyState';
import { Notice } from '../../../ui/Notice';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';

/**
 * « Qui fait quoi »: members of the body (rows) × actions (columns); each cell chooses the member's role in
 * the action. Members with no role and actions with no pilot stand out.
 */
export function MatrixView({ editor, roadmap }: { editor: RoadmapEditor; roadmap: RoadmapDto }) {
  const matrix = roleMatrix(roadmap);
  const readOnly = roadmap.state === 'adoptee';
  if (matrix.columns.length === 0 || matrix.rows.length === 0) {
    return (
      <EmptyState
        title={
          matrix.rows.length === 0 ? 'L’instance n’a pas encore de membre' : 'Aucune action pour l’instant'
        }
        action={
          matrix.rows.length === 0 ? (
            <a href={hrefOf({ name: 'governance', path: '' })}>Ajouter des membres à l’instance</a>
          ) : (
            <a href={hrefOf({ name: 'roadmap', path: '' })}>Ajouter des actions dans la rédaction</a>
          )
        }
      >
        Le tableau croise les membres de l’instance et les actions de la feuille de route.
      </EmptyState>
    );
  }
  return (
    <div className="roadmap-matrix">
      {matrix.actionsWithoutPilot.length > 0 || matrix.membersWithoutRole.length > 0 ? (
        <Notice tone="warning">
          {[
            matrix.actionsWithoutPilot.length > 0
              ? `${countLabel(matrix.actionsWithoutPilot.length, 'action')} sans pilote`
              : null,
            matrix.membersWithoutRole.length > 0
              ? `${countLabel(matrix.membersWithoutRole.length, 'membre')} sans rôle dans aucune action`
              : null,
          ]
            .filter(Boolean)
            .join(' et ')}
          , en surbrillance dans le tableau.
        </Notice>
      ) : (
        <Notice tone="success">Chaque action a son pilote et chaque membre a au moins un rôle.</Notice>
      )}
      <p className="roadmap-matrix-help">
        Choisir «&nbsp;Pilote&nbsp;» pour un membre fait de l’ancien pilote un partenaire. «&nbsp;Annuler la
        dernière modification&nbsp;» remet le rôle précédent.
      </p>
      <div className="roadmap-matrix-scroll">
        <table
          className="table roadmap-matrix-table"
          aria-label={'Qui fait quoi\u00a0: rôles des membres par action'}
        >
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Membre
              </th>
              {matrix.columns.map((column) => (
                <th
                  key={column.action.id}
                  scope="col"
                  className={column.hasPilot ? 'matrix-action' : 'matrix-action matrix-missing'}
                >
                  <a href={hrefOf({ name: 'roadmap', path: `actions/${column.action.id}` })}>
                    {column.action.title}
                  </a>
                  <span className="matrix-chantier">{column.chantierTitle}</span>
                  {column.hasPilot ? null : <span className="badge badge-warning">Sans pilote</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.member.id} className={row.roleCount === 0 ? 'matrix-missing' : undefined}>
                <th scope="row" className="matrix-member">
                  {row.member.name}
                  {row.member.detail ? <span className="matrix-chantier">{row.member.detail}</span> : null}
                  {row.roleCount === 0 ? <span className="badge badge-warning">Sans rôle</span> : null}
                </th>
                {row.cells.map((role, index) => {
                  const column = matrix.columns[index];
                  if (!column) return null;
                  return (
                    <td
                      key={column.action.id}
                      className={role ? `matrix-cell matrix-role-${role}` : 'matrix-cell'}
                    >
                      <select
                        aria-label={`Rôle ${ofName(row.member.name)} dans ${quoted(column.action.title)}`}
                        value={role ?? ''}
                        disabled={readOnly}
                        onChange={(event) =>
                          void editor.setRole(
                            column.action.id,
                            row.member.id,
                            event.target.value === '' ? null : (event.target.value as ActionRole),
                          )
                        }
                      >
                        <option value="">—</option>
                        {ACTION_ROLE_CODES.map((code) => (
                          <option key={code} value={code}>
                            {ACTION_ROLES[code]}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
