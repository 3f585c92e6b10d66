import type { EpciDetailDto, EpciSummaryDto } from '../../../../shared/territory/dto';
import { epciTypeLabel } from '../../../../shared/territory/epciTypes';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CommuneTable } from '../territory/CommuneTable';
import { communeCountLabel, departementsLabel, populationLabel } from '../territory/territoryLabels';
import { formatSiren } from '../actors/actorLabels';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

/** The EPCI picked in the search: none yet, its communes loading, failed, or loaded. */
export type Selection =
  | { status: 'none' }
  | { status: 'loading'; summary: EpciSummaryDto }
  | { status: 'ready'; epci: EpciDetailDto }
  | { status: 'error'; summary: EpciSummaryDto; message: string };

/** The picked EPCI with its communes and the button that takes it as the territory (or what comes next). */
export function EpciSelectionPanel({
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
        <h2 className="onboarding-detail-title">{withTypographicApostrophes(selection.summary.name)}</h2>
        <p className="onboarding-status">Chargement des communes…</p>
      </>
    );
  if (selection.status === 'error')
    return (
      <>
        <h2 className="onboarding-detail-title">{withTypographicApostrophes(selection.summary.name)}</h2>
        <Notice tone="error">{selection.message}</Notice>
      </>
    );
  const { epci } = selection;
  return (
    <>
      <div className="onboarding-detail-head">
        <div>
          <h2 className="onboarding-detail-title">{withTypographicApostrophes(epci.name)}</h2>
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
        <span className="onboarding-source">
          (population municipale, INSEE) · SIREN&nbsp;{formatSiren(epci.siren)}
        </span>
      </p>
      <CommuneTable communes={epci.communes} caption="Communes membres" />
    </>
  );
}
