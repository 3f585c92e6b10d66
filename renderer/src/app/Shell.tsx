import { Suspense, useRef, type MouseEvent } from 'react';
import { hrefOf, useRoute, type Route } from './route';
import { useTerritory } from './TerritoryContext';
import { useScreenChange } from './useScreenChange';
import { ActorListScreen } from '../features/actors/ActorListScreen';
import { ActorScreen } from '../features/actors/ActorScreen';
import { ActorFormScreen } from '../features/actors/ActorFormScreen';
import { DuplicateCountBadge } from '../features/duplicates/DuplicateCountBadge';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import {
  ActivityScreen,
  DiagnosticScreen,
  DocumentsScreen,
  DuplicatesScreen,
  ExportScreen,
  GovernanceScreen,
  ImportScreen,
  IndicatorsScreen,
  MapScreen,
  MergeScreen,
  NetworkScreen,
  RoadmapScreen,
  SettingsScreen,
  TrashScreen,
} from './screens';

const NAVIGATION: { route: Route; label: string; matches: Route['name'][] }[] = [
  {
    route: { name: 'actors' },
    label: 'Annuaire des acteurs',
    matches: ['actors', 'actor', 'actorNew', 'actorEdit'],
  },
  { route: { name: 'network' }, label: 'Réseau', matches: ['network'] },
  { route: { name: 'map' }, label: 'Carte', matches: ['map'] },
  { route: { name: 'diagnostic', path: '' }, label: 'Diagnostic', matches: ['diagnostic', 'indicators'] },
  { route: { name: 'activity' }, label: 'Activité', matches: ['activity'] },
  { route: { name: 'governance', path: '' }, label: 'Instance de coordination', matches: ['governance'] },
  { route: { name: 'roadmap', path: '' }, label: 'Feuille de route', matches: ['roadmap'] },
  { route: { name: 'documents', path: '' }, label: 'Documents', matches: ['documents'] },
  { route: { name: 'duplicates' }, label: 'Doublons probables', matches: ['duplicates', 'duplicateMerge'] },
  { route: { name: 'import' }, label: 'Importer', matches: ['import'] },
  { route: { name: 'export' }, label: 'Exporter', matches: ['export'] },
  { route: { name: 'trash' }, label: 'Corbeille', matches: ['trash'] },
  { route: { name: 'settings' }, label: 'Territoire', matches: ['settings'] },
  { route: { name: 'backups' }, label: 'Sauvegardes', matches: ['backups'] },
];

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'actors':
      return <ActorListScreen />;
    case 'actor':
      return <ActorScreen key={route.id} id={route.id} />;
    case 'actorNew':
      return <ActorFormScreen key="new" />;
    case 'actorEdit':
      return <ActorFormScreen key={route.id} id={route.id} />;
    case 'map':
      return <MapScreen />;
    case 'export':
      return <ExportScreen />;
    case 'duplicates':
      return <DuplicatesScreen />;
    case 'duplicateMerge':
      return (
        <MergeScreen key={`${route.leftId}-${route.rightId}`} leftId={route.leftId} rightId={route.rightId} />
      );
    case 'import':
      return <ImportScreen />;
    case 'trash':
      return <TrashScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'indicators':
      return <IndicatorsScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'network':
      return <NetworkScreen />;
    case 'activity':
      return <ActivityScreen />;
    case 'diagnostic':
      return <DiagnosticScreen path={route.path} />;
    case 'governance':
      return <GovernanceScreen path={route.path} />;
    case 'roadmap':
      return <RoadmapScreen path={route.path} />;
    case 'documents':
      return <DocumentsScreen path={route.path} />;
  }
}

/** The window once a territory is chosen: navigation on the left, the current screen on the right. */
export function Shell() {
  const route = useRoute();
  const { territory } = useTerritory();
  const main = useRef<HTMLElement>(null);
  const nav = useRef<HTMLElement>(null);
  useScreenChange(route, main, nav);
  // The address holds the screen (#/acteurs): the skip link moves the focus itself instead of following `#contenu`.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };
  return (
    <div className="shell">
      <a href="#contenu" className="skip-link" onClick={skipToContent}>
        Aller au contenu
      </a>
      <nav className="sidebar" aria-label="Navigation principale" ref={nav}>
        <div className="brand">
          {territory.logoDataUrl ? <img src={territory.logoDataUrl} alt="" className="brand-logo" /> : null}
          <div>
            <div className="brand-name">Maillage</div>
            <div className="brand-territory">{territory.displayName}</div>
            {territory.isDemo ? <div className="badge badge-demo">Territoire de démonstration</div> : null}
          </div>
        </div>
        <ul>
          {NAVIGATION.map((item) => (
            <li key={item.label}>
              <a
                href={hrefOf(item.route)}
                aria-current={item.matches.includes(route.name) ? 'page' : undefined}
                className="nav-link"
              >
                {item.label}
                {item.route.name === 'duplicates' ? <DuplicateCountBadge screen={route.name} /> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="contenu" tabIndex={-1} ref={main}>
        <Suspense fallback={<p className="app-loading">Ouverture de l’écran…</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
    </div>
  );
}
