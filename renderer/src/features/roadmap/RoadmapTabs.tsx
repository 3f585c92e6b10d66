import { hrefOf } from '../../app/route';

export type RoadmapTab = 'redaction' | 'action' | 'matrice' | 'calendrier' | 'signatures' | 'versions';

/** The tab an address shows: '' → Rédaction, 'actions/3' → a fiche action (inside Rédaction), 'versions/2'… */
export function tabOf(path: string): RoadmapTab {
  if (path.startsWith('actions/')) return 'action';
  if (path === 'matrice') return 'matrice';
  if (path === 'calendrier') return 'calendrier';
  if (path === 'signatures') return 'signatures';
  if (path === 'versions' || path.startsWith('versions/')) return 'versions';
  return 'redaction';
}

const TABS: { tab: RoadmapTab; path: string; label: string }[] = [
  { tab: 'redaction', path: '', label: 'Rédaction' },
  { tab: 'matrice', path: 'matrice', label: 'Qui fait quoi' },
  { tab: 'calendrier', path: 'calendrier', label: 'Calendrier' },
  { tab: 'signatures', path: 'signatures', label: 'Signatures' },
  { tab: 'versions', path: 'versions', label: 'Versions' },
];

/** The roadmap's sub-navigation; a fiche action belongs to « Rédaction ». */
export function RoadmapTabs({ tab }: { tab: RoadmapTab }) {
  const current = tab === 'action' ? 'redaction' : tab;
  return (
    <nav className="roadmap-tabs" aria-label="Parties de la feuille de route">
      {TABS.map((item) => (
        <a
          key={item.tab}
          href={hrefOf({ name: 'roadmap', path: item.path })}
          className="roadmap-tab"
          aria-current={item.tab === current ? 'page' : undefined}
        >
          {item.label}
        </a>
      ))}
    </nav>
  );
}
