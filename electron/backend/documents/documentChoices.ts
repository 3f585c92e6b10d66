import type { DocumentChoiceDto } from '../../../shared/documents/documentDto';
import { countLabel, formatDate, quoted } from '../../../shared/format/french';
import type { BackendContext } from '../context';
import { nowIsoOf } from '../context';
import { listSnapshots } from '../diagnostic/snapshotRepository';
import { ensureRoadmap } from '../roadmap/draftRoadmap';
import { listVersions } from '../roadmap/versions';
import { diagnosticName, roadmapName } from './documentNames';
import { documentFileName } from './fileName';
import { roadmapExists } from './feuilleDeRoute/readRoadmap';
import { bilanYears } from './bilan/readBilan';
import { bilanName } from './bilan/bilanName';

/**
 * The versions of a document the « Documents » screen offers: today's diagnostic and each frozen one (newest
 * first); the roadmap's version being written, then each adopted version (newest first), built from what was
 * frozen that day. Each says its file name, so that the user sees which file they will get.
 */

export function diagnosticChoices(
  ctx: BackendContext,
  today: string,
  territoryName: string,
): DocumentChoiceDto[] {
  const current: DocumentChoiceDto = {
    key: 'actuel',
    label: `Le diagnostic d’aujourd’hui (${formatDate(today)})`,
    fileName: documentFileName(diagnosticName(null, today), territoryName),
    request: { kind: 'diagnostic', options: {} },
  };
  const frozen = listSnapshots(ctx).map((snapshot): DocumentChoiceDto => ({
    key: `fige-${snapshot.id}`,
    label: `Figé le ${formatDate(snapshot.frozenAt)}\u00a0: ${quoted(snapshot.title)}`,
    fileName: documentFileName(diagnosticName(snapshot, today), territoryName),
    request: { kind: 'diagnostic', options: { snapshotId: snapshot.id } },
  }));
  return [current, ...frozen];
}

export async function roadmapChoices(
  ctx: BackendContext,
  today: string,
  territoryName: string,
): Promise<DocumentChoiceDto[]> {
  if (!(await roadmapExists(ctx))) return [];
  const roadmap = await ensureRoadmap(ctx.db, nowIsoOf(ctx));
  const choices: DocumentChoiceDto[] = [];
  if (roadmap.state === 'brouillon') {
    choices.push({
      key: 'projet',
      label:
        roadmap.amendedFrom === null
          ? `Projet de version ${roadmap.version}, à adopter`
          : `Projet de version ${roadmap.version} (amendement de la version ${roadmap.amendedFrom}), à adopter`,
      fileName: documentFileName(
        roadmapName({ state: 'brouillon', adoption: null, version: roadmap.version }, today),
        territoryName,
      ),
      request: { kind: 'feuilleDeRoute', options: { version: 'projet' } },
    });
  }
  for (const version of await listVersions(ctx.db)) {
    choices.push({
      key: `version-${version.version}`,
      label: `Version ${version.version}, adoptée le ${formatDate(version.adoptedOn)} à ${version.place} (${countLabel(version.signedCount, 'signature', 'signatures', 'aucune signature')} sur ${version.signatureCount})`,
      fileName: documentFileName(
        roadmapName(
          {
            state: 'adoptee',
            adoption: { version: version.version, adoptedOn: version.adoptedOn, place: version.place },
            version: version.version,
          },
          today,
        ),
        territoryName,
      ),
      request: { kind: 'feuilleDeRoute', options: { version: version.version } },
    });
  }
  return choices;
}

/** One bilan per year in which a meeting was held, newest first; the current year « au 5 décembre 2026 ». */
export async function bilanChoices(
  ctx: BackendContext,
  today: string,
  territoryName: string,
): Promise<DocumentChoiceDto[]> {
  const currentYear = Number(today.slice(0, 4));
  return (await bilanYears(ctx)).map(({ year, held }) => {
    const running = year === currentYear ? today : null;
    return {
      key: `annee-${year}`,
      label: `${running ? `${year}, au ${formatDate(today)}` : String(year)} (${countLabel(held, 'réunion tenue', 'réunions tenues')})`,
      fileName: documentFileName(bilanName(year, running), territoryName),
      request: { kind: 'bilan', options: { year } },
    };
  });
}
