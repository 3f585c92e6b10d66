import { useMemo, useState } from 'react';
import type { ExportFilters, ExportFormat } from '../../../../shared/interop/exportDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { activeFilterChips, isNarrowed, listQuery, parseListState } from '../actors/listQueryState';
import { useFilteredCount } from '../actors/useFilteredCount';
import { downloadBase64, downloadText } from '../../ui/download';
import { reportRows, rowLabel } from './exportReport';
import './export.css';

/** Where the directory list keeps its search and filters (see ActorListScreen). */
const LIST_STATE_KEY = 'maillage.annuaire.liste';

const FORMATS: { format: ExportFormat; title: string; button: string; text: string }[] = [
  {
    format: 'standardCsv',
    title: 'Standard national — CSV',
    button: 'Télécharger le CSV du standard',
    text: 'Le format «\u00a0Lieux de médiation numérique\u00a0» (version 1.0.2) que lisent la cartographie nationale et data.gouv.fr\u00a0: une ligne par lieu, colonnes dans l’ordre du standard. Seuls les lieux complets y figurent.',
  },
  {
    format: 'standardJson',
    title: 'Standard national — JSON',
    button: 'Télécharger le JSON du standard',
    text: 'Les mêmes lieux et les mêmes champs, pour un service informatique ou une plateforme qui préfère le JSON. Les valeurs multiples y sont des listes.',
  },
  {
    format: 'spreadsheet',
    title: 'Tableur (Excel, LibreOffice)',
    button: 'Télécharger le classeur Excel',
    text: 'Pour travailler dans un tableur\u00a0: un classeur (.xlsx), colonnes en français, codes postaux et SIRET gardés tels quels, coordonnées en nombres, dates en dates. Tous les acteurs y figurent, même incomplets.',
  },
];

/** A file name that may go on several lines after its « _ », never inside a date or a word. */
function fileNameInPieces(name: string) {
  return name.split('_').map((piece, index, pieces) => (
    <span key={index} className="export-file-name-piece">
      {piece}
      {index < pieces.length - 1 ? '_' : null}
    </span>
  ));
}

