import { useRef, useState } from 'react';
import { quoted } from '../../../../shared/format/french';
import type { EpciDetailDto, EpciSummaryDto, TerritoryDto } from '../../../../shared/territory/dto';
import { epciTypeLabel } from '../../../../shared/territory/epciTypes';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CommuneTable } from '../territory/CommuneTable';
import {
  communeCountLabel,
  departementsLabel,
  epciFacts,
  populationLabel,
} from '../territory/territoryLabels';
import { noResultHint, resultsSummary } from './epciSearch';
import { useEpciSearch, type EpciSearchState } from './useEpciSearch';
import './onboarding.css';

type Selection =
  | { status: 'none' }
  | { status: 'loading'; summary: EpciSummaryDto }
  | { status: 'ready'; epci: EpciDetailDto }
  | { status: 'error'; summary: EpciSummaryDto; message: string };

/** First launch: find one's EPCI in the offline reference and take it as the territory, or try the demo. */
export function OnboardingScreen({ onChosen }: { onChosen(territory: TerritoryDto): void }) {
  const [query, setQuery] = useState('');
  const search = useEpciSearch(query);
  const [selection, setSelection] = useState<Selection>({ status: 'none' });
  const [busy, setBusy] = useState<'choose' | 'demo' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestSelection = useRef<string | null>(null);

  const select = (summary: EpciSummaryDto) => {
    latestSelection.current = summary.siren;
    setError(null);
    setSelection({ status: 'loading', summary });
    void call('referential.getEpci', { siren: summary.siren }).then((result) => {
      if (latestSelection.current !== summary.siren) return;
      setSelection(
        result.ok
          ? { status: 'ready', epci: result.data }
          : { status: 'error', summary, message: result.error.message },
      );
    });
  };

  const finish = async (kind: 'choose' | 'demo', siren?: string) => {
    setBusy(kind);
    setError(null);
    const result =
      kind === 'demo'
        ? await call('territory.createDemo', {})
        : await call('territory.choose', { siren: siren ?? '' });
    setBusy(null);
    if (result.ok) onChosen(result.data);
    else setError(result.error.message);
  };

  const selectedSiren =
    selection.status === 'none'
      ? null
      : selection.status === 'ready'
        ? selection.epci.siren
        : selection.summary.siren;

  return (
    <div className="onboarding">
      <header className="onboarding-hero">
        <div className="onboarding-welcome">
          <div className="onboarding-brand" aria-hidden="true">
            <span className="onboarding-mark" />
            Maillage
          </div>
          <h1>Bienvenue dans Maillage</h1>
          <p className="onboarding-lead">
            Maillage aide votre intercommunalité à coordonner l’inclusion numérique : recenser les acteurs et
            les lieux d’aide, mesurer les fragilités de chaque commune, animer le groupe des partenaires et
            préparer les documents pour les élus — sur cet ordinateur, sans connexion.
          </p>
        </div>
        <aside className="onboarding-demo" aria-labelledby="onboarding-demo-title">
          <h2 id="onboarding-demo-title">Pour découvrir l’application</h2>
          <p>
            Explorez la CC du Civraisien en Poitou (Vienne) avec une quarantaine d’acteurs fictifs : annuaire,
            horaires, permanences itinérantes, fiches à vérifier.
          </p>
          <Button
            variant="secondary"
            className="onboarding-demo-button"
            disabled={busy !== null}
            onClick={() => void finish('demo')}
          >
            {busy === 'demo'
              ? 'Création de la démonstration…'
              : 'Essayer avec un territoire de démonstration'}
          </Button>
        </aside>
      </header>

      {error ? (
        <div className="onboarding-error">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}

      <div className="onboarding-grid">
        <section className="panel onboarding-search" aria-labelledby="onboarding-search-title">
          <h2 id="onboarding-search-title">Votre intercommunalité</h2>
          <label htmlFor="onboarding-query" className="onboarding-label">
            Nom, SIREN ou commune
          </label>
          <input
            id="onboarding-query"
            className="input onboarding-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            placeholder="Par exemple : Civraisien, 200070035 ou Gençay"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && search.status === 'done' && search.results[0])
                select(search.results[0]);
            }}
            aria-describedby="onboarding-search-status"
          />
          <SearchResults search={search} selectedSiren={selectedSiren} onSelect={select} />
        </section>

        <section
          className="panel onboarding-detail"
          aria-live="polite"
          aria-busy={selection.status === 'loading'}
        >
          <SelectionPanel
            selection={selection}
            busy={busy}
            onChoose={(siren) => void finish('choose', siren)}
          />
        </section>
      </div>
    </div>
  );
}

