import type { DiagnosticSettingsDto, DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { SERVICES, type Service } from '../../../../shared/vocabularies/lieuxMediation';
import { quoted } from '../../../../shared/format/french';
import { Field } from '../../ui/Field';
import { IndicatorOptions } from './IndicatorOptions';
import { FragilityNaming } from './FragilityNaming';

/** The reader's choices: which indicator tells fragility, which service and thresholds make « fragile et loin ». */
export function SettingsPanel({
  diagnostic,
  settings,
  onChange,
  onIndicatorChanged,
}: {
  diagnostic: DiagnosticDto;
  settings: DiagnosticSettingsDto;
  onChange: (settings: DiagnosticSettingsDto) => void;
  /** An indicator's direction was changed: the diagnostic is asked again. */
  onIndicatorChanged: () => void;
}) {
  const update = (patch: Partial<DiagnosticSettingsDto>) => onChange({ ...settings, ...patch });
  const numberOr = (text: string, fallback: number) => {
    const value = Number(text.replace(',', '.'));
    return text.trim() !== '' && Number.isFinite(value) ? value : fallback;
  };
  return (
    <section className="panel diagnostic-settings" aria-labelledby="diagnostic-settings-title">
      <h2 id="diagnostic-settings-title">Lecture du diagnostic</h2>
      <div className="diagnostic-settings-grid">
        <Field
          label="Indicateur de fragilité"
          hint={
            diagnostic.fragility?.scale === 'rescaled'
              ? 'Cet indicateur n’est pas un score\u00a0: ses valeurs sont ramenées de 1 (la plus basse) à 10 (la plus haute).'
              : 'Le score de l’Indice de fragilité numérique, de 1 (faible) à 10 (forte), par défaut.'
          }
        >
          {(props) => (
            <select
              {...props}
              value={diagnostic.settings.fragilityIndicatorId ?? ''}
              disabled={diagnostic.indicators.length === 0}
              onChange={(event) =>
                update({ fragilityIndicatorId: event.target.value || null, fragilityLabel: null })
              }
            >
              {diagnostic.indicators.length === 0 ? <option value="">Aucun indicateur importé</option> : null}
              {diagnostic.indicators.length > 0 && !diagnostic.fragility ? (
                <option value="">Choisir un indicateur…</option>
              ) : null}
              <IndicatorOptions indicators={diagnostic.indicators} />
            </select>
          )}
        </Field>
        <FragilityNaming
          diagnostic={diagnostic}
          settings={settings}
          onChange={update}
          onDirectionChanged={onIndicatorChanged}
        />
        <Field
          label={`Service suivi pour ${quoted('fragiles et loin')}`}
          hint="Distance à vol d’oiseau au lieu le plus proche qui l’offre."
        >
          {(props) => (
            <select
              {...props}
              value={settings.service}
              onChange={(event) => update({ service: event.target.value as Service })}
            >
              {SERVICES.map((service) => (
                <option key={service} value={service}>
                  {service}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Fragilité à partir de" hint="Score de 1 à 10.">
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={10}
              step={0.5}
              value={settings.minScore}
              onChange={(event) =>
                update({
                  minScore: Math.min(10, Math.max(1, numberOr(event.target.value, settings.minScore))),
                })
              }
            />
          )}
        </Field>
        <Field label="Loin à partir de (km)" hint="Kilomètres à vol d’oiseau.">
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={500}
              step={1}
              value={settings.minDistanceKm}
              onChange={(event) =>
                update({
                  minDistanceKm: Math.min(
                    500,
                    Math.max(0, numberOr(event.target.value, settings.minDistanceKm)),
                  ),
                })
              }
            />
          )}
        </Field>
      </div>
    </section>
  );
}
