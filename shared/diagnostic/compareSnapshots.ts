import type { ValueFormat } from '../charts/chartSpec';
import { SERVICES, type Service } from '../vocabularies/lieuxMediation';
import type { DiagnosticDto } from './diagnosticDto';
import {
  headlineFigures,
  offerUnmeasured,
  type HeadlineFigure,
  type HeadlineFigures,
} from './headlineFigures';

/** Two diagnostics side by side (two snapshots, or a snapshot and today's): what changed, territory and communes. */

/** A number before and after; delta = to − from, null when either side is unknown. */
export interface Change {
  from: number | null;
  to: number | null;
  delta: number | null;
}

export interface FigureChange extends Change {
  key: string;
  label: string;
  format: ValueFormat;
  /**
   * Each side as the diagnostic writes it, for the figures read from its headline figures: « au moins 7 sur 9 »,
   * « aucune connue », « non calculable » stay so here (null: the number, formatted). A lower bound on either side
   * leaves the change unknown.
   */
  fromText: string | null;
  toText: string | null;
}

export interface CommuneChange {
  code: string;
  /** The name on the newer side (communes may be renamed). */
  name: string;
  population: Change;
  placeCount: Change;
  placesPer10k: Change;
  fragilityScore: Change;
  /** True when something the user would notice moved: places, or a fragility score. */
  changed: boolean;
}

export interface DiagnosticComparison {
  figures: FigureChange[];
  /** Communes present on both sides, the ones that changed first (largest change of places), then by name. */
  communes: CommuneChange[];
  /** Communes only on one side (the territory's composition changed). */
  onlyBefore: { code: string; name: string }[];
  onlyAfter: { code: string; name: string }[];
  /** Services offered somewhere after but nowhere before, and the reverse. */
  servicesGained: Service[];
  servicesLost: Service[];
  /** The fragility indicators read on each side, when they differ the scores are not comparable. */
  fragilityBefore: string | null;
  fragilityAfter: string | null;
}

export function changeOf(from: number | null, to: number | null): Change {
  return { from, to, delta: from === null || to === null ? null : to - from };
}

const freshShare = (dto: DiagnosticDto): number | null =>
  dto.offer.totals.placeCount > 0
    ? (dto.offer.freshness.find((f) => f.freshness === 'recent')?.share ?? 0)
    : null;

const meanScore = (dto: DiagnosticDto): number | null => {
  const scores = dto.communes.map((c) => c.fragilityScore).filter((s): s is number => s !== null);
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
};

/**
 * The territory's key figures, in the order the dashboard shows them. Those the dashboard shows are read from
 * its headline figures (`h`), so that a figure unknown there (an empty directory, no distance) is unknown here
 * too, never 0.
 */
type FigureRead = (d: DiagnosticDto, h: HeadlineFigures) => number | HeadlineFigure | null;

const FIGURES: { key: string; label: string; format: ValueFormat; read: FigureRead }[] = [
  { key: 'population', label: 'Population', format: 'integer', read: (d) => d.territory.population },
  { key: 'places', label: 'Lieux de médiation', format: 'integer', read: (_d, h) => h.places },
  {
    key: 'placesPer10k',
    label: 'Lieux pour 10\u00a0000 habitants',
    format: 'decimal',
    read: (d) => (offerUnmeasured(d) ? null : d.offer.totals.placesPer10k),
  },
  {
    key: 'communesWithoutPlace',
    label: 'Communes sans lieu ni permanence',
    format: 'integer',
    read: (_d, h) => h.communesWithoutOffer,
  },
  {
    key: 'populationWithoutPlaceShare',
    label: 'Part de la population dans une commune sans lieu ni permanence',
    format: 'percent',
    read: (d) => (offerUnmeasured(d) ? null : d.offer.populationWithoutPlaceShare),
  },
  {
    key: 'servicesOffered',
    label: 'Services offerts sur le territoire (sur 9)',
    format: 'integer',
    // A lower bound when some places list no service; unknown when none does.
    read: (_d, h) => h.servicesOffered,
  },
  {
    key: 'recentShare',
    label: 'Part des lieux vérifiés depuis moins de 12 mois',
    format: 'percent',
    read: freshShare,
  },
  {
    key: 'meanFragility',
    label: 'Score de fragilité moyen des communes',
    format: 'decimal',
    read: meanScore,
  },
  {
    key: 'fragileAndFar',
    label: 'Communes fragiles et loin du service suivi',
    format: 'integer',
    read: (d, h) => (d.fragility ? h.fragileAndFar : null),
  },
  {
    // Each side over its own last 12 months; unknown for a diagnostic frozen before the activity was followed.
    key: 'accompaniments',
    label: 'Accompagnements sur 12 mois (activité importée)',
    format: 'integer',
    read: (d) => d.activity?.figures?.accompaniments ?? null,
  },
];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

