import { useState } from 'react';
import type {
  RoadmapDto,
  RoadmapSide,
  RoadmapVersionSummaryDto,
} from '../../../../../shared/roadmap/roadmapDto';
import { formatDate, quoted } from '../../../../../shared/format/french';
import { hrefOf } from '../../../app/route';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Notice } from '../../../ui/Notice';
import { versionsPathOf } from './versionsPath';

const sideValue = (side: RoadmapSide) => String(side);
const parseSide = (value: string): RoadmapSide => (value === 'brouillon' ? 'brouillon' : Number(value));

/**
 * The adopted versions, newest first, where the roadmap stands now (« Amender » when adopted), and the choice
 * of two versions to compare.
 */
export function VersionList({
  roadmap,
  versions,
  onAmend,
  amending,
}: {
  roadmap: RoadmapDto;
  versions: RoadmapVersionSummaryDto[];
  onAmend: () => void;
  amending: boolean;
}) {
  const hasDraft = roadmap.state === 'brouillon';
  const sides: { side: RoadmapSide; label: string }[] = [
    ...(hasDraft
      ? [{ side: 'brouillon' as const, label: `Brouillon de la version ${roadmap.version}` }]
      : []),
    ...versions.map((version) => ({
      side: version.version,
      label: `Version ${version.version} du ${formatDate(version.adoptedOn)}`,
    })),
  ];
  const [from, setFrom] = useState<RoadmapSide | null>(sides[1]?.side ?? null);
  const [to, setTo] = useState<RoadmapSide | null>(sides[0]?.side ?? null);

  return (
    <div className="roadmap-versions">
      {roadmap.state === 'adoptee' && roadmap.adoption ? (
        <div className="versions-current panel">
          <p>
            La version {roadmap.adoption.version} est adoptée depuis le{' '}
            {formatDate(roadmap.adoption.adoptedOn)}&nbsp;: elle ne se modifie plus. {quoted('Amender')}{' '}
            prépare la version {roadmap.version + 1} à partir de son contenu&nbsp;; les signatures repartiront
            de {quoted('À signer')}.
          </p>
          <Button variant="primary" onClick={onAmend} disabled={amending}>
            Amender&nbsp;: préparer la version {roadmap.version + 1}
          </Button>
        </div>
      ) : (
        <Notice tone="info">
          Brouillon de la version {roadmap.version} en cours
          {roadmap.amendedFrom ? ` (amendement de la version ${roadmap.amendedFrom})` : ''}&nbsp;: il s’adopte
          depuis l’onglet <a href={hrefOf({ name: 'roadmap', path: 'signatures' })}>Signatures</a>.
        </Notice>
      )}

      {versions.length === 0 ? (
        <EmptyState
          title="Aucune version adoptée pour l’instant"
          action={
            <a href={hrefOf({ name: 'roadmap', path: 'signatures' })}>Recueillir les signatures et adopter</a>
          }
        >
          Quand l’instance adopte la feuille de route, la version du jour est figée ici, avec sa composition
          et ses signatures&nbsp;; chaque amendement en ajoute une nouvelle.
        </EmptyState>
      ) : (
        <>
          <h2>Versions adoptées</h2>
          <table className="table versions-table">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Adoptée le</th>
                <th scope="col">Fait à</th>
                <th scope="col" className="numeric">
                  Actions
                </th>
                <th scope="col" className="numeric">
                  Signatures
                </th>
                <th scope="col">
                  <span className="visually-hidden">Consulter</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.version}>
                  <td>Version {version.version}</td>
                  <td>{formatDate(version.adoptedOn)}</td>
                  <td>{version.place}</td>
                  <td className="numeric">{version.actionCount}</td>
                  <td className="numeric">
                    {version.signedCount} sur {version.signatureCount}
                  </td>
                  <td>
                    <a
                      href={hrefOf({
                        name: 'roadmap',
                        path: versionsPathOf({ view: 'version', number: version.version }),
                      })}
                    >
                      Consulter la version {version.version}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {sides.length >= 2 && from !== null && to !== null ? (
        <section className="panel versions-compare" aria-labelledby="compare-title">
          <h2 id="compare-title">Comparer deux versions</h2>
          <div className="versions-compare-form">
            <label>
              De
              <select
                className="input"
                value={sideValue(from)}
                onChange={(event) => setFrom(parseSide(event.target.value))}
              >
                {sides.map((side) => (
                  <option key={sideValue(side.side)} value={sideValue(side.side)}>
                    {side.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              à
              <select
                className="input"
                value={sideValue(to)}
                onChange={(event) => setTo(parseSide(event.target.value))}
              >
                {sides.map((side) => (
                  <option key={sideValue(side.side)} value={sideValue(side.side)}>
                    {side.label}
                  </option>
                ))}
              </select>
            </label>
            <a
              className="btn btn-primary"
              href={hrefOf({ name: 'roadmap', path: versionsPathOf({ view: 'compare', from, to }) })}
            >
              Voir ce qui a changé
            </a>
          </div>
        </section>
      ) : null}
    </div>
  );
}
