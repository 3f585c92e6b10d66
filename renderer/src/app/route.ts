import { useEffect, useState } from 'react';

/** The screens of the app, addressed by the hash so that Back and Forward work in both transports. */
export type Route =
  | { name: 'actors' }
  | { name: 'actor'; id: number }
  | { name: 'actorNew' }
  | { name: 'actorEdit'; id: number }
  | { name: 'map' }
  | { name: 'export' }
  | { name: 'duplicates' }
  | { name: 'duplicateMerge'; leftId: number; rightId: number }
  | { name: 'import' }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'indicators' }
  | { name: 'backups' }
  | { name: 'network' }
  | { name: 'activity' }
  /** The features below read the rest of their address themselves (`path`, '' for the feature's home). */
  | { name: 'diagnostic'; path: string }
  | { name: 'governance'; path: string }
  | { name: 'roadmap'; path: string }
  | { name: 'documents'; path: string };

/** The part of the address after a feature's prefix: '' for `#/diagnostic`, 'figes/3' for `#/diagnostic/figes/3`. */
function rest(path: string, prefix: string): string | null {
  if (path === prefix) return '';
  if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length + 1);
  return null;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  let match: RegExpExecArray | null;
  if ((match = /^\/acteurs\/(\d+)\/modifier$/.exec(path))) return { name: 'actorEdit', id: Number(match[1]) };
  if (path === '/acteurs/nouveau') return { name: 'actorNew' };
  if ((match = /^\/acteurs\/(\d+)$/.exec(path))) return { name: 'actor', id: Number(match[1]) };
  if (path === '/carte') return { name: 'map' };
  if (path === '/export') return { name: 'export' };
  if (path === '/doublons') return { name: 'duplicates' };
  if ((match = /^\/doublons\/(\d+)-(\d+)$/.exec(path)))
    return { name: 'duplicateMerge', leftId: Number(match[1]), rightId: Number(match[2]) };
  if (path === '/import') return { name: 'import' };
  if (path === '/corbeille') return { name: 'trash' };
  if (path === '/territoire') return { name: 'settings' };
  if (path === '/diagnostic/indicateurs') return { name: 'indicators' };
  if (path === '/sauvegardes') return { name: 'backups' };
  if (path === '/reseau') return { name: 'network' };
  if (path === '/activite') return { name: 'activity' };
  let sub: string | null;
  if ((sub = rest(path, '/diagnostic')) !== null) return { name: 'diagnostic', path: sub };
  if ((sub = rest(path, '/instance')) !== null) return { name: 'governance', path: sub };
  if ((sub = rest(path, '/feuille-de-route')) !== null) return { name: 'roadmap', path: sub };
  if ((sub = rest(path, '/documents')) !== null) return { name: 'documents', path: sub };
  return { name: 'actors' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'actors':
      return '#/acteurs';
    case 'actor':
      return `#/acteurs/${route.id}`;
    case 'actorNew':
      return '#/acteurs/nouveau';
    case 'actorEdit':
      return `#/acteurs/${route.id}/modifier`;
    case 'map':
      return '#/carte';
    case 'export':
      return '#/export';
    case 'duplicates':
      return '#/doublons';
    case 'duplicateMerge':
      return `#/doublons/${route.leftId}-${route.rightId}`;
    case 'import':
      return '#/import';
    case 'trash':
      return '#/corbeille';
    case 'settings':
      return '#/territoire';
    case 'indicators':
      return '#/diagnostic/indicateurs';
    case 'backups':
      return '#/sauvegardes';
    case 'network':
      return '#/reseau';
    case 'activity':
      return '#/activite';
    case 'diagnostic':
      return withRest('#/diagnostic', route.path);
    case 'governance':
      return withRest('#/instance', route.path);
    case 'roadmap':
      return withRest('#/feuille-de-route', route.path);
    case 'documents':
      return withRest('#/documents', route.path);
  }
}

function withRest(prefix: string, path: string): string {
  return path ? `${prefix}/${path}` : prefix;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
