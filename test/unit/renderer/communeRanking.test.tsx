// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { CommuneRanking } from '../../../renderer/src/features/diagnostic/CommuneRanking';
import type { DiagnosticDto } from '../../../shared/diagnostic/diagnosticDto';
import { computeOffer } from '../../../shared/diagnostic/offer';
import { diagnosticFixture } from '../support/diagnosticDtoFixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The fixture's three communes with a directory that holds no place at all. */
function emptyDirectory(): DiagnosticDto {
  const base = diagnosticFixture();
  const { communes, ...offer } = computeOffer(base.communes, [], base.today);
  return {
    ...base,
    communes: base.communes.map((commune, i) => ({ ...commune, ...communes[i]! })),
    offer,
  };
}

/** The table's body as text, cell by cell. */
function rowsShown(diagnostic: DiagnosticDto): { cells: string[]; empty: boolean }[] {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(createElement(CommuneRanking, { diagnostic })));
  const rows = [...container.querySelectorAll('tbody tr')].map((row) => ({
    cells: [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
    empty: row.classList.contains('diagnostic-row-empty'),
  }));
  act(() => root.unmount());
  container.remove();
  return rows;
}

describe('the Diagnostic’s table of communes', () => {
  it('writes « non renseigné » for the offer of each commune while the directory is empty, never 0', () => {
    const rows = rowsShown(emptyDirectory());
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      // Places, per 10,000 inhabitants, services, distance.
      expect(row.cells.slice(4)).toEqual([
        'non renseigné',
        'non renseigné',
        'non renseigné',
        'non renseigné',
      ]);
      // Not set apart as a commune « sans lieu »: nothing is known of it.
      expect(row.empty).toBe(false);
    }
  });

  it('writes the counts once the directory holds places', () => {
    const rows = rowsShown(diagnosticFixture());
    const bourg = rows.find((row) => row.cells[1] === 'Bourg')!;
    expect(bourg.cells.slice(4, 7)).toEqual(['0', '0', '0 sur 9']);
    expect(bourg.empty).toBe(true);
  });
});
