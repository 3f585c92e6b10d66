import type { ExportFilters } from '../../../../shared/interop/exportDto';
import { exportFilters } from '../../../../shared/interop/exportDto';

/** Whether the filters narrow the directory (the annuaire then says so on its title page). */
export function isFiltered(filters: ExportFilters): boolean {
  const values = exportFilters.parse(filters);
  return (
    values.search.trim() !== '' ||
    [
      values.typologies,
      values.roles,
      values.communeCodes,
      values.services,
      values.publics,
      values.labels,
      values.freshness,
    ].some((list) => list.length > 0)
  );
}
