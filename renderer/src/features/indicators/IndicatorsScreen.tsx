import { useCallback, useEffect, useRef, useState } from 'react';
import type { IndicatorDatasetDto, IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import type { IndicatorFileKind } from '../../../../shared/diagnostic/indicatorSchemas';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { readPickedFile, type PickedFile } from '../import/importFile';
import { useWindowDrop } from '../import/useWindowDrop';
import { ColumnWizard } from './ColumnWizard';
import { DatasetList } from './DatasetList';
import { DatasetMetaForm } from './DatasetMetaForm';
import { IndicatorReport } from './IndicatorReport';
import {
  EMPTY_META,
  errorsAfterEdit,
  FILE_KINDS,
  guessedYear,
  importLabel,
  mappingOf,
  metaErrors,
  wizardFromPreview,
  type DatasetMeta,
  type MetaErrors,
  type WizardState,
} from './indicatorWizard';
import './indicators.css';

/** Indicator files are CSV; the backend reads `;` `,` or tabs, UTF-8 or Windows-1252. */
const INDICATOR_ACCEPT = '.csv,.txt,text/csv';

const listDatasets = () => call('indicators.list', {});

/**
 * « Données des indicateurs » (`#/diagnostic/indicateurs`): the datasets imported for the diagnostic, and the
 * import of a new file — IFN export or any per-commune table — through a report that writes nothing.
 */
export function IndicatorsScreen() {
  const toast = useToast();
  const [datasets, setDatasets] = useState<IndicatorDatasetDto[] | null>(null);
  const [kind, setKind] = useState<IndicatorFileKind>('ifn');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<IndicatorPreviewDto | null>(null);
  const [wizard, setWizard] = useState<WizardState | null>(null);
  const [meta, setMeta] = useState<DatasetMeta>(EMPTY_META);
  const [errors, setErrors] = useState<MetaErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const applyList = useCallback((result: Awaited<ReturnType<typeof listDatasets>>) => {
    if (result.ok) {
      setDatasets(result.data);
      setListError(null);
    } else setListError(result.error.message);
  }, []);
  const reload = async () => applyList(await listDatasets());

  useEffect(() => {
    document.title = 'Données des indicateurs — Maillage';
    void listDatasets().then(applyList);
  }, [applyList]);

  const review = async (picked: PickedFile, fileKind: IndicatorFileKind, state: WizardState | null) => {
    setBusy(true);
    setError(null);
    const result = await call('indicators.preview', {
      ...picked,
      kind: fileKind,
      ...(fileKind === 'generic' && state ? { mapping: mappingOf(state) } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setError(result.error.message);
      return;
    }
    setPreview(result.data);
    if (fileKind === 'generic' && !state) setWizard(wizardFromPreview(result.data));
    // The year INSEE's column names give away (P21_POP → 2021) prefills an empty year.
    const year = guessedYear(result.data.headers);
    if (year) setMeta((current) => (current.year ? current : { ...current, year: String(year) }));
  };

  const start = async (picked: PickedFile, fileKind: IndicatorFileKind) => {
    setFile(picked);
    setWizard(null);
    setErrors({});
    setPreview(null);
    await review(picked, fileKind, null);
  };

  const accept = async (chosen: File) => {
    if (busy) return;
    const read = await readPickedFile(chosen);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    await start(read.file, kind);
  };

  const dragging = useWindowDrop((dropped) => void accept(dropped));

  const chooseKind = (next: IndicatorFileKind) => {
    setKind(next);
    setMeta(EMPTY_META);
    if (file) void start(file, next);
  };

  const changeWizard = (next: WizardState, refresh: boolean) => {
    setWizard(next);
    if (refresh && file) void review(file, kind, next);
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setWizard(null);
    setMeta(EMPTY_META);
    setErrors({});
    setError(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const submit = async () => {
    if (!file || !preview) return;
    const found = metaErrors(kind, meta);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    const result = await call('indicators.import', {
      ...file,
      kind,
      ...(kind === 'generic' && wizard ? { mapping: mappingOf(wizard) } : {}),
      dataset: { name: meta.name, source: meta.source, year: Number(meta.year), unit: meta.unit },
    });
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setErrors({
        name: fields['dataset.name'],
        source: fields['dataset.source'],
        year: fields['dataset.year'],
      });
      setError(result.error.message);
      return;
    }
    const { dataset, replaced } = result.data;
    toast({
      tone: 'success',
      message: `${quoted(`${dataset.name} ${dataset.year}`)} importé : ${countLabel(dataset.indicators.length, 'indicateur')} pour ${countLabel(dataset.communeCount, 'commune')}${replaced ? ', à la place de l’import précédent' : ''}.`,
    });
    reset();
    await reload();
  };

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
    await reload();
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
            Les chiffres par commune sur lesquels s’appuie le diagnostic : l’Indice de fragilité numérique et
            tout tableau de l’INSEE ou d’ailleurs, avec leur source et leur année.
          </p>
        </div>
      </header>

      <section className="indicators-section" aria-labelledby="indicators-list-title">
        <h2 id="indicators-list-title">Données importées</h2>
        {listError ? <Notice tone="error">{listError}</Notice> : null}
        {datasets ? (
          <DatasetList datasets={datasets} onDelete={(dataset) => void remove(dataset)} />
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
            <strong>Déposez le fichier CSV n’importe où dans la fenêtre</strong>, ou choisissez-le :
          </p>
          <label className="btn btn-primary import-pick">
            Choisir un fichier…
            <input
              ref={inputRef}
              type="file"
              accept={INDICATOR_ACCEPT}
              className="visually-hidden"
              aria-label="Fichier d’indicateurs à importer"
              disabled={busy}
              onChange={(event) => {
                const picked = event.target.files?.[0];
                if (picked) void accept(picked);
              }}
            />
          </label>
          {file ? <p className="import-file">Fichier : {file.fileName}</p> : null}
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
