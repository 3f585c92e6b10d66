import { useEffect, useRef } from 'react';
import type { IndicatorDatasetDto } from '../../../../shared/diagnostic/indicatorDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { sendPickedFile } from '../../api/pickedFile';
import { FilePickButton } from '../../ui/FilePickButton';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { useWindowDrop } from '../import/useWindowDrop';
import { ColumnWizard } from './ColumnWizard';
import { DatasetList } from './DatasetList';
import { DatasetMetaForm } from './DatasetMetaForm';
import { IndicatorReport } from './IndicatorReport';
import { errorsAfterEdit, FILE_KINDS, importLabel } from './indicatorWizard';
import { useIndicatorImport } from './useIndicatorImport';
import { DirectionChoices } from './DirectionChoices';
import './indicators.css';

/** Indicator files are CSV; the backend reads `;` `,` or tabs, UTF-8 or Windows-1252. */

const listDatasets = () => call('indicators.list', {});

/**
 * « Données des indicateurs » (`#/diagnostic/indicateurs`): the datasets imported for the diagnostic, and the
 * import of a new file — IFN export or any per-commune table — through a report that writes nothing.
 */
export function IndicatorsScreen() {
  const toast = useToast();
  const datasets = useLoaded(listDatasets, 'jeux-indicateurs');
  const inputRef = useRef<HTMLInputElement>(null);
  const {
    kind,
    file,
    preview,
    wizard,
    meta,
    errors,
    busy,
    error,
    accept,
    chooseKind,
    changeWizard,
    reset,
    submit,
    setMeta,
    setErrors,
    directions,
    chooseDirection,
  } = useIndicatorImport({
    onImported: datasets.reload,
    onReset: () => {
      if (inputRef.current) inputRef.current.value = '';
    },
  });
  const dragging = useWindowDrop((dropped) => void accept(() => sendPickedFile('indicateurs', dropped)));
  const list = datasets.data;
  const listError = datasets.latest.state === 'error' ? datasets.latest.message : null;

  useEffect(() => {
    document.title = 'Données des indicateurs — Maillage';
  }, []);

  const remove = async (dataset: IndicatorDatasetDto) => {
    const result = await call('indicators.delete', { id: dataset.id });
    if (!result.ok) {
      toast({ tone: 'error', message: result.error.message });
      return;
    }
    toast({
      tone: 'success',
      message: `${quoted(`${result.data.name} ${result.data.year}`)} a été supprimé.`,
    });
    datasets.reload();
  };

  const label = preview ? importLabel(preview) : null;

  return (
    <div className={`indicators-screen${dragging ? ' import-dragging' : ''}`}>
      <header className="page-header">
        <div>
          <p className="indicators-back">
            <a href={hrefOf({ name: 'diagnostic', path: '' })}>← Diagnostic</a>
          </p>
          <h1>Données des indicateurs</h1>
          <p>
            Les chiffres par commune sur lesquels s’appuie le diagnostic&nbsp;: l’Indice de fragilité
            numérique et tout tableau de l’INSEE ou d’ailleurs, avec leur source et leur année.
          </p>
        </div>
      </header>

      <section className="indicators-section" aria-labelledby="indicators-list-title">
        <h2 id="indicators-list-title">Données importées</h2>
        {listError ? <Notice tone="error">{listError}</Notice> : null}
        {list ? (
          <DatasetList datasets={list} onDelete={(dataset) => void remove(dataset)} />
        ) : listError ? null : (
          <p className="screen-loading">Chargement…</p>
        )}
      </section>

      <section className="indicators-section" aria-labelledby="indicators-import-title">
        <h2 id="indicators-import-title">Importer un fichier</h2>
        <fieldset className="panel indicators-kind">
          <legend>Quel fichier&nbsp;?</legend>
          {FILE_KINDS.map((option) => (
            <label key={option.kind} className="indicators-kind-option">
              <input
                type="radio"
                name="indicators-kind"
                value={option.kind}
                checked={kind === option.kind}
                disabled={busy}
                onChange={() => chooseKind(option.kind)}
              />
              <span>
                <strong>{option.label}</strong>
                <span className="indicators-muted">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="panel import-drop">
          <p>
            <strong>Déposez le fichier CSV n’importe où dans la fenêtre</strong>, ou choisissez-le&nbsp;:
          </p>
          <FilePickButton
            kind="indicateurs"
            ariaLabel="Fichier d’indicateurs à importer"
            disabled={busy}
            inputRef={inputRef}
            onPick={(pick) => void accept(pick)}
          />
          {file ? <p className="import-file">Fichier&nbsp;: {file.fileName}</p> : null}
        </div>

        {busy && !preview ? <p className="screen-loading">Lecture du fichier…</p> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}

        {file && preview ? (
          <>
            {kind === 'generic' && wizard ? (
              <ColumnWizard
                headers={preview.headers}
                state={wizard}
                disabled={busy}
                onChange={changeWizard}
              />
            ) : null}
            <IndicatorReport preview={preview} />
            <DirectionChoices
              preview={preview}
              directions={directions}
              disabled={busy}
              onChange={chooseDirection}
            />
            <DatasetMetaForm
              kind={kind}
              meta={meta}
              errors={errors}
              disabled={busy}
              onChange={(next) => {
                setErrors(errorsAfterEdit(errors, meta, next));
                setMeta(next);
              }}
            />
            <div className="page-actions indicators-actions">
              <Button variant="primary" disabled={busy || label === null} onClick={() => void submit()}>
                {label ?? 'Rien à importer'}
              </Button>
              <Button onClick={reset} disabled={busy}>
                Choisir un autre fichier
              </Button>
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
