import { useState } from 'react';
import { formatInteger } from '../../../../shared/format/french';
import type { CommuneDto } from '../../../../shared/territory/dto';
import { sortCommunes, type CommuneOrder } from './territoryLabels';
import './territory.css';

const COLUMNS: { order: CommuneOrder | null; label: string; numeric?: boolean }[] = [
  { order: 'name', label: 'Commune' },
  { order: null, label: 'Code INSEE' },
  { order: null, label: 'Code postal' },
  { order: 'population', label: 'Population', numeric: true },
];

/** The member communes of an EPCI, sortable by population (default) or by name. */
export function CommuneTable({ communes, caption }: { communes: readonly CommuneDto[]; caption: string }) {
  const [order, setOrder] = useState<CommuneOrder>('population');
  const sorted = sortCommunes(communes, order);
  return (
    <div className="commune-table-wrap">
      <table className="table commune-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={
                  column.order === null || column.order !== order
                    ? undefined
                    : column.order === 'population'
                      ? 'descending'
                      : 'ascending'
                }
              >
                {column.order ? (
                  <button
                    type="button"
                    className={`commune-sort${column.order === order ? ' commune-sort-on' : ''}`}
                    onClick={() => setOrder(column.order!)}
                    title={column.order === 'name' ? 'Trier par nom' : 'Trier par population décroissante'}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {column.order === order ? (order === 'name' ? ' ▲' : ' ▼') : ' ↕'}
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
          {sorted.map((commune) => (
            <tr key={commune.code}>
              <td>{commune.name}</td>
              <td className="commune-code">{commune.code}</td>
              <td className="commune-code">{commune.postcodes.join(', ')}</td>
              <td className="numeric">{formatInteger(commune.population)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
