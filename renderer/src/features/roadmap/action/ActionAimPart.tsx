import { Field } from '../../../ui/Field';
import { TextBox } from '../editor/EditorFields';
import type { ActionPartProps } from './actionParts';
import { FichePart } from './FichePart';

/** « L’action »: its title, its chantier (a move, not an edit), the objective it serves and its description. */
export function ActionAimPart({
  roadmap,
  action,
  readOnly,
  change,
  choose,
  leave,
  onMove,
}: ActionPartProps & { onMove: (chantierId: number) => void }) {
  return (
    <FichePart title="L’action">
      <div className="roadmap-grid roadmap-grid-two">
        <TextBox
          label="Intitulé de l’action"
          required
          wide
          value={action.title}
          disabled={readOnly}
          onChange={(title) => change({ title }, 'intitulé')}
          onLeave={leave}
        />
        <div className="roadmap-field">
          <Field label="Chantier">
            {(props) => (
              <select
                {...props}
                value={action.chantierId}
                disabled={readOnly}
                onChange={(event) => onMove(Number(event.target.value))}
              >
                {roadmap.chantiers.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="roadmap-field">
          <Field label="Objectif servi">
            {(props) => (
              <select
                {...props}
                value={action.objectiveId ?? ''}
                disabled={readOnly}
                onChange={(event) =>
                  choose({ objectiveId: event.target.value ? Number(event.target.value) : null }, 'objectif')
                }
              >
                <option value="">— Aucun —</option>
                {roadmap.objectives.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextBox
          label="Description de l’action"
          multiline
          rows={4}
          wide
          hint="Ce qui sera fait, pour qui, comment."
          value={action.description ?? ''}
          disabled={readOnly}
          onChange={(description) => change({ description }, 'description')}
          onLeave={leave}
        />
      </div>
    </FichePart>
  );
}
