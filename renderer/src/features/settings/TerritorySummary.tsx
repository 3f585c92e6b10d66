import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';
import { formatDate } from '../../../../shared/format/french';
import type { TerritoryDto } from '../../../../shared/territory/dto';
import { epciTypeLabel } from '../../../../shared/territory/epciTypes';
import { CommuneTable } from '../territory/CommuneTable';
import { formatSiren } from '../actors/actorLabels';
import {
  communeCountLabel,
  departementsLabel,
  departementsOfCommunes,
  populationLabel,
} from '../territory/territoryLabels';

/** « Intercommunalité »: what was copied from the reference when the territory was chosen, and its communes. */
export function TerritorySummary({ territory }: { territory: TerritoryDto }) {
  const departements = departementsOfCommunes(territory.communes.map((c) => c.code));
  return (
    <section className="panel settings-summary" aria-labelledby="settings-epci">
      <h2 id="settings-epci">Intercommunalité</h2>
      <dl className="settings-facts">
        <dt>Nom officiel</dt>
        <dd>{withTypographicApostrophes(territory.epciName)}</dd>
        <dt>Nature</dt>
        <dd>{epciTypeLabel(territory.epciType)}</dd>
        <dt>SIREN</dt>
        <dd>{formatSiren(territory.epciSiren)}</dd>
        <dt>{departements.length > 1 ? 'Départements' : 'Département'}</dt>
        <dd>{departementsLabel(departements)}</dd>
        <dt>Communes</dt>
        <dd>{communeCountLabel(territory.communes.length)}</dd>
        <dt>Population</dt>
        <dd>
          {populationLabel(territory.population)}{' '}
          <span className="settings-source">(population municipale, INSEE)</span>
        </dd>
        <dt>Choisi le</dt>
        <dd>{formatDate(territory.chosenAt)}</dd>
      </dl>
      <CommuneTable communes={territory.communes} caption="Communes membres" />
    </section>
  );
}
