import type { RoadmapActionDto } from '../../../../../shared/roadmap/roadmapDto';
import { ACTION_STATUS_CODES, ACTION_STATUSES } from '../../../../../shared/roadmap/roadmapVocabulary';
import { Field } from '../../../ui/Field';
import { NumberBox } from '../editor/EditorFields';
import { MonthBox } from './MonthBox';
import type { ActionPartProps } from './actionParts';
import { FichePart } from './FichePart';

/** « Quand, et où en est-on »: start and end months, status and progress. */
export function ActionSchedulePart({
  action,
  readOnly,
  change,
  choose,
  leave,
  at,
  thisYear,
}: ActionPartProps & { thisYear: number }) {
  return (
    <FichePart title="Quand, et où en est-on">
      <div className="roadmap-grid roadmap-grid-when">
        <MonthBox
          label="Début"
          thisYear={thisYear}
          value={action.start}
          disabled={readOnly}
          onChange={(start) => choose({ start }, 'début')}
        />
        <MonthBox
          label="Fin"
          thisYear={thisYear}
          value={action.end}
          disabled={readOnly}
          warnings={at('end')}
          onChange={(end) => choose({ end }, 'fin')}
        />
        <div className="roadmap-field">
          <Field label="Statut">
            {(props) => (
              <select
                {...props}
                value={action.status}
                disabled={readOnly}
                onChange={(event) => {
                  const status = event.target.value as RoadmapActionDto['status'];
                  choose({ status, progress: status === 'termine' ? 100 : action.progress }, 'statut');
                }}
              >
                {ACTION_STATUS_CODES.map((code) => (
                  <option key={code} value={code}>
                    {ACTION_STATUSES[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <NumberBox
          label="Avancement"
          suffix="%"
          integer
          min={0}
          value={action.progress}
          disabled={readOnly}
          warnings={at('progress')}
          onChange={(progress) => change({ progress: Math.min(progress ?? 0, 100) }, 'avancement')}
          onLeave={leave}
        />
      </div>
    </FichePart>
  );
}
