import { farUnknowns } from './farUnknowns';
import type {
  BarChartSpec,
  ChartSource,
  ChartSpec,
  PieChartSpec,
  ScatterChartSpec,
} from '../charts/chartSpec';
import { FRESHNESS } from '../actors/freshness';
import { countLabel, formatDecimal, formatInteger, quoted } from '../format/french';
import type { DiagnosticDto } from './diagnosticDto';
import type { UnknownChartData } from '../charts/chartSpec';
import { unknownChart } from '../charts/unknownChart';
import { EMPTY_DIRECTORY, offerUnmeasured } from './headlineFigures';
import { servicesKnowledge, silentPlacesText } from './servicesKnown';

/**
 * The dashboard's charts as data: the same list is drawn on screen, frozen with a snapshot and rendered
 * off-screen for the Word documents. Pure: a diagnostic always gives the same charts, in the same order.
 * Charts that need a fragility indicator are left out until one is imported.
 */

/** Ranked bar charts of communes keep the first ones: the full list is the dashboard's table. */
export const MAX_COMMUNE_BARS = 40;

export const CHART_IDS = {
  fragility: 'fragilite-par-commune',
  placesPer10k: 'lieux-pour-10000-habitants',
  fragilityOffer: 'fragilite-et-offre',
  services: 'services-offerts',
  publics: 'publics-accueillis',
  supports: 'accompagnements-specifiques',
  programmes: 'dispositifs-nationaux',
  freshness: 'fraicheur-annuaire',
  populationWithoutPlace: 'population-sans-lieu',
  fragileAndFar: 'fragiles-et-loin',
} as const;

const directory = (dto: DiagnosticDto): ChartSource => dto.directorySource;
const population = (dto: DiagnosticDto): ChartSource => dto.territory.populationSource;

/** « les 25 premières communes sur 63 » when the list is cut, '' otherwise. */
function cutNote(shown: number, total: number): string {
  return shown < total ? ` Les ${shown} premières communes sur ${formatInteger(total)}.` : '';
}

function fragilityChart(dto: DiagnosticDto): BarChartSpec | null {
  const fragility = dto.fragility;
  if (!fragility) return null;
  const known = dto.communes
    .filter((c) => c.fragilityScore !== null)
    .sort((a, b) => b.fragilityScore! - a.fragilityScore! || a.name.localeCompare(b.name, 'fr'));
  const shown = known.slice(0, MAX_COMMUNE_BARS);
  const lowerIsWorse = fragility.direction === 'lowerIsMoreFragile';
  const reading =
    fragility.scale === 'score'
      ? lowerIsWorse
        ? 'score retourné\u00a0: 10 pour le plus bas (plus bas = plus fragile)'
        : 'de 1 (faible) à 10 (forte)'
      : lowerIsWorse
        ? 'valeurs ramenées de 1 (la plus haute du territoire) à 10 (la plus basse)\u00a0: plus bas = plus fragile'
        : 'valeurs ramenées de 1 (la plus basse du territoire) à 10 (la plus haute)';
  return {
    kind: 'bar',
    id: CHART_IDS.fragility,
    title: `Fragilité par commune\u00a0: ${fragility.label}`,
    subtitle: `${fragility.label}, ${reading}. En couleur\u00a0: ${formatDecimal(dto.settings.minScore)} ou plus.${cutNote(shown.length, known.length)}`,
    sources: [fragility.source],
    items: shown.map((c) => ({
      label: c.name,
      value: c.fragilityScore,
      highlight: c.fragilityScore! >= dto.settings.minScore,
    })),
    valueLabel: 'Score de fragilité',
    format: 'decimal',
    // Scores and rescaled values both run from 1 to 10.
    scaleMax: 10,
  };
}

/** Neither a place nor a permanence in the commune: what « ni lieu ni permanence » counts. */
const withoutOffer = (c: { placeCount: number; permanenceCount: number }) =>
  c.placeCount + c.permanenceCount === 0;

