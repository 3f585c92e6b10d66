import type { ActorSortField } from '../../../../shared/actors/schemas';
import { ariaSortOf, type ListSort } from './listQueryState';

export const HEADER_HEIGHT = 40;

const COLUMNS: { label: string; sortField?: ActorSortField; numeric?: boolean }[] = [
  { label: 'Nom', sortField: 'name' },
  { label: 'Commune', sortField: 'commune' },
  { label: 'Typologies' },
  { label: 'Rôles' },
  { label: 'Lieux', numeric: true },
  { label: 'Dernière vérification', sortField: 'lastVerifiedOn' },
];

/** The table's header row: one button per sortable column, showing the sort in force. */
export function ActorTableHead({
  sort,
  onSort,
}: {
  sort: ListSort;
  onSort: (field: ActorSortField) => void;
}) {
  return (
    <div role="rowgroup" className="actor-table-head">
      <div
        role="row"
        aria-rowindex={1}
        className="actor-row actor-row-head"
        style={{ height: HEADER_HEIGHT }}
      >
        {COLUMNS.map((column) => (
          <div
            key={column.label}
            role="columnheader"
            aria-sort={column.sortField ? ariaSortOf(sort, column.sortField) : undefined}
            className={`actor-cell${column.numeric ? ' actor-cell-numeric' : ''}`}
          >
            {column.sortField ? (
              <button
                type="button"
                className="sort-button"
                onClick={() => column.sortField && onSort(column.sortField)}
              >
                {column.label}
                <span className="sort-indicator" aria-hidden="true">
                  {sort.field === column.sortField ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            ) : (
              column.label
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
