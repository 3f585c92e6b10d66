import { useRef } from 'react';
import { countLabel, quoted } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useWindowDrop } from '../import/useWindowDrop';
import { ActivityReport } from './ActivityReport';
import { ActivityWizard } from './ActivityWizard';
import { ActorChoice } from './ActorChoice';
import { sendPickedFile } from '../../api/pickedFile';
import { FilePickButton } from '../../ui/FilePickButton';
import { useActivityImport } from './useActivityImport';

const KINDS = [
  {
    kind: 'coop' as const,
    label: 'Export «\u00a0Activités\u00a0» de La Coop de la médiation numérique',
    hint: 'Le fichier .xlsx téléchargé depuis «\u00a0Mes activités\u00a0» → «\u00a0Exporter\u00a0».',
  },
  {
    kind: 'table' as const,
    label: 'Autre tableau d’activité',
    hint: 'Un tableau CSV ou Excel, une ligne par activité ou par mois\u00a0: vous choisirez ses colonnes.',
  },
];

/** « Importer une activité »: the file, its report, the structure and the period, then the import. */
export function ActivityImportPanel({ onImported }: { onImported: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const state = useActivityImport({
    onImported,
    onReset: () => {
      if (inputRef.current) inputRef.current.value = '';
    },
  });
  const { kind, file, preview, busy, error } = state;
  const dragging = useWindowDrop((dropped) => void state.accept(() => sendPickedFile('activite', dropped)));

  return (
    <section
      className={`activity-section${dragging ? ' import-dragging' : ''}`}
      aria-labelledby="activity-import-title"
    >
      <h2 id="activity-import-title">Importer une activité</h2>
      <fieldset className="panel activity-kind">
        <legend>Quel fichier&nbsp;?</legend>
        {KINDS.map((option) => (
          <label key={option.kind} className="activity-kind-option">
            <input
              type="radio"
              name="activity-kind"
              checked={kind === option.kind}
              disabled={busy}
              onChange={() => state.chooseKind(option.kind)}
            />
            <span>
              <strong>{option.label}</strong>
              <span className="activity-muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="panel import-drop">
        <p>
          <strong>Déposez le fichier n’importe où dans la fenêtre</strong>, ou choisissez-le&nbsp;:
        </p>
        <FilePickButton
          kind="activite"
          ariaLabel="Fichier d’activité à importer"
          disabled={busy}
          inputRef={inputRef}
          onPick={(pick) => void state.accept(pick)}
        />
        {file ? <p className="import-file">Fichier&nbsp;: {file.fileName}</p> : null}
        <p className="activity-muted">
          Aucun nom, aucune remarque ni aucun texte libre sur une personne n’est enregistré&nbsp;: seulement
          des nombres par date, type, thématique, commune de résidence, tranche d’âge, statut et genre.
        </p>
      </div>

      {busy && !preview ? <p className="screen-loading">Lecture du fichier…</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}

      {file && preview ? (
        <>
          {kind === 'table' ? (
            <ActivityWizard
              headers={preview.headers}
              mapping={state.mapping}
              disabled={busy}
              onChange={state.changeMapping}
            />
          ) : null}
          <ActivityReport preview={preview} />
          {preview.structuresNamed ? (
            <section className="activity-structures" aria-labelledby="activity-structures-title">
              <h2 id="activity-structures-title">Structures du tableau</h2>
              <p className="activity-muted">
                Chaque structure nommée dans la colonne est rattachée à une structure de l’annuaire&nbsp;: un
                import par structure (deux noms pour la même structure sont comptés ensemble).
              </p>
              {preview.structuresNamed.map((entry, index) => (
                <ActorChoice
                  key={entry.name}
                  name={`activity-structure-${index}`}
                  legend={`${entry.name ? quoted(entry.name) : 'Lignes sans structure'} (${countLabel(entry.rows, 'ligne', 'lignes')})`}
                  choices={entry.actorChoices}
                  actorId={state.structures[entry.name]?.actorId ?? null}
                  placeId={state.structures[entry.name]?.placeId ?? null}
                  disabled={busy}
                  onActor={(id) => state.chooseStructureActor(entry.name, id)}
                  onPlace={(id) => state.chooseStructurePlace(entry.name, id)}
                />
              ))}
            </section>
          ) : (
            <ActorChoice
              choices={preview.actorChoices}
              actorId={state.actorId}
              placeId={state.placeId}
              disabled={busy}
              onActor={state.chooseActor}
              onPlace={state.choosePlace}
            />
          )}
          <fieldset className="panel activity-period">
            <legend>Période couverte par le fichier</legend>
            <p className="activity-muted">
              Les chiffres déjà importés pour {preview.structuresNamed ? 'ces structures' : 'cette structure'}{' '}
              sur cette période seront remplacés, jamais ajoutés.
            </p>
            <div className="activity-period-fields">
              <div className="field">
                <label htmlFor="activity-import-from">Du</label>
                <input
                  id="activity-import-from"
                  className="input"
                  type="date"
                  value={state.period.from}
                  disabled={busy}
                  onChange={(event) => state.setPeriod({ ...state.period, from: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor="activity-import-to">Au</label>
                <input
                  id="activity-import-to"
                  className="input"
                  type="date"
                  value={state.period.to}
                  disabled={busy}
                  onChange={(event) => state.setPeriod({ ...state.period, to: event.target.value })}
                />
              </div>
            </div>
          </fieldset>
          <div className="page-actions">
            <Button
              variant="primary"
              disabled={busy || preview.activityCount === 0}
              onClick={() => void state.submit()}
            >
              {preview.activityCount === 0 ? 'Rien à importer' : 'Importer cette activité'}
            </Button>
            <Button onClick={state.reset} disabled={busy}>
              Choisir un autre fichier
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