function placesPer10kChart(dto: DiagnosticDto): BarChartSpec {
  const ordered = [...dto.communes].sort(
    (a, b) =>
      (b.placesPer10k ?? -1) - (a.placesPer10k ?? -1) ||
      b.population - a.population ||
      a.name.localeCompare(b.name, 'fr'),
  );
  const shown = ordered.slice(0, MAX_COMMUNE_BARS);
  const without = dto.offer.communesWithoutPlace.length;
  const itinerant = dto.offer.communesItinerantOnly?.length ?? 0;
  const withoutNote =
    without === 0
      ? ' Chaque commune a au moins un lieu ou une permanence.'
      : ` ${formatInteger(without)} commune${without > 1 ? 's n’ont' : ' n’a'} ni lieu ni permanence${shown.some(withoutOffer) ? ' (nom en gras)' : ''}.`;
  const itinerantNote =
    itinerant > 0
      ? ` ${formatInteger(itinerant)} commune${itinerant > 1 ? 's sont desservies' : ' est desservie'} seulement par une permanence itinérante.`
      : '';
  return {
    kind: 'bar',
    id: CHART_IDS.placesPer10k,
    title: 'Lieux de médiation pour 10\u00a0000 habitants',
    subtitle: `Les communes les mieux dotées d’abord (lieux fixes).${withoutNote}${itinerantNote}${cutNote(shown.length, ordered.length)}`,
    sources: [directory(dto), population(dto)],
    // In bold, the communes the subtitle counts: a commune served by an itinerant permanence only is not one.
    items: shown.map((c) => ({ label: c.name, value: c.placesPer10k, highlight: withoutOffer(c) })),
    valueLabel: 'Lieux pour 10\u00a0000 habitants',
    format: 'decimal',
  };
}

function fragilityOfferChart(dto: DiagnosticDto): ScatterChartSpec | null {
  if (!dto.fragility) return null;
  const points = dto.communes
    .filter((c) => c.fragilityScore !== null && c.accessPointsPer10k !== null)
    .map((c) => ({
      label: c.name,
      x: c.fragilityScore!,
      // Itinerant permanences count: a commune served by the bus is not at 0.
      y: c.accessPointsPer10k!,
      highlight: c.fragilityScore! >= dto.settings.minScore && c.placeCount + c.permanenceCount === 0,
    }));
  return {
    kind: 'scatter',
    id: CHART_IDS.fragilityOffer,
    title: 'Fragilité et offre, commune par commune',
    subtitle:
      'En bas à droite, les communes fragiles et peu dotées\u00a0; en couleur, les communes fragiles sans lieu ni permanence.',
    sources: [dto.fragility.source, directory(dto), population(dto)],
    points,
    xLabel: 'Score de fragilité',
    yLabel: 'Lieux et permanences pour 10\u00a0000 habitants',
    xFormat: 'decimal',
    yFormat: 'decimal',
  };
}

/** « les 3 services déclarés », « le service offert »: the bold bars, in the key figures' words. */
function nowhereNote(dto: DiagnosticDto): string {
  const nowhere = dto.offer.offeredNowhere.services.length;
  const knowledge = servicesKnowledge(dto);
  if (knowledge.kind === 'complete')
    return `En gras, ${nowhere > 1 ? `les ${nowhere} services offerts` : 'le service offert'} nulle part sur le territoire.`;
  const silent =
    knowledge.kind === 'uncounted' ? '' : ` (${silentPlacesText(knowledge.silent, knowledge.places)})`;
  return `En gras, ${nowhere > 1 ? `les ${nowhere} services déclarés` : 'le service déclaré'} par aucun lieu${silent}.`;
}

function servicesChart(dto: DiagnosticDto): BarChartSpec {
  const nowhere = dto.offer.offeredNowhere.services.length;
  const knowledge = servicesKnowledge(dto);
  // No service declared, and every place silent: bars at zero would say nothing is offered.
  if (knowledge.kind === 'none')
    return unknownChart(servicesChartOf(dto, nowhere), {
      reason: silentPlacesText(knowledge.silent, knowledge.places),
      remedy: 'Complétez les services de chaque lieu.',
    });
  return servicesChartOf(dto, nowhere);
}

function servicesChartOf(dto: DiagnosticDto, nowhere: number): BarChartSpec {
  return {
    kind: 'bar',
    id: CHART_IDS.services,
    title: 'Les 9 services de médiation numérique\u00a0: nombre de lieux qui les offrent',
    subtitle:
      nowhere > 0
        ? nowhereNote(dto)
        : 'Chacun des 9 services est offert dans au moins un lieu du territoire.',
    sources: [directory(dto)],
    items: dto.offer.services.map((s) => ({
      label: s.value,
      value: s.placeCount,
      highlight: s.placeCount === 0,
    })),
    valueLabel: 'Lieux',
    format: 'integer',
  };
}