/** « Exporter »: the directory to the national standard (CSV, JSON) or to a spreadsheet. */
export function ExportScreen() {
  const { territory } = useTerritory();
  const toast = useToast();
  const listState = useMemo(
    () => parseListState(sessionStorage.getItem(LIST_STATE_KEY), territory.communes),
    [territory.communes],
  );
  const narrowed = isNarrowed(listState);
  const filteredCount = useFilteredCount(listState, narrowed);
  const [useFilters, setUseFilters] = useState(false);
  const filters = useMemo((): ExportFilters => {
    if (!useFilters) return {};
    const { sort: _sort, offset: _offset, limit: _limit, ...rest } = listQuery(listState, 0);
    return rest;
  }, [useFilters, listState]);
  const { loaded: loading } = useLoaded(() => call('export.preview', { filters }), JSON.stringify(filters));
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const chooseScope = (filtered: boolean) => setUseFilters(filtered);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setDownloadError(null);
    const result = await call('export.file', { format, filters });
    setBusy(null);
    if (!result.ok) {
      setDownloadError(result.error.message);
      return;
    }
    const file = result.data;
    if (file.base64) downloadBase64(file.fileName, file.content, file.mimeType);
    else downloadText(file.fileName, file.content, file.mimeType);
    toast({ message: `${quoted(result.data.fileName)} est prêt dans vos téléchargements.`, tone: 'success' });
  };

  const preview = loading.state === 'ready' ? loading.data : null;
  const excluded = preview ? reportRows(preview.excluded) : [];
  const warnings = preview ? reportRows(preview.warnings) : [];
  const chips = activeFilterChips(listState, territory.communes).map((chip) => chip.label);
  if (listState.search.trim() !== '') chips.unshift(`Recherche\u00a0: ${quoted(listState.search.trim())}`);

  return (
    <div className="export-screen">
      <header className="page-header">
        <div>
          <h1>Exporter l’annuaire</h1>
          <p>
            {preview
              ? `${countLabel(preview.actorCount, 'acteur')} · ${formatRows(preview.rowCount)}, une par lieu d’accueil ou par acteur sans lieu · ${countLabel(preview.exportableCount, 'exportable', 'exportables')} au standard`
              : '\u00a0'}
          </p>
        </div>
      </header>

      {narrowed ? (
        <fieldset className="panel export-scope">
          <legend>Que voulez-vous exporter&nbsp;?</legend>
          <label>
            <input type="radio" name="scope" checked={!useFilters} onChange={() => chooseScope(false)} /> Tout
            l’annuaire
          </label>
          <label>
            <input type="radio" name="scope" checked={useFilters} onChange={() => chooseScope(true)} /> La
            liste filtrée de l’annuaire <span className="export-chips">({chips.join('\u00a0; ')})</span>
            {filteredCount ? ` — ${filteredCount}` : null}
          </label>
        </fieldset>
      ) : null}

      {loading.state === 'loading' ? <p className="screen-loading">Préparation de l’export…</p> : null}
      {loading.state === 'error' ? <Notice tone="error">{loading.message}</Notice> : null}
      {downloadError ? <Notice tone="error">{downloadError}</Notice> : null}

      {preview ? (
        <>
          <ul className="export-formats">
            {FORMATS.map((item) => (
              <li key={item.format} className="panel export-format">
                <h2>{item.title}</h2>
                <p>{item.text}</p>
                <p className="export-count">
                  {item.format === 'spreadsheet'
                    ? formatRows(preview.rowCount)
                    : countLabel(preview.exportableCount, 'ligne', 'lignes', 'Aucune ligne complète')}
                </p>
                <p className="export-file-name">{fileNameInPieces(preview.fileNames[item.format])}</p>
                <Button
                  variant={item.format === 'standardCsv' ? 'primary' : 'secondary'}
                  onClick={() => void download(item.format)}
                  disabled={
                    busy !== null ||
                    (item.format === 'spreadsheet' ? preview.rowCount : preview.exportableCount) === 0
                  }
                >
                  {busy === item.format ? 'Préparation…' : item.button}
                </Button>
              </li>
            ))}
          </ul>

          <section className="panel export-report" aria-labelledby="export-excluded-title">
            <h2 id="export-excluded-title">
              {preview.rowCount === 0
                ? 'L’annuaire ne contient encore aucun acteur à exporter'
                : excluded.length === 0
                  ? 'Toutes les lignes respectent le standard'
                  : `${countLabel(excluded.length, 'ligne ne peut pas être exportée', 'lignes ne peuvent pas être exportées')} au standard`}
            </h2>
            {excluded.length > 0 ? (
              <>
                <p>
                  Le standard exige pour chaque lieu une adresse, une commune, un code postal et une date de
                  mise à jour&nbsp;; un acteur sans lieu d’accueil y figure à sa propre adresse. Ces lignes
                  restent dans le classeur pour Excel&nbsp;; complétez leur fiche pour les publier.
                </p>
                <ReportTable rows={excluded} caption="Lignes non exportées au standard" />
              </>
            ) : null}
            {warnings.length > 0 ? (
              <>
                <h3>
                  {countLabel(warnings.length, 'ligne exportée', 'lignes exportées')} avec une valeur en moins
                </h3>
                <ReportTable rows={warnings} caption="Lignes exportées avec une valeur en moins" />
              </>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

const formatRows = (count: number) => countLabel(count, 'ligne');

function ReportTable({ rows, caption }: { rows: ReturnType<typeof reportRows>; caption: string }) {
  return (
    <table className="table export-report-table" aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">Lieu ou acteur</th>
          <th scope="col">Champ</th>
          <th scope="col">Pourquoi</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) =>
          row.reasons.map((reason, index) => (
            <tr key={`${row.key}/${reason.field}`}>
              {index === 0 ? (
                <td rowSpan={row.reasons.length}>
                  <a href={hrefOf({ name: 'actorEdit', id: row.actorId })}>{rowLabel(row)}</a>
                </td>
              ) : null}
              <td className="export-field">{reason.field}</td>
              <td>{reason.message}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
