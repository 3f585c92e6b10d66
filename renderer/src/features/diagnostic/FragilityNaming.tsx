import { useState } from 'react';
import type { DiagnosticDto, DiagnosticSettingsDto } from '../../../../shared/diagnostic/diagnosticDto';
import {
  FRAGILITY_DIRECTION_LABELS,
  FRAGILITY_DIRECTIONS,
  type FragilityDirection,
} from '../../../../shared/diagnostic/indicatorSchemas';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';

/**
 * The name the screen and the documents give the chosen fragility indicator, and which way it reads (chosen at
 * import, changed here for an indicator imported before): a THD coverage rate reads « plus bas = plus fragile ».
 */
export function FragilityNaming({
  diagnostic,
  settings,
  onChange,
  onDirectionChanged,
}: {
  diagnostic: DiagnosticDto;
  settings: DiagnosticSettingsDto;
  onChange: (patch: Partial<DiagnosticSettingsDto>) => void;
  onDirectionChanged: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const fragility = diagnostic.fragility;
  if (!fragility) return null;

  const changeDirection = async (direction: FragilityDirection) => {
    const result = await call('indicators.setDirection', { indicatorId: fragility.indicatorId, direction });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onDirectionChanged();
  };

  return (
    <>
      <Field
        label="Nom donné à la fragilité"
        hint={`Dans l’écran et les documents. Vide\u00a0: ${fragility.indicatorLabel}.`}
      >
        {(props) => (
          <input
            {...props}
            value={settings.fragilityLabel ?? ''}
            maxLength={120}
            placeholder={fragility.indicatorLabel}
            onChange={(event) => onChange({ fragilityLabel: event.target.value || null })}
          />
        )}
      </Field>
      <Field
        label="Sens de lecture de l’indicateur"
        hint={'Un taux de couverture se lit «\u00a0plus bas = plus fragile\u00a0».'}
        error={error ?? undefined}
      >
        {(props) => (
          <select
            {...props}
            value={fragility.direction}
            onChange={(event) => void changeDirection(event.target.value as FragilityDirection)}
          >
            {FRAGILITY_DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {FRAGILITY_DIRECTION_LABELS[direction]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
