import type { RoadmapDto } from '../../../shared/roadmap/roadmapDto';
import { formatDate } from '../../../shared/format/french';

/**
 * What an exported file is, in words, at the start of its name: which document, and which version of it —
 * « Feuille de route – version 1 adoptée le 5 avril 2026 », « Diagnostic figé le 12 mars 2026 (Conférence des
 * maires) » — so that two files of the same document never share a name and a reader knows which is which.
 */

/** Long snapshot titles are cut, so that the file name stays readable (and under Windows' path limits). */
const TITLE_MAX = 60;

function shortTitle(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  return trimmed.length <= TITLE_MAX ? trimmed : `${trimmed.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

export function annuaireName(today: string): string {
  return `Annuaire des acteurs au ${formatDate(today)}`;
}

/** Today's diagnostic is dated by today; a frozen one by the day it was frozen, with its title. */
export function diagnosticName(frozen: { title: string; frozenAt: string } | null, today: string): string {
  if (!frozen) return `Diagnostic au ${formatDate(today)}`;
  const title = shortTitle(frozen.title);
  return `Diagnostic figé le ${formatDate(frozen.frozenAt)}${title ? ` (${title})` : ''}`;
}

/** An adopted version by its number and date; the version being written as a dated projet. */
export function roadmapName(
  roadmap: Pick<RoadmapDto, 'state' | 'adoption' | 'version'>,
  today: string,
): string {
  if (roadmap.state === 'adoptee' && roadmap.adoption)
    return `Feuille de route – version ${roadmap.adoption.version} adoptée le ${formatDate(roadmap.adoption.adoptedOn)}`;
  return `Feuille de route – version ${roadmap.version} (projet du ${formatDate(today)})`;
}

export function noteName(today: string): string {
  return `Note de synthèse pour la conférence des maires au ${formatDate(today)}`;
}
