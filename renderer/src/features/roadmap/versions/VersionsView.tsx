import { useState } from 'react';
import type { RoadmapSide } from '../../../../../shared/roadmap/roadmapDto';
import { call } from '../../../api/client';
import { hrefOf } from '../../../app/route';
import { Notice } from '../../../ui/Notice';
import { useToast } from '../../../ui/Toast';
import { ComparisonView } from './ComparisonView';
import { VersionList } from './VersionList';
import { VersionReadOnly } from './VersionReadOnly';
import { useLoaded } from '../../../api/useLoaded';
import { versionsPageOf, versionsPathOf } from './versionsPath';
import './versions.css';

const backToList = (
  <p className="versions-back">
    <a href={hrefOf({ name: 'roadmap', path: versionsPathOf({ view: 'list' }) })}>← Toutes les versions</a>
  </p>
);

/**
 * The « Versions » tab: the adopted versions and « Amender » (`versions`), one version read-only (`versions/2`),
 * a comparison (`versions/comparaison/1/brouillon`). `onRoadmapChanged` tells the screen that « Amender » opened
 * a new draft.
 */
export function VersionsView({ path, onRoadmapChanged }: { path: string; onRoadmapChanged?: () => void }) {
  const page = versionsPageOf(path);
  if (page.view === 'version') return <OneVersion number={page.number} />;
  if (page.view === 'compare') return <Comparison from={page.from} to={page.to} />;
  return <Versions onRoadmapChanged={onRoadmapChanged} />;
}

function Versions({ onRoadmapChanged }: { onRoadmapChanged?: () => void }) {
  const { loaded, reload } = useLoaded(async () => {
    const [roadmap, versions] = await Promise.all([call('roadmap.get', {}), call('roadmap.versions', {})]);
    if (!roadmap.ok) return roadmap;
    if (!versions.ok) return versions;
    return { ok: true as const, data: { roadmap: roadmap.data, versions: versions.data } };
  }, 'versions');
  const [amending, setAmending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  if (loaded.state === 'loading') return <p className="screen-loading">Chargement des versions…</p>;
  if (loaded.state === 'error') return <Notice tone="error">{loaded.message}</Notice>;

  const amend = async () => {
    setAmending(true);
    const result = await call('roadmap.amend', {});
    setAmending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    toast({
      tone: 'success',
      message: `Version ${result.data.version} en préparation\u00a0: la rédaction est de nouveau ouverte.`,
    });
    onRoadmapChanged?.();
    reload();
  };

  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <VersionList
        key={`${loaded.data.roadmap.state}-${loaded.data.roadmap.version}`}
        roadmap={loaded.data.roadmap}
        versions={loaded.data.versions}
        onAmend={() => void amend()}
        amending={amending}
      />
    </>
  );
}

function OneVersion({ number }: { number: number }) {
  const { loaded } = useLoaded(() => call('roadmap.version', { number }), `version-${number}`);
  if (loaded.state === 'loading') return <p className="screen-loading">Chargement de la version {number}…</p>;
  return (
    <div className="roadmap-version">
      {backToList}
      {loaded.state === 'error' ? (
        <Notice tone="error">{loaded.message}</Notice>
      ) : (
        <VersionReadOnly roadmap={loaded.data} />
      )}
    </div>
  );
}

function Comparison({ from, to }: { from: RoadmapSide; to: RoadmapSide }) {
  const { loaded } = useLoaded(() => call('roadmap.compare', { from, to }), `comparaison-${from}-${to}`);
  if (loaded.state === 'loading') return <p className="screen-loading">Comparaison en cours…</p>;
  return (
    <div className="roadmap-version">
      {backToList}
      {loaded.state === 'error' ? (
        <Notice tone="error">{loaded.message}</Notice>
      ) : (
        <ComparisonView comparison={loaded.data} />
      )}
    </div>
  );
}
