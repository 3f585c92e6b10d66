import { useState } from 'react';
import type { ActorDto } from '../../../../shared/actors/dto';
import { MERGE_FIELDS, MERGE_FIELD_LABELS } from '../../../../shared/duplicates/duplicateDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { addressLine } from '../actors/actorLabels';
import { loadPair } from './loadPair';
import { defaultChoices, differs, fieldText, mergeInput, type MergeChoices, type Side } from './mergeModel';
import './duplicates.css';

const SIDES: Side[] = ['left', 'right'];

/** Two actors side by side: pick each field's value, keep one record, put the other in the trash. */
export function MergeScreen({ leftId, rightId }: { leftId: number; rightId: number }) {
  const { loaded: loading } = useLoaded(() => loadPair(leftId, rightId), `fusion-${leftId}-${rightId}`);
  const [kept, setKept] = useState<Side>('left');
  const [choices, setChoices] = useState<MergeChoices | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  if (loading.state === 'loading') return <p className="screen-loading">Chargement des deux fiches…</p>;
  if (loading.state === 'error')
    return (
      <div className="merge-screen">
        <Notice tone="error">{loading.message}</Notice>
        <a href={hrefOf({ name: 'duplicates' })}>Revenir aux doublons probables</a>
      </div>
    );
  const { left, right } = loading.data;
  const sides = { left, right };
  const current = choices ?? defaultChoices(left, right, kept);
  const other: Side = kept === 'left' ? 'right' : 'left';

  const chooseKept = (side: Side) => {
    setKept(side);
    setChoices(defaultChoices(left, right, side));
  };

  const merge = async () => {
    setBusy(true);
    setError(null);
    const result = await call('duplicates.merge', mergeInput(left, right, kept, current));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const trashed = result.data.trashed;
    toast({
      message: `Fiches fusionnées\u00a0: ${quoted(trashed.name)} est dans la corbeille.`,
      tone: 'success',
      action: {
        label: `Restaurer ${quoted(trashed.name)}`,
        onClick: () => void call('actors.restore', { id: trashed.id }),
      },
    });
    navigate({ name: 'actor', id: result.data.kept.id });
  };

  return (
    <div className="merge-screen">
      <header className="page-header">
        <div>
          <h1>Fusionner deux fiches</h1>
          <p>
            Choisissez, ligne par ligne, la valeur à garder. Les lieux et les contacts des deux fiches sont
            réunis.
          </p>
        </div>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}

      <table className="table merge-table" aria-label="Comparaison des deux fiches">
        <thead>
          <tr>
            <th scope="col">Champ</th>
            {SIDES.map((side) => (
              <th scope="col" key={side}>
                <label className="merge-kept">
                  <input
                    type="radio"
                    name="kept"
                    checked={kept === side}
                    onChange={() => chooseKept(side)}
                    aria-label={`Conserver la fiche ${quoted(sides[side].name)}`}
                  />
                  <span>
                    {kept === side ? 'Fiche conservée' : 'Fiche mise à la corbeille'}
                    <a href={hrefOf({ name: 'actor', id: sides[side].id })} className="merge-actor-link">
                      {sides[side].name}
                    </a>
                  </span>
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((field) => {
            const same = !differs(left, right, field);
            return (
              <tr key={field} className={same ? 'merge-same' : undefined}>
                <th scope="row">{MERGE_FIELD_LABELS[field]}</th>
                {SIDES.map((side) => {
                  const text = fieldText(sides[side], field);
                  return (
                    <td key={side}>
                      {same ? (
                        <span className="merge-value">
                          {text || <span className="cell-empty">vide</span>}
                        </span>
                      ) : (
                        <label className="merge-choice">
                          <input
                            type="radio"
                            name={`field-${field}`}
                            checked={current[field] === side}
                            onChange={() => setChoices({ ...current, [field]: side })}
                            aria-label={`${MERGE_FIELD_LABELS[field]}\u00a0: ${text || 'vide'} (${sides[side].name})`}
                          />
                          <span className="merge-value">
                            {text || <span className="cell-empty">vide</span>}
                          </span>
                        </label>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <tr>
            <th scope="row">Lieux (réunis)</th>
            {SIDES.map((side) => (
              <td key={side}>
                <PlaceList actor={sides[side]} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Contacts (réunis)</th>
            {SIDES.map((side) => (
              <td key={side}>
                {sides[side].contacts.length === 0 ? (
                  <span className="cell-empty">Aucun contact</span>
                ) : (
                  <ul className="merge-list">
                    {sides[side].contacts.map((contact) => (
                      <li key={contact.id}>
                        {contact.name}
                        {contact.role ? ` — ${contact.role}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      <div className="merge-actions">
        <Button variant="primary" onClick={() => void merge()} disabled={busy}>
          {busy ? 'Fusion…' : 'Fusionner'}
        </Button>
        <a href={hrefOf({ name: 'duplicates' })}>Annuler</a>
        <p className="merge-note">
          La fiche {quoted(sides[kept].name)} sera mise à jour&nbsp;; la fiche {quoted(sides[other].name)} ira
          à la corbeille, d’où vous pourrez la restaurer.
        </p>
      </div>
    </div>
  );
}

function PlaceList({ actor }: { actor: ActorDto }) {
  if (actor.places.length === 0) return <span className="cell-empty">Aucun lieu</span>;
  return (
    <ul className="merge-list">
      {actor.places.map((place) => (
        <li key={place.id}>
          <strong>{place.name}</strong>
          {addressLine(place) ? <div className="merge-meta">{addressLine(place)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
