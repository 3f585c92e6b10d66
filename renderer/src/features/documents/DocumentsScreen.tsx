import { useMemo, useState } from 'react';
import type {
  AnnuaireGrouping,
  DocumentAvailabilityDto,
  DocumentChoiceDto,
  DocumentKind,
  DocumentRequest,
} from '../../../../shared/documents/documentDto';
import type { ExportFilters } from '../../../../shared/interop/exportDto';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, type Route } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { activeFilterChips, isNarrowed, listQuery, parseListState } from '../actors/listQueryState';
import { useFilteredCount } from '../actors/useFilteredCount';
import { BuildProgress } from './BuildProgress';
import { DocumentChoicePicker } from './DocumentChoicePicker';
import { SharingKitPanel } from './SharingKitPanel';
import { useDocumentBuild } from './useDocumentBuild';
import './documents.css';

/** Where the directory list keeps its search and filters (see ActorListScreen). */
const LIST_STATE_KEY = 'maillage.annuaire.liste';

/** The screen where each document's data is kept, to go and complete it. */
const SOURCE_SCREENS: Record<DocumentKind, { route: Route; label: string }> = {
  annuaire: { route: { name: 'actors' }, label: 'Aller à l’annuaire' },
  diagnostic: { route: { name: 'diagnostic', path: '' }, label: 'Aller au diagnostic' },
  feuilleDeRoute: { route: { name: 'roadmap', path: '' }, label: 'Aller à la feuille de route' },
  noteSynthese: { route: { name: 'roadmap', path: '' }, label: 'Aller à la feuille de route' },
  bilan: { route: { name: 'governance', path: '' }, label: 'Aller à l’instance de coordination' },
};

const CREATE_LABELS: Record<DocumentKind, string> = {
  annuaire: 'Créer l’annuaire (Word)',
  diagnostic: 'Créer le diagnostic (Word)',
  feuilleDeRoute: 'Créer la feuille de route (Word)',
  noteSynthese: 'Créer la note de synthèse (Word)',
  bilan: 'Créer le bilan de la coordination (Word)',
};

