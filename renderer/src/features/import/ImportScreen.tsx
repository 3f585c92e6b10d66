import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/interop/importFields';
import type { ImportPreviewDto } from '../../../../shared/interop/importDto';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { sendPickedFile, type FilePick, type PickedFile } from '../../api/pickedFile';
import { FilePickButton } from '../../ui/FilePickButton';
import { confirmLabel, nothingToImportSentence } from './importReport';
import { ImportJobPanel } from './ImportJobPanel';
import { ImportReport } from './ImportReport';
import { MappingWizard } from './MappingWizard';
import { useImportJob } from './useImportJob';
import { useWindowDrop } from './useWindowDrop';
import './import.css';

interface Choices {
  repair: boolean;
  mapping?: ColumnMapping;
}

/** « Importer »: a file of places (standard v1, legacy v0.1 or any spreadsheet) → report → import. */
export function ImportScreen() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [choices, setChoices] = useState<Choices>({ repair: false });
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { job, setJob, error: jobError, setError: setJobError, cancel } = useImportJob();
  const inputRef = useRef<HTMLInputElement>(null);

  const review = async (picked: PickedFile, next: Choices) => {
    setBusy(true);
    setError(null);
    const result = await call('import.preview', { ...picked, ...next });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setError(result.error.message);
      return;
    }
    setPreview(result.data);
  };

  const accept = async (pick: FilePick) => {
    if (busy || job?.state === 'running') return;
    setBusy(true);
    const read = await pick();
    if (read === null) {
      setBusy(false);
      return;
    }
    if (!read.ok) {
      setBusy(false);
      setError(read.message);
      return;
    }
    const fresh: Choices = { repair: false };
    setFile(read.file);
    setChoices(fresh);
    setJob(null);
    setJobError(null);
    await review(read.file, fresh);
  };

  const dragging = useWindowDrop((dropped) => void accept(() => sendPickedFile('import', dropped)));

  const change = (next: Choices) => {
    setChoices(next);
    if (file) void review(file, next);
  };

  const start = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await call('import.start', { ...file, ...choices });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else setJob(result.data);
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setJob(null);
    setError(null);
    setJobError(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  useEffect(() => {
    document.title = 'Importer — Maillage';
    // The engine gets ready (France's communes, the import's code) while the user chooses a file.
    void call('import.prepare', {});
  }, []);

  const showReport = preview && !job;
  const nothingToImport = preview ? nothingToImportSentence(preview.counts, preview.fileKind) : null;

  return (
    <div className={`import-screen${dragging ? ' import-dragging' : ''}`}>
      <header className="page-header">
        <div>
          <h1>Importer des lieux</h1>
          <p>
            Fichier du standard «&nbsp;Lieux de médiation numérique&nbsp;» (v1 ou ancienne v0.1, CSV ou JSON)
            ou tout tableur enregistré en CSV.
          </p>
        </div>
      </header>

      {!job ? (
        <div className="panel import-drop">
          <p>
            <strong>Déposez un fichier n’importe où dans la fenêtre</strong>, ou choisissez-le&nbsp;:
          </p>
          <FilePickButton
            kind="import"
            ariaLabel="Fichier à importer"
            disabled={busy}
            inputRef={inputRef}
            onPick={(pick) => void accept(pick)}
          />
          {file ? <p className="import-file">Fichier&nbsp;: {file.fileName}</p> : null}
        </div>
      ) : null}

      {busy && !preview ? <p className="screen-loading">Lecture du fichier…</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {jobError ? <Notice tone="error">{jobError}</Notice> : null}

      {showReport ? (
        <>
          <p className="import-format">
            Format reconnu&nbsp;: <strong>{preview.formatLabel}</strong>
            {preview.encoding === 'windows-1252' ? ' — encodage Windows (lu comme tel)' : null}
          </p>
          {preview.mojibake ? (
            <Notice tone="warning">
              <p>{preview.mojibake.message}</p>
              {preview.mojibake.repairable ? (
                <label className="import-repair">
                  <input
                    type="checkbox"
                    checked={choices.repair}
                    disabled={busy}
                    onChange={(event) => change({ ...choices, repair: event.target.checked })}
                  />{' '}
                  Réparer les caractères abîmés avant l’import
                </label>
              ) : (
                <p>
                  Le fichier ne peut pas être réparé d’un seul coup&nbsp;: il sera importé tel quel, à ces
                  mots près.
                </p>
              )}
            </Notice>
          ) : null}
          {preview.format === 'tableur' ? (
            <MappingWizard
              headers={preview.headers}
              sampleRows={preview.sampleRows}
              mapping={preview.mapping}
              disabled={busy}
              onChange={(mapping) => change({ ...choices, mapping })}
            />
          ) : null}
          <ImportReport preview={preview} />
          {preview.backupBefore ? (
            <p className="import-hint">La base sera d’abord copiée à côté de son fichier, par sécurité.</p>
          ) : null}
          {nothingToImport ? (
            <p className="import-nothing" role="status">
              {nothingToImport}
            </p>
          ) : null}
          <div className="import-actions">
            {nothingToImport ? null : (
              <Button variant="primary" disabled={busy} onClick={() => void start()}>
                {confirmLabel(preview.counts, preview.fileKind)}
              </Button>
            )}
            <Button onClick={restart} disabled={busy}>
              Choisir un autre fichier
            </Button>
          </div>
        </>
      ) : null}

      {job ? <ImportJobPanel job={job} onCancel={() => void cancel()} onRestart={restart} /> : null}
    </div>
  );
}