/** The subtitle, and « ; en gras, … » only when some bar is set in bold (none at 0: nothing to point to). */
const withBoldNote = (text: string, bold: string, items: readonly { placeCount: number }[]) =>
  items.some((item) => item.placeCount === 0) ? `${text}\u00a0; en gras, ${bold}.` : `${text}.`;

/**
 * A list no place of the directory fills in (a file without the column, an empty `public_cible`): bars at 0
 * would say something of the territory; the file said nothing. Unknown, with what to do.
 */
function noneDeclared(
  spec: BarChartSpec,
  items: readonly { placeCount: number }[],
  what: string,
  dto: DiagnosticDto,
) {
  if (dto.offer.totals.placeCount === 0 || items.some((item) => item.placeCount > 0)) return spec;
  return unknownChart(spec, {
    reason: `aucun lieu ne déclare ${what} (${countLabel(dto.offer.totals.placeCount, 'lieu', 'lieux')} dans l’annuaire)`,
    remedy: 'Complétez les fiches des lieux, ou importez un fichier qui le dit.',
  });
}

function publicsChart(dto: DiagnosticDto): BarChartSpec {
  return noneDeclared(publicsChartOf(dto), dto.offer.publics, 'de public en particulier', dto);
}

function supportsChart(dto: DiagnosticDto): BarChartSpec {
  return noneDeclared(supportsChartOf(dto), dto.offer.specificSupports, 'd’accompagnement spécifique', dto);
}

function publicsChartOf(dto: DiagnosticDto): BarChartSpec {
  return {
    kind: 'bar',
    id: CHART_IDS.publics,
    title: 'Publics accueillis en particulier\u00a0: nombre de lieux',
    subtitle: withBoldNote(
      // By the standard, a place that names no public welcomes everyone: a zero is no place turned away.
      'Lieux dont l’acteur déclare s’adresser à ce public (un lieu qui n’en déclare aucun accueille tout le monde)',
      'les publics que nul ne déclare',
      dto.offer.publics,
    ),
    sources: [directory(dto)],
    items: dto.offer.publics.map((p) => ({
      label: p.value,
      value: p.placeCount,
      highlight: p.placeCount === 0,
    })),
    valueLabel: 'Lieux',
    format: 'integer',
  };
}

function supportsChartOf(dto: DiagnosticDto): BarChartSpec {
  return {
    kind: 'bar',
    id: CHART_IDS.supports,
    title: 'Accompagnements spécifiques\u00a0: nombre de lieux',
    subtitle: withBoldNote(
      // A place names the supports it offers; one that names none is not known to offer none.
      'Handicaps, illettrisme, langues étrangères',
      'les accompagnements qu’aucun lieu ne déclare',
      dto.offer.specificSupports,
    ),
    sources: [directory(dto)],
    items: dto.offer.specificSupports.map((s) => ({
      label: s.value,
      value: s.placeCount,
      highlight: s.placeCount === 0,
    })),
    valueLabel: 'Lieux',
    format: 'integer',
  };
}

function programmesChart(dto: DiagnosticDto): BarChartSpec {
  const { conseillersNumeriques, franceServices, aidantsConnect } = dto.offer.keyProgrammes;
  return {
    kind: 'bar',
    id: CHART_IDS.programmes,
    title: 'Dispositifs nationaux présents\u00a0: nombre de lieux',
    subtitle: withBoldNote(
      'Conseillers numériques, France Services et Aidants Connect',
      'les dispositifs absents',
      [conseillersNumeriques, franceServices, aidantsConnect],
    ),
    sources: [directory(dto)],
    items: [conseillersNumeriques, franceServices, aidantsConnect].map((p) => ({
      label: p.value,
      value: p.placeCount,
      highlight: p.placeCount === 0,
    })),
    valueLabel: 'Lieux',
    format: 'integer',
  };
}

function freshnessChart(dto: DiagnosticDto): PieChartSpec {
  return {
    kind: 'pie',
    id: CHART_IDS.freshness,
    title: 'Fraîcheur de l’annuaire\u00a0: dernière vérification de la fiche de chaque lieu',
    subtitle:
      'Les outils nationaux signalent une fiche à vérifier 12 mois après sa dernière vérification, ancienne après 18 mois.',
    sources: [directory(dto)],
    slices: dto.offer.freshness.map((f) => ({ label: FRESHNESS[f.freshness], value: f.placeCount })),
    format: 'integer',
  };
}