function SearchResults({
  search,
  selectedSiren,
  onSelect,
}: {
  search: EpciSearchState;
  selectedSiren: string | null;
  onSelect(epci: EpciSummaryDto): void;
}) {
  if (search.status === 'idle')
    return (
      <p id="onboarding-search-status" className="onboarding-status">
        Tapez au moins deux caractères : le nom de l’intercommunalité, son SIREN, ou le nom d’une de ses
        communes.
      </p>
    );
  if (search.status === 'loading' && search.previous.length === 0)
    return (
      <p id="onboarding-search-status" className="onboarding-status" role="status">
        Recherche…
      </p>
    );
  if (search.status === 'error')
    return (
      <div id="onboarding-search-status">
        <Notice tone="error">{search.message}</Notice>
      </div>
    );
  const results = search.status === 'loading' ? search.previous : search.results;
  if (search.status === 'done' && results.length === 0)
    return (
      <div id="onboarding-search-status" className="onboarding-empty" role="status">
        <p>
          <strong>Aucune intercommunalité ne correspond à {quoted(search.query)}.</strong>
        </p>
        <ul>
          {noResultHint(search.query).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <>
      <p id="onboarding-search-status" className="onboarding-status" role="status">
        {search.status === 'loading' ? 'Recherche…' : resultsSummary(results.length)}
      </p>
      <ul className={`onboarding-results${search.status === 'loading' ? ' onboarding-results-stale' : ''}`}>
        {results.map((epci) => (
          <li key={epci.siren}>
            <button
              type="button"
              className={`onboarding-result${epci.siren === selectedSiren ? ' onboarding-result-on' : ''}`}
              aria-pressed={epci.siren === selectedSiren}
              onClick={() => onSelect(epci)}
            >
              <span className="onboarding-result-name">{epci.name}</span>
              <span className="onboarding-result-facts">{epciFacts(epci).join(' · ')}</span>
              {epci.matchedCommune ? (
                <span className="onboarding-result-match">Commune membre : {epci.matchedCommune}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function SelectionPanel({
  selection,
  busy,
  onChoose,
}: {
  selection: Selection;
  busy: 'choose' | 'demo' | null;
  onChoose(siren: string): void;
}) {
  if (selection.status === 'none')
    return (
      <div className="onboarding-placeholder">
        <h2>Et ensuite&nbsp;?</h2>
        <ol>
          <li>Cherchez votre intercommunalité à gauche, puis sélectionnez-la pour voir ses communes.</li>
          <li>
            Maillage enregistre la liste des communes et leur population (référentiel officiel de l’INSEE,
            livré avec l’application).
          </li>
          <li>
            Vous pourrez ensuite recenser les acteurs du territoire et ajouter votre logo pour les documents.
          </li>
        </ol>
      </div>
    );
  if (selection.status === 'loading')
    return (
      <>
        <h2 className="onboarding-detail-title">{selection.summary.name}</h2>
        <p className="onboarding-status">Chargement des communes…</p>
      </>
    );
  if (selection.status === 'error')
    return (
      <>
        <h2 className="onboarding-detail-title">{selection.summary.name}</h2>
        <Notice tone="error">{selection.message}</Notice>
      </>
    );
  const { epci } = selection;
  return (
    <>
      <div className="onboarding-detail-head">
        <div>
          <h2 className="onboarding-detail-title">{epci.name}</h2>
          <ul className="territory-facts">
            <li>{epciTypeLabel(epci.type)}</li>
            <li>{departementsLabel(epci.departements)}</li>
          </ul>
        </div>
        <Button variant="primary" disabled={busy !== null} onClick={() => onChoose(epci.siren)}>
          {busy === 'choose' ? 'Enregistrement…' : 'Choisir ce territoire'}
        </Button>
      </div>
      <p className="onboarding-detail-summary">
        <strong>{communeCountLabel(epci.communeCount)}</strong> ·{' '}
        <strong>{populationLabel(epci.population)}</strong>{' '}
        <span className="onboarding-source">(population municipale, INSEE) · SIREN {epci.siren}</span>
      </p>
      <CommuneTable communes={epci.communes} caption={`Communes de ${epci.name}`} />
    </>
  );
}
