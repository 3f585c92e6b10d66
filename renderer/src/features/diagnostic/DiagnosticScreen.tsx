import { ComparisonView } from './ComparisonView';
import { DashboardView } from './DashboardView';
import { diagnosticPageOf } from './diagnosticPaths';
import { SnapshotView } from './SnapshotView';
import './diagnostic.css';

/** « Diagnostic »: the dashboard of the territory, its frozen diagnostics and their comparison. */
export function DiagnosticScreen({ path }: { path: string }) {
  const page = diagnosticPageOf(path);
  switch (page.page) {
    case 'snapshot':
      return <SnapshotView key={page.id} id={page.id} />;
    case 'compare':
      return <ComparisonView key={path} fromId={page.fromId} toId={page.toId} />;
    case 'dashboard':
      return <DashboardView />;
  }
}
