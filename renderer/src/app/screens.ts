import { lazy } from 'react';

/**
 * The screens that are not the first one a user sees, each loaded when first opened: the window starts on the
 * directory without reading the diagnostic's charts, the roadmap editor or the map.
 */
export const MapScreen = lazy(() =>
  import('../features/map/MapScreen').then((m) => ({ default: m.MapScreen })),
);
export const ExportScreen = lazy(() =>
  import('../features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })),
);
export const DuplicatesScreen = lazy(() =>
  import('../features/duplicates/DuplicatesScreen').then((m) => ({ default: m.DuplicatesScreen })),
);
export const MergeScreen = lazy(() =>
  import('../features/duplicates/MergeScreen').then((m) => ({ default: m.MergeScreen })),
);
export const ImportScreen = lazy(() =>
  import('../features/import/ImportScreen').then((m) => ({ default: m.ImportScreen })),
);
export const TrashScreen = lazy(() =>
  import('../features/trash/TrashScreen').then((m) => ({ default: m.TrashScreen })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
export const IndicatorsScreen = lazy(() =>
  import('../features/indicators/IndicatorsScreen').then((m) => ({ default: m.IndicatorsScreen })),
);
export const DiagnosticScreen = lazy(() =>
  import('../features/diagnostic/DiagnosticScreen').then((m) => ({ default: m.DiagnosticScreen })),
);
export const NetworkScreen = lazy(() =>
  import('../features/network/NetworkScreen').then((m) => ({ default: m.NetworkScreen })),
);
export const ActivityScreen = lazy(() =>
  import('../features/activity/ActivityScreen').then((m) => ({ default: m.ActivityScreen })),
);
export const GovernanceScreen = lazy(() =>
  import('../features/governance/GovernanceScreen').then((m) => ({ default: m.GovernanceScreen })),
);
export const RoadmapScreen = lazy(() =>
  import('../features/roadmap/RoadmapScreen').then((m) => ({ default: m.RoadmapScreen })),
);
export const DocumentsScreen = lazy(() =>
  import('../features/documents/DocumentsScreen').then((m) => ({ default: m.DocumentsScreen })),
);