const isHeadline = (read: number | HeadlineFigure | null): read is HeadlineFigure =>
  read !== null && typeof read === 'object';
const valueOf = (read: number | HeadlineFigure | null) => (isHeadline(read) ? read.value : read);
const textOf = (read: number | HeadlineFigure | null) => (isHeadline(read) ? read.text : null);
/** « au moins 4 », « aucune connue »: a count some unknown communes or places may raise. */
const isBound = (read: number | HeadlineFigure | null) =>
  isHeadline(read) && read.value !== null && /^(au moins|aucune connue)/.test(read.text);

/** What changed from `before` to `after`. Pure: the same two diagnostics always give the same comparison. */
export function compareDiagnostics(before: DiagnosticDto, after: DiagnosticDto): DiagnosticComparison {
  const headlineBefore = headlineFigures(before);
  const headlineAfter = headlineFigures(after);
  const figures = FIGURES.map(({ key, label, format, read }): FigureChange => {
    const from = read(before, headlineBefore);
    const to = read(after, headlineAfter);
    const change = changeOf(valueOf(from), valueOf(to));
    return {
      key,
      label,
      format,
      ...change,
      delta: isBound(from) || isBound(to) ? null : change.delta,
      fromText: textOf(from),
      toText: textOf(to),
    };
  });
  // An empty directory: each commune's places are unknown, not 0.
  const unknownBefore = offerUnmeasured(before);
  const unknownAfter = offerUnmeasured(after);
  const places = (unknown: boolean, count: number) => (unknown ? null : count);
  const beforeByCode = new Map(before.communes.map((c) => [c.code, c]));
  const afterCodes = new Set(after.communes.map((c) => c.code));
  const communes = after.communes
    .flatMap((now): CommuneChange[] => {
      const then = beforeByCode.get(now.code);
      if (!then) return [];
      const placeCount = changeOf(
        places(unknownBefore, then.placeCount),
        places(unknownAfter, now.placeCount),
      );
      const fragilityScore = changeOf(then.fragilityScore, now.fragilityScore);
      return [
        {
          code: now.code,
          name: now.name,
          population: changeOf(then.population, now.population),
          placeCount,
          placesPer10k: changeOf(
            unknownBefore ? null : then.placesPer10k,
            unknownAfter ? null : now.placesPer10k,
          ),
          fragilityScore,
          changed: placeCount.from !== placeCount.to || then.fragilityScore !== now.fragilityScore,
        },
      ];
    })
    .sort(
      (a, b) =>
        Number(b.changed) - Number(a.changed) ||
        Math.abs(b.placeCount.delta ?? 0) - Math.abs(a.placeCount.delta ?? 0) ||
        byName(a, b),
    );
  const offered = (d: DiagnosticDto) =>
    new Set(SERVICES.filter((s) => !d.offer.offeredNowhere.services.includes(s)));
  const offeredBefore = offered(before);
  const offeredAfter = offered(after);
  // Against an empty directory, no service was gained or lost: it was not known.
  const servicesKnown = !unknownBefore && !unknownAfter;
  return {
    figures,
    communes,
    onlyBefore: before.communes
      .filter((c) => !afterCodes.has(c.code))
      .map(({ code, name }) => ({ code, name }))
      .sort(byName),
    onlyAfter: after.communes
      .filter((c) => !beforeByCode.has(c.code))
      .map(({ code, name }) => ({ code, name }))
      .sort(byName),
    servicesGained: servicesKnown ? SERVICES.filter((s) => offeredAfter.has(s) && !offeredBefore.has(s)) : [],
    servicesLost: servicesKnown ? SERVICES.filter((s) => offeredBefore.has(s) && !offeredAfter.has(s)) : [],
    fragilityBefore: before.fragility ? fragilityName(before) : null,
    fragilityAfter: after.fragility ? fragilityName(after) : null,
  };
}

function fragilityName(dto: DiagnosticDto): string {
  const f = dto.fragility!;
  return f.source.year === null ? f.label : `${f.label} (${f.source.year})`;
}
