import type { ApiInput } from '../../../shared/api/contract';

/**
 * A table of bare monthly counts (« Mois;Nombre », January to March 2026, 36 accompaniments): no type, no theme,
 * no commune of residence. The `activity.import` input that ties it to `actorId` over the first quarter.
 */
export function monthlyCountsImport(actorId: number): ApiInput<'activity.import'> {
  const counts = ['Mois;Nombre', '2026-01;12', '2026-02;15', '2026-03;9'].join('\n');
  return {
    fileName: 'comptes-mensuels.csv',
    contentBase64: Buffer.from(counts, 'utf8').toString('base64'),
    kind: 'table',
    mapping: { dateColumn: 'Mois', countColumn: 'Nombre' },
    actorId,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  };
}