/** « Documents »: the council-ready Word documents, each with its options, built from the data. */
export function DocumentsScreen({ path }: { path: string }) {
  const { territory } = useTerritory();
  const { loaded: loading } = useLoaded(() => call('documents.availability', {}), 'documents');
  const { status, build } = useDocumentBuild();
  const [groupBy, setGroupBy] = useState<AnnuaireGrouping>('commune');
  const [useFilters, setUseFilters] = useState(false);
  /** The version picked per document (a choice's key); the first choice until the user picks another. */
  const [picked, setPicked] = useState<Partial<Record<DocumentKind, string>>>({});
  const choiceOf = (doc: DocumentAvailabilityDto): DocumentChoiceDto | null =>
    doc.choices.find((choice) => choice.key === picked[doc.kind]) ?? doc.choices[0] ?? null;

  const listState = useMemo(
    () => parseListState(sessionStorage.getItem(LIST_STATE_KEY), territory.communes),
    [territory.communes],
  );
  const narrowed = isNarrowed(listState);
  const filteredCount = useFilteredCount(listState, narrowed);
  const chips = activeFilterChips(listState, territory.communes).map((chip) => chip.label);
  if (listState.search.trim() !== '')
    chips.unshift(`Recherche\u00a0: «\u00a0${listState.search.trim()}\u00a0»`);

  const requestOf = (doc: DocumentAvailabilityDto): DocumentRequest => {
    const { kind } = doc;
    if (kind !== 'annuaire') return choiceOf(doc)?.request ?? { kind, options: {} };
    let filters: ExportFilters = {};
    if (useFilters && narrowed) {
      const { sort: _sort, offset: _offset, limit: _limit, ...rest } = listQuery(listState, 0);
      filters = rest;
    }
    return { kind, options: { groupBy, filters } };
  };

  const busyKind = status.state === 'building' ? status.kind : null;

  return (
    <div className="documents-screen" data-path={path}>
      <header className="page-header">
        <div>
          <h1>Documents pour les élus et les partenaires</h1>
          <p>
            {territory.displayName}&nbsp;: des documents Word prêts à présenter, établis à partir des données
            de Maillage et modifiables ensuite dans Word ou LibreOffice.
          </p>
        </div>
      </header>

      {loading.state === 'loading' ? (
        <p className="screen-loading">Recherche des documents disponibles…</p>
      ) : null}
      {loading.state === 'error' ? <Notice tone="error">{loading.message}</Notice> : null}
      {!territory.logoDataUrl ? (
        <p className="documents-note">
          Les documents portent le nom du territoire&nbsp;; ajoutez son logo dans{' '}
          <a href={hrefOf({ name: 'settings' })}>Territoire</a> pour qu’il figure en page de titre et en
          en-tête.
        </p>
      ) : null}

      {loading.state === 'ready' ? (
        <ul className="documents-list">
          {loading.data.map((doc) => (
            <li key={doc.kind} className="panel document-card" aria-labelledby={`document-${doc.kind}`}>
              <h2 id={`document-${doc.kind}`}>{doc.title}</h2>
              <p>{doc.description}</p>
              {doc.available ? (
                <p className="document-detail">{doc.detail}</p>
              ) : (
                <Notice tone="info">{doc.detail}</Notice>
              )}

              {doc.available && choiceOf(doc) ? (
                <DocumentChoicePicker
                  kind={doc.kind}
                  choices={doc.choices}
                  selected={choiceOf(doc)!}
                  onSelect={(key) => setPicked((current) => ({ ...current, [doc.kind]: key }))}
                />
              ) : null}

              {doc.kind === 'annuaire' && doc.available ? (
                <>
                  <fieldset className="document-options">
                    <legend>Classement</legend>
                    <label>
                      <input
                        type="radio"
                        name="annuaire-classement"
                        checked={groupBy === 'commune'}
                        onChange={() => setGroupBy('commune')}
                      />
                      Par commune
                    </label>
                    <label>
                      <input
                        type="radio"
                        name="annuaire-classement"
                        checked={groupBy === 'typologie'}
                        onChange={() => setGroupBy('typologie')}
                      />
                      Par typologie de structure
                    </label>
                  </fieldset>
                  {narrowed ? (
                    <fieldset className="document-options">
                      <legend>Acteurs</legend>
                      <label>
                        <input
                          type="radio"
                          name="annuaire-perimetre"
                          checked={!useFilters}
                          onChange={() => setUseFilters(false)}
                        />
                        Tout l’annuaire
                      </label>
                      <label>
                        <input
                          type="radio"
                          name="annuaire-perimetre"
                          checked={useFilters}
                          onChange={() => setUseFilters(true)}
                        />
                        La liste filtrée ({chips.join('\u00a0; ')})
                        {filteredCount ? ` — ${filteredCount}` : ''}
                      </label>
                    </fieldset>
                  ) : null}
                </>
              ) : null}

              <div className="document-actions">
                {doc.available ? (
                  <Button
                    variant="primary"
                    onClick={() => void build(requestOf(doc))}
                    disabled={busyKind !== null}
                  >
                    {busyKind === doc.kind ? 'Préparation du document…' : CREATE_LABELS[doc.kind]}
                  </Button>
                ) : (
                  <a className="btn btn-secondary" href={hrefOf(SOURCE_SCREENS[doc.kind].route)}>
                    {SOURCE_SCREENS[doc.kind].label}
                  </a>
                )}
                {busyKind === doc.kind ? <BuildProgress label="Rédaction du document Word…" /> : null}
              </div>
              {status.state === 'error' && status.kind === doc.kind ? (
                <Notice tone="error">{status.message}</Notice>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      {loading.state === 'ready' ? <SharingKitPanel disabled={busyKind !== null} /> : null}

      <p className="documents-note">
        Sur l’ordinateur, Maillage demande où enregistrer chaque document et ne remplace jamais un fichier
        existant sans votre accord&nbsp;; dans un navigateur, le document arrive dans vos téléchargements.
      </p>
    </div>
  );
}
