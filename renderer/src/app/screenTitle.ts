import type { Route } from './route';

/** The window's title on each screen, so that the taskbar, Alt+Tab and screen readers say where one is. */
const SCREEN_NAMES: Record<Route['name'], string> = {
  actors: 'Annuaire des acteurs',
  actor: 'Fiche de l’acteur',
  actorNew: 'Nouvel acteur',
  actorEdit: 'Modifier la fiche de l’acteur',
  map: 'Carte',
  export: 'Exporter l’annuaire',
  duplicates: 'Doublons probables',
  duplicateMerge: 'Fusionner deux fiches',
  import: 'Importer',
  trash: 'Corbeille',
  settings: 'Territoire',
  indicators: 'Données des indicateurs',
  backups: 'Sauvegardes',
  network: 'Réseau des acteurs',
  activity: 'Activité',
  diagnostic: 'Diagnostic',
  governance: 'Instance de coordination',
  roadmap: 'Feuille de route',
  documents: 'Documents',
};

/** The roadmap's tabs, the diagnostic's pages and a body's meetings, named after the screen they belong to. */
function subScreenName(route: Route): string | null {
  if (route.name === 'roadmap') {
    if (route.path.startsWith('actions/')) return 'Fiche action';
    if (route.path === 'matrice') return 'Qui fait quoi';
    if (route.path === 'calendrier') return 'Calendrier';
    if (route.path === 'signatures') return 'Signatures';
    if (route.path === 'versions' || route.path.startsWith('versions/')) return 'Versions';
  }
  if (route.name === 'diagnostic') {
    if (route.path.startsWith('figes/')) return 'Diagnostic figé';
    if (route.path.startsWith('comparer/')) return 'Comparaison';
  }
  if (route.name === 'governance' && route.path === 'nouvelle') return 'Nouvelle instance';
  if (route.name === 'governance' && /^\d+\/reunions(\/|$)/.test(route.path)) return 'Réunions';
  return null;
}

export const APP_NAME = 'Maillage';

/** « Annuaire des acteurs — Maillage », « Calendrier — Feuille de route — Maillage ». */
export function screenTitle(route: Route): string {
  const sub = subScreenName(route);
  return [sub, SCREEN_NAMES[route.name], APP_NAME].filter(Boolean).join(' — ');
}

/** A screen that knows a better name than its route (an actor's name) puts it before the app's name. */
export function namedTitle(name: string, screen: string): string {
  return `${name} — ${screen} — ${APP_NAME}`;
}
