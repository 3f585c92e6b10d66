import type { ActionIndicatorDto } from '../../../../../shared/roadmap/roadmapDto';
import {
  computedSourceText,
  computedValueText,
  INDICATOR_MEASURE_CODES,
  INDICATOR_MEASURES,
  type IndicatorMeasure,
} from '../../../../../shared/roadmap/computedIndicator';
import { formatQuantity } from '../../../../../shared/roadmap/roadmapDates';

type Definition = { measure: IndicatorMeasure; themes: string[] } | null;

/** A computed indicator before the save answers: its value is not known yet. */
function pending(indicator: ActionIndicatorDto, definition: NonNullable<Definition>): ActionIndicatorDto {
  return {
    ...indicator,
    actual: null,
    computed: {
      ...definition,
      computedOn: '',
      from: null,
      to: null,
      sources: [],
      unknownReason: null,
    },
  };
}

/** The value reached of a computed indicator, not editable, in the place of the typed one. */
export function ComputedValue({ indicator }: { indicator: ActionIndicatorDto }) {
  const computed = indicator.computed!;
  return (
    <div className="roadmap-field">
      <span className="computed-value-label">Valeur atteinte</span>
      <output className="computed-value" aria-label="Valeur atteinte, calculée">
        {computed.computedOn === ''
          ? 'calcul…'
          : indicator.actual === null
            ? 'inconnu'
            : formatQuantity(indicator.actual, indicator.unit)}
      </output>
    </div>
  );
}

/**
 * « Calculé à partir de l'activité »: what is counted (accompaniments or activities) and on which thèmes; the
 * communes and the period are the action's. Shows how the value was computed, from which imports.
 */
export function ComputedIndicatorPart({
  indicator,
  index,
  themes,
  readOnly,
  onChoose,
}: {
  indicator: ActionIndicatorDto;
  index: number;
  /** The La Coop thèmes found in the imports (null while loading). */
  themes: string[] | null;
  readOnly: boolean;
  onChoose: (indicator: ActionIndicatorDto, what: string) => void;
}) {
  const computed = indicator.computed ?? null;
  const define = (definition: Definition, what: string) =>
    onChoose(
      definition === null ? { ...indicator, actual: null, computed: null } : pending(indicator, definition),
      what,
    );
  const offered = [...new Set([...(themes ?? []), ...(computed?.themes ?? [])])];
  return (
    <div className="indicator-computed">
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={computed !== null}
          disabled={readOnly}
          onChange={(event) =>
            define(
              event.target.checked ? { measure: 'accompaniments', themes: [] } : null,
              event.target.checked ? 'calcul de l’indicateur' : 'valeur saisie à la main',
            )
          }
        />{' '}
        Calculé à partir de l’activité importée
      </label>
      {computed === null ? null : (
        <>
          <label className="roadmap-inline-label">
            Compter{' '}
            <select
              value={computed.measure}
              disabled={readOnly}
              aria-label={`Ce que compte l’indicateur ${index + 1}`}
              onChange={(event) =>
                define(
                  { measure: event.target.value as IndicatorMeasure, themes: computed.themes },
                  'mesure de l’indicateur',
                )
              }
            >
              {INDICATOR_MEASURE_CODES.map((code) => (
                <option key={code} value={code}>
                  {INDICATOR_MEASURES[code]}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="computed-themes">
            <legend>Thèmes (aucun coché&nbsp;: tous les thèmes)</legend>
            {offered.length === 0 ? (
              <p className="roadmap-empty">
                {themes === null
                  ? 'Chargement des thèmes…'
                  : 'Aucun thème\u00a0: importez d’abord l’activité.'}
              </p>
            ) : (
              offered.map((theme) => (
                <label key={theme} className="checkbox-line">
                  <input
                    type="checkbox"
                    checked={computed.themes.includes(theme)}
                    disabled={readOnly}
                    onChange={(event) =>
                      define(
                        {
                          measure: computed.measure,
                          themes: event.target.checked
                            ? [...computed.themes, theme]
                            : computed.themes.filter((chosen) => chosen !== theme),
                        },
                        'thèmes de l’indicateur',
                      )
                    }
                  />{' '}
                  {theme}
                </label>
              ))
            )}
          </fieldset>
          <p className="computed-source">
            {computed.computedOn === ''
              ? 'Calcul en cours…'
              : `${computedValueText(indicator.actual)}\u00a0: ${computedSourceText(computed)}. Communes de résidence\u00a0: celles de l’action (toutes si elle n’en a pas)\u00a0; période\u00a0: celle de l’action.`}
          </p>
        </>
      )}
    </div>
  );
}
