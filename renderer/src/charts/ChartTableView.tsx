/** @jsxRuntime automatic */
import type { ChartTable } from '../../../shared/charts/chartSpec';

/** A figure's numbers as a table, in the charts' « Voir les chiffres » style (first column a row heading). */
export function ChartTableView({ table, caption }: { table: ChartTable; caption: string }) {
  if (table.rows.length === 0)
    return <p className="chart-figure-empty">Aucun chiffre à afficher pour ce graphique.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={index} scope="col" className={index > 0 ? 'numeric' : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={c} className="numeric">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
