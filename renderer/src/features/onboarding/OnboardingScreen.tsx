import { useRef, useState } from 'react';
import type { EpciSummaryDto, TerritoryDto } from '../../../../shared/territory/dto';
import { call } from '../../api/client';
import { APP_NAME } from '../../app/screenTitle';
import { useDocumentTitle } from '../../app/useScreenChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { EpciSearchResults } from './EpciSearchResults';
import { EpciSelectionPanel, type Selection } from './EpciSelectionPanel';
import { useEpciSearch } from './useEpciSearch';
import './onboarding.css';

/** First launch: find one's EPCI in the offline reference and take it as the territory, or try the demo. */
export function OnboardingScreen({ onChosen }: { onChosen(territory: TerritoryDto): void }) {
  const [query, setQuery] = useState('');
  const search = useEpciSearch(query);
  const [selection, setSelection] = useState<Selection>({ status: 'none' });
  const [busy, setBusy] = useState<'choose' | 'demo' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestSelection = useRef<string | null>(null);
  useDocumentTitle(`Bienvenue — ${APP_NAME}`);

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
            Maillage aide votre intercommunalité à coordonner l’inclusion numérique&nbsp;: recenser les
            acteurs et les lieux d’aide, mesurer les fragilités de chaque commune, animer le groupe des
            partenaires et préparer les documents pour les élus — sur cet ordinateur, sans connexion.
          </p>
        </div>
        <aside className="onboarding-demo" aria-labelledby="onboarding-demo-title">
          <h2 id="onboarding-demo-title">Pour découvrir l’application</h2>
          <p>
            Explorez la CC du Civraisien en Poitou (Vienne) avec une quarantaine d’acteurs fictifs&nbsp;:
            annuaire, horaires, permanences itinérantes, fiches à vérifier.
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
            placeholder={'Par exemple\u00a0: Civraisien, 200070035 ou Gençay'}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && search.status === 'done' && search.results[0])
                select(search.results[0]);
            }}
            aria-describedby="onboarding-search-status"
          />
          <EpciSearchResults search={search} selectedSiren={selectedSiren} onSelect={select} />
        </section>

        <section
          className="panel onboarding-detail"
          aria-live="polite"
          aria-busy={selection.status === 'loading'}
        >
          <EpciSelectionPanel
            selection={selection}
            busy={busy}
            onChoose={(siren) => void finish('choose', siren)}
          />
        </section>
      </div>
    </div>
  );
}
