import type { IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import {
  FRAGILITY_DIRECTION_LABELS,
  FRAGILITY_DIRECTIONS,
  type FragilityDirection,
} from '../../../../shared/diagnostic/indicatorSchemas';
import { directionOf } from './indicatorDirections';

/**
 * « Sens de lecture »: for each indicator about to be imported, whether a higher value means more fragile (a
 * poverty rate) or less (a THD coverage rate). Preselected from the column's name; the diagnostic reads it.
 */
export function DirectionChoices({
  preview,
  directions,
  disabled,
  onChange,
}: {
  preview: IndicatorPreviewDto;
  directions: Readonly<Record<string, FragilityDirection>>;
  disabled: boolean;
  onChange: (key: string, direction: FragilityDirection) => void;
}) {
  if (preview.columns.length === 0) return null;
  return (
    <section className="panel indicators-directions" aria-labelledby="indicators-directions-title">
      <h2 id="indicators-directions-title">Sens de lecture</h2>
      <p className="indicators-muted">
        Pour lire la fragilité dans un indicateur, le diagnostic doit savoir dans quel sens il se lit&nbsp;:
        un taux de pauvreté se lit «&nbsp;plus élevé = plus fragile&nbsp;», un taux de couverture Très Haut
        Débit «&nbsp;plus bas = plus fragile&nbsp;».
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Sens de lecture</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => (
            <tr key={column.key}>
              <th scope="row">
                <label htmlFor={`indicators-direction-${index}`}>{column.label}</label>
              </th>
              <td>
                <select
                  id={`indicators-direction-${index}`}
                  className="input"
                  value={directionOf(column, directions)}
                  disabled={disabled}
                  onChange={(event) => onChange(column.key, event.target.value as FragilityDirection)}
                >
                  {FRAGILITY_DIRECTIONS.map((direction) => (
                    <option key={direction} value={direction}>
                      {FRAGILITY_DIRECTION_LABELS[direction]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
