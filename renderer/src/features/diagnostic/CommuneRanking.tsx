import { useState } from 'react';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { formatDecimal, formatInteger, quoted } from '../../../../shared/format/french';
import { SERVICES } from '../../../../shared/vocabularies/lieuxMediation';
import {
  communeOfferTexts,
  rankText,
  sortCommunes,
  type CommuneSort,
} from '../../../../shared/diagnostic/diagnosticFigures';
import { NOT_KNOWN } from '../../../../shared/diagnostic/headlineFigures';

type Direction = 'ascending' | 'descending';
const COLUMNS: {
  sort: CommuneSort | null;
  label: string;
  numeric?: boolean;
  title?: string;
  direction?: Direction;
}[] = [
  {
    sort: 'rank',
    label: 'Rang',
    numeric: true,
    title: 'Les plus fragiles et les moins dotées d’abord',
    direction: 'ascending',
  },
  { sort: 'name', label: 'Commune', title: 'Par ordre alphabétique', direction: 'ascending' },
  {
    sort: 'population',
    label: 'Habitants',
    numeric: true,
    title: 'Les plus peuplées d’abord',
    direction: 'descending',
  },
  {
    sort: 'fragilityScore',
    label: 'Fragilité',
    numeric: true,
    title: 'Les plus fragiles d’abord',
    direction: 'descending',
  },
  {
    sort: 'placeCount',
    label: 'Lieux',
    numeric: true,
    title: 'Les moins dotées d’abord',
    direction: 'ascending',
  },
  {
    sort: 'placesPer10k',
    label: 'Lieux pour 10\u00a0000\u00a0hab.',
    numeric: true,
    title: 'Les moins dotées d’abord',
    direction: 'ascending',
  },
  { sort: null, label: 'Services (sur\u00a09)', numeric: true },
  { sort: null, label: 'Distance', numeric: true },
];

/** Every commune of the territory, ranked by fragility × offer, sortable by each figure. */
export function CommuneRanking({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const [sort, setSort] = useState<CommuneSort>('rank');
  const communes = sortCommunes(diagnostic.communes, sort);
  const service = diagnostic.settings.service;
  return (
    <section className="diagnostic-section" aria-labelledby="diagnostic-ranking-title">
      <h2 id="diagnostic-ranking-title">Les communes, de la plus fragile et moins dotée à la mieux servie</h2>
      <p className="diagnostic-section-hint">
        Cliquez sur un titre de colonne pour trier. {quoted('Distance')}&nbsp;: à vol d’oiseau, du centre de
        la commune au lieu le plus proche offrant {quoted(service)}.
      </p>
      <div className="diagnostic-table-wrap">
        <table className="table diagnostic-table">
          <caption className="visually-hidden">
            Communes du territoire classées par fragilité et offre
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  aria-sort={column.sort !== null && column.sort === sort ? column.direction : undefined}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className={`diagnostic-sort${column.sort === sort ? ' diagnostic-sort-on' : ''}`}
                      onClick={() => setSort(column.sort!)}
                      title={column.title}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {column.sort !== sort
                          ? '\u00a0↕'
                          : column.direction === 'ascending'
                            ? '\u00a0▲'
                            : '\u00a0▼'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {communes.map((commune) => {
              // The same cells as the Word annex: « non renseigné » while the offer is not known.
              const offer = communeOfferTexts(diagnostic, commune);
              return (
                <tr
                  key={commune.code}
                  className={
                    offer.places !== null && commune.placeCount === 0 && commune.permanenceCount === 0
                      ? 'diagnostic-row-empty'
                      : undefined
                  }
                >
                  <td className="numeric">{rankText(commune.rank, commune.fragilityScore)}</td>
                  <th scope="row">{commune.name}</th>
                  <td className="numeric">{formatInteger(commune.population)}</td>
                  <td className="numeric">
                    {commune.fragilityScore === null ? '—' : formatDecimal(commune.fragilityScore)}
                  </td>
                  <td className="numeric">{offer.places ?? NOT_KNOWN}</td>
                  <td className="numeric">{offer.placesPer10k ?? NOT_KNOWN}</td>
                  <td className="numeric">
                    {offer.services ?? NOT_KNOWN}
                    {offer.services === null ? null : (
                      <span className="visually-hidden"> sur {SERVICES.length}</span>
                    )}
                  </td>
                  <td className="numeric">{offer.distance ?? NOT_KNOWN}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
