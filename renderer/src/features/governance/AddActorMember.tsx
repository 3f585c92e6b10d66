import { useState, type FormEvent } from 'react';
import type { ActorSummaryDto } from '../../../../shared/actors/dto';
import type { InstanceDto } from '../../../../shared/governance/governanceDto';
import type { AppError, Result } from '../../../../shared/result';
import { countLabel } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useDebounced } from '../actors/useDebounced';
import { RepresentativesFields, type RepresentativeDraft } from './RepresentativesFields';
import { memberFieldErrors } from './memberErrors';

const RESULTS = 8;

/** Adding an actor of the directory: find it by name or commune, say who represents it, add it. */
export function AddActorMember({
  instance,
  change,
  onDone,
}: {
  instance: InstanceDto;
  change: (run: () => Promise<Result<InstanceDto>>) => Promise<AppError | null>;
  onDone: (name: string) => void;
}) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search, 200);
  // The previous results stay on screen while the next search runs.
  const found = useLoaded(() => call('actors.list', { search: settled, limit: RESULTS }), settled);
  const results = found.data;
  const [chosen, setChosen] = useState<ActorSummaryDto | null>(null);
  const [representatives, setRepresentatives] = useState<RepresentativeDraft[]>([]);
  const [actionError, setError] = useState<AppError | null>(null);
  const error: AppError | null = actionError ?? (found.latest.state === 'error' ? found.latest : null);
  const [busy, setBusy] = useState(false);
  const memberActorIds = new Set(instance.members.map((member) => member.actorId));

  const choose = async (actor: ActorSummaryDto) => {
    setChosen(actor);
    setError(null);
    const detail = await call('actors.get', { id: actor.id });
    const first = detail.ok ? detail.data.contacts[0] : undefined;
    setRepresentatives(first ? [{ name: first.name, role: first.role ?? '', email: first.email ?? '' }] : []);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    const failure = await change(() =>
      call('instances.addMember', {
        instanceId: instance.id,
        member: { kind: 'actor', actorId: chosen.id, representatives },
      }),
    );
    setBusy(false);
    setError(failure);
    if (!failure) onDone(chosen.name);
  };

  if (chosen) {
    const errors = memberFieldErrors(error);
    return (
      <form className="add-member" onSubmit={(event) => void submit(event)} noValidate>
        {error && !error.fields ? <Notice tone="error">{error.message}</Notice> : null}
        <p className="add-member-chosen">
          <strong>{chosen.name}</strong>
          {chosen.communeName ? ` · ${chosen.communeName}` : ''}
        </p>
        <RepresentativesFields value={representatives} onChange={setRepresentatives} errors={errors} />
        <div className="governance-form-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Ajouter à l’instance
          </Button>
          <Button onClick={() => setChosen(null)}>Choisir un autre acteur</Button>
        </div>
      </form>
    );
  }

  return (
    <div className="add-member">
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <Field
        label="Rechercher un acteur de l’annuaire"
        hint="Nom, commune, SIRET ou contact, sans souci des accents."
      >
        {(props) => (
          <input
            {...props}
            type="search"
            className="input"
            value={search}
            autoFocus
            onChange={(event) => setSearch(event.target.value)}
          />
        )}
      </Field>
      {results && results.items.length === 0 ? (
        <p className="field-hint">
          Aucun acteur ne correspond. Vérifiez l’orthographe, ou ajoutez d’abord l’acteur à l’annuaire.
        </p>
      ) : null}
      {results && results.items.length > 0 ? (
        <>
          <ul className="actor-results" aria-label="Acteurs trouvés">
            {results.items.map((actor) => {
              const already = memberActorIds.has(actor.id);
              return (
                <li key={actor.id} className="actor-result">
                  <div>
                    <span className="actor-result-name">{actor.name}</span>
                    <span className="actor-result-facts">
                      {[actor.communeName, ...actor.typologies.slice(0, 2).map(typologyLabel)]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </div>
                  {already ? (
                    <span className="badge badge-muted">Déjà membre</span>
                  ) : (
                    <Button onClick={() => void choose(actor)} aria-label={`Choisir ${actor.name}`}>
                      Choisir
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {results.total > results.items.length ? (
            <p className="field-hint">
              {countLabel(
                results.total - results.items.length,
                'autre acteur correspond',
                'autres acteurs correspondent',
              )}{' '}
              : précisez la recherche.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
