import { useState } from 'react';
import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { formatDate, quoted } from '../../../../../shared/format/french';
import type { AppError } from '../../../../../shared/result';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { useTerritory } from '../../../app/TerritoryContext';
import { suggestedPlace } from '../../../../../shared/roadmap/suggestedPlace';

/**
 * « Adopter la feuille de route »: the date and « Fait à », then a confirmation that says what adopting does
 * (this version is frozen, « Amender » prepares the next one). Nothing is blocked by warnings or missing signatures.
 */
export function AdoptionPanel({
  roadmap,
  today,
  onAdopt,
}: {
  roadmap: RoadmapDto;
  today: string | null;
  onAdopt: (adoption: { date: string; place: string }) => Promise<AppError | null>;
}) {
  const [date, setDate] = useState(today ?? '');
  const [place, setPlace] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const effectiveDate = date || today || '';
  // The territory's own most populous commune, never another territory's.
  const placeSuggestion = suggestedPlace(useTerritory().territory.communes);

  const adopt = async () => {
    setConfirming(false);
    setBusy(true);
    const failure = await onAdopt({ date: effectiveDate, place });
    setBusy(false);
    setError(failure);
  };

  return (
    <section className="panel adoption-panel" aria-labelledby="adoption-title">
      <h2 id="adoption-title">Adopter la feuille de route</h2>
      <p>
        L’adoption fige la version {roadmap.version} telle qu’elle est ce jour-là&nbsp;: son contenu, la
        composition de l’instance et les signatures. Elle se retrouve ensuite dans l’onglet{' '}
        {quoted('Versions')}.
      </p>
      <form
        className="adoption-form"
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <Field label="Date d’adoption" required error={error?.fields?.date}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="date"
              value={effectiveDate}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Fait à"
          required
          hint="La commune où la feuille de route est adoptée."
          error={error?.fields?.place}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              value={place}
              placeholder={placeSuggestion ?? undefined}
              onChange={(event) => setPlace(event.target.value)}
            />
          )}
        </Field>
        <div className="adoption-submit">
          <Button type="submit" variant="primary" disabled={busy}>
            Adopter la version {roadmap.version}
          </Button>
        </div>
      </form>
      {error && !error.fields ? (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Adopter la version ${roadmap.version}\u00a0?`}
        confirmLabel={`Adopter et figer la version ${roadmap.version}`}
        onConfirm={() => void adopt()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {quoted(roadmap.title)} sera adoptée le {formatDate(effectiveDate) || '…'}
          {place.trim() ? ` à ${place.trim()}` : ''}.
        </p>
        <p>
          Cette version sera figée&nbsp;: elle ne se modifiera plus. Pour la faire évoluer,{' '}
          {quoted('Amender')} préparera la version {roadmap.version + 1} à partir de son contenu.
        </p>
      </ConfirmDialog>
    </section>
  );
}
