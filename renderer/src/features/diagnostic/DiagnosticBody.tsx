import type { ReactNode } from 'react';
import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { offerUnmeasured } from '../../../../shared/diagnostic/headlineFigures';
import { ActivityBlock } from './ActivityBlock';
import { ChartGrid } from './ChartGrid';
import { CommuneRanking } from './CommuneRanking';
import { EmptyDirectoryNotice } from './EmptyDirectoryNotice';
import { FragilityNotice } from './FragilityNotice';
import { FrozenGaps } from './FrozenGaps';
import { KeyFigures } from './KeyFigures';

/**
 * What today's dashboard and a frozen diagnostic both show: key figures, charts, the map (given by the
 * caller: live or frozen), the ranked communes.
 */
export function DiagnosticBody({
  diagnostic,
  charts,
  map,
  settings,
  frozen = false,
}: {
  diagnostic: DiagnosticDto;
  charts: readonly ChartSpec[];
  map: ReactNode;
  /** The reader's choices, under the key figures (today's dashboard only). */
  settings?: ReactNode;
  /**
   * A frozen diagnostic says what was not known that day, without asking to import anything: the snapshot
   * does not change, whatever is imported since.
   */
  frozen?: boolean;
}) {
  return (
    <>
      <KeyFigures diagnostic={diagnostic} />
      {frozen ? (
        <FrozenGaps diagnostic={diagnostic} />
      ) : (
        <>
          {offerUnmeasured(diagnostic) ? <EmptyDirectoryNotice /> : null}
          {diagnostic.fragility ? null : <FragilityNotice indicatorCount={diagnostic.indicators.length} />}
        </>
      )}
      {settings}
      <ChartGrid charts={charts} />
      {map}
      <ActivityBlock diagnostic={diagnostic} />
      <CommuneRanking diagnostic={diagnostic} />
    </>
  );
}