function populationWithoutPlaceChart(dto: DiagnosticDto): PieChartSpec {
  const without = dto.offer.populationWithoutPlace;
  const count = dto.offer.communesWithoutPlace.length;
  const subtitle =
    count === 0
      ? 'Chaque commune a au moins un lieu de médiation ou une permanence.'
      : `${formatInteger(count)} commune${count > 1 ? 's' : ''} sur ${formatInteger(dto.territory.communeCount)} ${count > 1 ? 'n’ont' : 'n’a'} ni lieu ni permanence.`;
  return {
    kind: 'pie',
    id: CHART_IDS.populationWithoutPlace,
    title: 'Population vivant dans une commune sans lieu ni permanence de médiation',
    subtitle,
    sources: [population(dto), directory(dto)],
    slices: [
      {
        label: 'Avec lieu ou permanence dans la commune',
        value: dto.territory.population - without,
      },
      { label: 'Sans lieu ni permanence dans la commune', value: without },
    ],
    format: 'integer',
  };
}

function fragileAndFarChart(dto: DiagnosticDto): BarChartSpec | null {
  if (!dto.fragility || !dto.contoursSource) return null;
  const far = dto.fragileAndFar;
  const shown = far.rows.slice(0, MAX_COMMUNE_BARS);
  return {
    kind: 'bar',
    id: CHART_IDS.fragileAndFar,
    title: `Communes fragiles et loin d’un lieu ${quoted(far.service)}`,
    subtitle:
      far.rows.length === 0
        ? `${far.status === 'computed' ? 'Aucune commune' : `Parmi les communes dont ${far.unknownDistance.length > 0 ? 'la distance' : 'la fragilité'} est connue, aucune commune`} de score ${formatDecimal(far.minScore)} ou plus n’est à ${formatDecimal(far.minDistanceKm)}\u00a0km ou plus d’un tel lieu (à vol d’oiseau depuis le centre de la commune).`
        : `Communes de score ${formatDecimal(far.minScore)} ou plus (entre parenthèses) dont le lieu le plus proche est à ${formatDecimal(far.minDistanceKm)}\u00a0km ou plus, à vol d’oiseau depuis le centre de la commune` +
          (far.rows.some((r) => r.distanceKm === null)
            ? '\u00a0; sans barre\u00a0: aucun lieu n’offre ce service.'
            : '.') +
          cutNote(shown.length, far.rows.length),
    sources: [dto.fragility.source, directory(dto), dto.contoursSource],
    items: shown.map((r) => ({
      label: `${r.name} (${formatDecimal(r.score)})`,
      value: r.distanceKm,
      highlight: r.distanceKm === null,
    })),
    valueLabel: 'Distance au lieu le plus proche',
    format: 'km',
    // With distances missing (communes without contours), none measured is not « none »: the subtitle and the
    // figure say how many are unknown.
    none:
      far.status === 'computed'
        ? {
            headline: 'Aucune commune concernée',
            detail: `Aucune commune fragile n’est à ${formatDecimal(far.minDistanceKm)}\u00a0km ou plus d’un tel lieu.`,
          }
        : {
            headline: 'Aucune parmi les communes mesurées',
            detail: `${farUnknowns(far)
              .join(', ')
              .replace(/^./, (first) => first.toUpperCase())}.`,
          },
  };
}

/** The offer while the directory holds no place at all: not known, and how to make it known. */
export const OFFER_UNKNOWN: UnknownChartData = {
  reason: EMPTY_DIRECTORY,
  remedy: 'Importez ou saisissez les lieux de médiation.',
};

export function diagnosticCharts(dto: DiagnosticDto): ChartSpec[] {
  // An empty directory: every chart of the offer is « non renseigné », never bars at zero or « 100 % sans lieu ».
  const offer = offerUnmeasured(dto)
    ? <T extends ChartSpec>(spec: T | null) => spec && unknownChart(spec, OFFER_UNKNOWN)
    : <T extends ChartSpec>(spec: T | null) => spec;
  const charts: (ChartSpec | null)[] = [
    fragilityChart(dto),
    offer(placesPer10kChart(dto)),
    offer(fragilityOfferChart(dto)),
    offer(populationWithoutPlaceChart(dto)),
    offer(servicesChart(dto)),
    offer(publicsChart(dto)),
    offer(supportsChart(dto)),
    offer(programmesChart(dto)),
    offer(freshnessChart(dto)),
    offer(fragileAndFarChart(dto)),
  ];
  return charts.filter((chart): chart is ChartSpec => chart !== null);
}
