import type { ActionIndicatorDto, RoadmapActionDto } from '../../../../../shared/roadmap/roadmapDto';
import { Button } from '../../../ui/Button';
import { FichePart } from './FichePart';
import { FieldWarnings, NumberBox, TextBox } from '../editor/EditorFields';
import { AddByTitle } from '../writing/AddByTitle';
import { ComputedIndicatorPart, ComputedValue } from './ComputedIndicatorPart';
import { call } from '../../../api/client';
import { useLoaded } from '../../../api/useLoaded';

type Change = (patch: Partial<RoadmapActionDto>, what: string) => void;

/** What tells that the action worked: indicators with their target and the value reached. */
export function ActionIndicatorsEditor({
  action,
  readOnly,
  warningsOf,
  onChange,
  onChoose,
  onLeave,
}: {
  action: RoadmapActionDto;
  readOnly: boolean;
  warningsOf: (index: number) => string[];
  onChange: Change;
  onChoose: Change;
  onLeave: () => void;
}) {
  const setIndicator = (index: number, patch: Partial<ActionIndicatorDto>) =>
    action.indicators.map((indicator, i) => (i === index ? { ...indicator, ...patch } : indicator));
  const themes = useLoaded(() => call('roadmap.activityThemes', {}), readOnly ? null : 'themes');
  return (
    <FichePart title="Indicateurs">
      {action.indicators.length === 0 ? (
        <p className="roadmap-empty">
          Aucun indicateur. Ajoutez ce qui montrera que l’action a marché (par exemple «&nbsp;Personnes
          accompagnées&nbsp;»).
        </p>
      ) : (
        <ol className="indicator-lines">
          {action.indicators.map((indicator, index) => (
            <li
              key={`${indicator.id}-${index}`}
              className="indicator-line"
              aria-label={`Indicateur ${index + 1}`}
            >
              <TextBox
                label="Indicateur"
                required
                value={indicator.label}
                disabled={readOnly}
                onChange={(label) => onChange({ indicators: setIndicator(index, { label }) }, 'indicateur')}
                onLeave={onLeave}
              />
              <TextBox
                label="Unité"
                value={indicator.unit ?? ''}
                disabled={readOnly}
                onChange={(unit) => onChange({ indicators: setIndicator(index, { unit }) }, 'unité')}
                onLeave={onLeave}
              />
              <NumberBox
                label="Cible"
                value={indicator.target}
                disabled={readOnly}
                onChange={(target) => onChange({ indicators: setIndicator(index, { target }) }, 'cible')}
                onLeave={onLeave}
              />
              {indicator.computed ? (
                <ComputedValue indicator={indicator} />
              ) : (
                <NumberBox
                  label="Valeur atteinte"
                  value={indicator.actual}
                  disabled={readOnly}
                  onChange={(actual) =>
                    onChange({ indicators: setIndicator(index, { actual }) }, 'valeur atteinte')
                  }
                  onLeave={onLeave}
                />
              )}
              {readOnly ? null : (
                <Button
                  variant="ghost"
                  aria-label={`Retirer l’indicateur ${index + 1}`}
                  onClick={() =>
                    onChoose(
                      { indicators: action.indicators.filter((_, i) => i !== index) },
                      'retrait d’un indicateur',
                    )
                  }
                >
                  Retirer
                </Button>
              )}
              {warningsOf(index).length > 0 ? (
                <div className="indicator-line-warnings">
                  <FieldWarnings warnings={warningsOf(index)} />
                </div>
              ) : null}
              {readOnly && !indicator.computed ? null : (
                <ComputedIndicatorPart
                  indicator={indicator}
                  index={index}
                  themes={themes.data}
                  readOnly={readOnly}
                  onChoose={(changed, what) => onChoose({ indicators: setIndicator(index, changed) }, what)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <AddByTitle
          label="Nouvel indicateur"
          buttonLabel="Ajouter l’indicateur"
          placeholder="Ce que l’on mesure"
          onAdd={async (label) => {
            onChoose(
              {
                indicators: [
                  ...action.indicators,
                  { id: -(action.indicators.length + 1), label, unit: null, target: null, actual: null },
                ],
              },
              'ajout d’un indicateur',
            );
            return null;
          }}
        />
      )}
    </FichePart>
  );
}
