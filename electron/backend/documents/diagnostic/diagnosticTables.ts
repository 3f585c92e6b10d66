import type { FileChild } from 'docx';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import {
  EMPTY_DIRECTORY,
  headlineFigures,
  offerUnmeasured,
} from '../../../../shared/diagnostic/headlineFigures';
import { communeOfferTexts, offerText, rankText } from '../../../../shared/diagnostic/diagnosticFigures';
import { FRAGILITY_DIRECTION_LABELS } from '../../../../shared/diagnostic/indicatorSchemas';
import { formatDecimal, formatInteger, formatOneDecimal } from '../../../../shared/format/french';
import { dataTable } from '../tables';
import { ACTIVITY_SOURCE_LABEL, activityPeriodText } from '../../../../shared/diagnostic/diagnosticActivity';

/** The tables of the diagnostic report, each from the diagnostic's data alone. */

const decimalOrMissing = (value: number | null) => (value === null ? null : formatDecimal(value));
/** Fragility scores always with one decimal (« 8,0 » beside « 8,6 »), or « non renseigné ». */
const scoreOrMissing = (value: number | null) => (value === null ? null : formatOneDecimal(value));
const sourceText = (source: { label: string; year: number | null }) =>
  source.year === null ? source.label : `${source.label} (${source.year})`;
const percent = (share: number) => `${formatDecimal(share * 100)}\u00a0%`;

/** The figures a mayor remembers, with their source: the headline figures, written as the screen writes them. */
export function keyFiguresTable(dto: DiagnosticDto): FileChild {
  const { totals } = dto.offer;
  const headline = headlineFigures(dto);
  const directory = sourceText(dto.directorySource);
  const fragilitySource = dto.fragility ? sourceText(dto.fragility.source) : headline.veryFragile.detail;
  // An empty directory: the offer's figures are « non renseigné » (null), its source says why.
  const unmeasured = offerUnmeasured(dto);
  const offerSource = unmeasured ? `${directory} (${EMPTY_DIRECTORY})` : directory;
  const rows: (string | null)[][] = [
    ['Communes', formatInteger(dto.territory.communeCount), sourceText(dto.territory.populationSource)],
    ['Habitants', formatInteger(dto.territory.population), sourceText(dto.territory.populationSource)],
    [headline.places.label, unmeasured ? null : headline.places.text, offerSource],
    [
      'Lieux pour 10\u00a0000\u00a0habitants',
      unmeasured ? null : decimalOrMissing(totals.placesPer10k),
      offerSource,
    ],
    [
      headline.permanences.label,
      unmeasured ? null : headline.permanences.text,
      unmeasured ? offerSource : `${directory} (${headline.permanences.detail})`,
    ],
    [
      headline.communesWithoutOffer.label,
      unmeasured
        ? null
        : `${headline.communesWithoutOffer.text} (${formatInteger(dto.offer.populationWithoutPlace)}\u00a0habitants, ${percent(dto.offer.populationWithoutPlaceShare)})`,
      offerSource,
    ],
    [
      headline.servicesNowhere.label,
      // « non renseigné » (null) with an empty directory, or when no place lists its services.
      headline.servicesNowhere.value === null ? null : headline.servicesNowhere.text,
      unmeasured || !headline.servicesNowhere.detail
        ? offerSource
        : `${directory} (${headline.servicesNowhere.detail})`,
    ],
    // Without an indicator the figure is « non renseigné »; its source says why.
    [headline.veryFragile.label, dto.fragility ? headline.veryFragile.text : null, fragilitySource],
    [
      headline.fragileAndFar.label,
      dto.fragility && !unmeasured ? headline.fragileAndFar.text : null,
      dto.fragility && unmeasured
        ? offerSource
        : headline.fragileAndFar.value === null && dto.fragility
          ? headline.fragileAndFar.detail
          : fragilitySource,
    ],
  ];
  return dataTable({
    columns: [
      { title: 'Chiffre clé', share: 4.2 },
      { title: 'Valeur', share: 2.6, align: 'right' },
      { title: 'Source', share: 3.2 },
    ],
    rows,
    zebra: true,
  });
}

export function indicatorsTable(dto: DiagnosticDto): FileChild {
  return dataTable({
    columns: [
      { title: 'Indicateur', share: 3.4 },
      { title: 'Source', share: 2.6 },
      { title: 'Année', share: 0.9, align: 'right' },
      { title: 'Communes renseignées', share: 1.5, align: 'right' },
      { title: 'Sens de lecture', share: 2 },
    ],
    rows: dto.indicators.map((indicator) => [
      indicator.unit ? `${indicator.label} (${indicator.unit})` : indicator.label,
      indicator.source.label,
      indicator.source.year === null ? null : String(indicator.source.year),
      `${formatInteger(indicator.valueCount)}\u00a0/\u00a0${formatInteger(dto.territory.communeCount)}`,
      FRAGILITY_DIRECTION_LABELS[indicator.direction],
    ]),
    zebra: true,
  });
}

export function servicesTable(dto: DiagnosticDto): FileChild {
  return dataTable({
    columns: [
      { title: 'Service', share: 6 },
      { title: 'Lieux', share: 1.5, align: 'right' },
      // With the communes where a visiting place holds a permanence: they can outnumber the places.
      { title: 'Communes desservies', share: 1.8, align: 'right' },
    ],
    rows: dto.offer.services.map((coverage) => [
      coverage.value,
      formatInteger(coverage.placeCount),
      formatInteger(coverage.communeCount),
    ]),
    zebra: true,
  });
}

export function programmesTable(dto: DiagnosticDto): FileChild {
  const { keyProgrammes } = dto.offer;
  return dataTable({
    columns: [
      { title: 'Dispositif', share: 6 },
      { title: 'Lieux', share: 1.5, align: 'right' },
      // With the communes where a visiting place holds a permanence: they can outnumber the places.
      { title: 'Communes desservies', share: 1.8, align: 'right' },
    ],
    rows: [
      keyProgrammes.conseillersNumeriques,
      keyProgrammes.franceServices,
      keyProgrammes.aidantsConnect,
    ].map((coverage) => [
      coverage.value,
      formatInteger(coverage.placeCount),
      formatInteger(coverage.communeCount),
    ]),
    zebra: true,
  });
}

/** Communes without a place, most populated first. */
export function communesWithoutPlaceTable(dto: DiagnosticDto): FileChild {
  const byCode = new Map(dto.communes.map((commune) => [commune.code, commune]));
  // Without a fragility indicator the column would say « non renseigné » on every line: it is left out.
  const withFragility = dto.fragility !== null;
  return dataTable({
    columns: [
      { title: 'Commune sans lieu ni permanence', share: 5 },
      { title: 'Habitants', share: 2, align: 'right' },
      ...(withFragility ? [{ title: 'Fragilité', share: 2, align: 'right' as const }] : []),
    ],
    rows: dto.offer.communesWithoutPlace.map((code) => {
      const commune = byCode.get(code);
      return [
        commune?.name ?? code,
        commune ? formatInteger(commune.population) : null,
        ...(withFragility ? [scoreOrMissing(commune?.fragilityScore ?? null)] : []),
      ];
    }),
    zebra: true,
  });
}

/** The first communes of the fragility × offer ranking. */
/** The communes the ranking can place: those whose fragility is known, in rank order. */
export const rankedCommunes = (dto: DiagnosticDto) => dto.ranking.filter((row) => row.score !== null);

/** The first `count` ranked communes (none whose fragility is unknown: they have no rank). */
export function rankingTable(dto: DiagnosticDto, count: number): FileChild {
  return dataTable({
    columns: [
      { title: 'Rang', share: 0.9, align: 'right' },
      { title: 'Commune', share: 4 },
      { title: 'Habitants', share: 1.6, align: 'right' },
      { title: 'Fragilité', share: 1.4, align: 'right' },
      { title: 'Lieux', share: 1.6, align: 'right' },
      { title: 'Lieux et permanences pour 10\u00a0000\u00a0hab.', share: 2, align: 'right' },
    ],
    rows: rankedCommunes(dto)
      .slice(0, count)
      .map((row) => [
        rankText(row.rank, row.score),
        row.name,
        formatInteger(row.population),
        scoreOrMissing(row.score),
        offerText(row.placeCount, row.permanenceCount),
        decimalOrMissing(row.accessPointsPer10k),
      ]),
    zebra: true,
  });
}

export function fragileAndFarTable(dto: DiagnosticDto): FileChild {
  return dataTable({
    columns: [
      { title: 'Commune', share: 3.4 },
      { title: 'Habitants', share: 1.4, align: 'right' },
      { title: 'Fragilité', share: 1.2, align: 'right' },
      { title: 'Distance', share: 1.3, align: 'right' },
      { title: 'Lieu le plus proche', share: 3.7 },
    ],
    rows: dto.fragileAndFar.rows.map((row) => [
      row.name,
      formatInteger(row.population),
      formatOneDecimal(row.score),
      row.distanceKm === null ? 'aucun lieu' : `${formatDecimal(row.distanceKm)}\u00a0km`,
      row.nearestPlaceName ?? 'aucun lieu n’offre ce service',
    ]),
    zebra: true,
  });
}

/** Every commune, in alphabetical order: the annex. */
export function communesTable(dto: DiagnosticDto): FileChild {
  const french = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const withFragility = dto.fragility !== null;
  return dataTable({
    columns: [
      { title: 'Commune', share: 2.6 },
      { title: 'Habitants', share: 1.2, align: 'right' },
      // Wide enough for « 1 permanence itinérante » and « 2 + 1 permanence » on one line.
      { title: 'Lieux', share: 2.4, align: 'right' },
      { title: 'Lieux pour 10\u00a0000\u00a0hab.', share: 1.4, align: 'right' },
      { title: 'Services sur 9', share: 1.1, align: 'right' },
      ...(withFragility
        ? [
            // Wide enough for « non renseigné » on one line.
            { title: 'Fragilité', share: 1.7, align: 'right' as const },
            { title: 'Rang', share: 0.9, align: 'right' as const },
          ]
        : []),
    ],
    rows: [...dto.communes]
      .sort((a, b) => french.compare(a.name, b.name))
      .map((commune) => {
        // The screen's table writes the same cells: « non renseigné » (null) while the offer is not known.
        const offer = communeOfferTexts(dto, commune);
        return [
          commune.name,
          formatInteger(commune.population),
          offer.places,
          offer.placesPer10k,
          offer.services,
          ...(withFragility
            ? [scoreOrMissing(commune.fragilityScore), rankText(commune.rank, commune.fragilityScore)]
            : []),
        ];
      }),
    zebra: true,
  });
}

/** Every source the report quotes, once. */
export function sourcesTable(
  dto: DiagnosticDto,
  chartSources: { label: string; year: number | null }[],
): FileChild {
  const seen = new Map<string, string[]>();
  const add = (source: { label: string; year: number | null }, use: string) => {
    const key = sourceText(source);
    seen.set(key, [...(seen.get(key) ?? []), use]);
  };
  add(dto.territory.populationSource, 'population des communes');
  add(dto.directorySource, 'lieux, services, publics, dispositifs');
  for (const indicator of dto.indicators) add(indicator.source, indicator.label);
  if (dto.contoursSource) add(dto.contoursSource, 'contours des communes (cartes, distances)');
  // The activity block: the imports, each with its structure and period, are listed under the block itself.
  if (dto.activity?.figures)
    add(
      { label: ACTIVITY_SOURCE_LABEL, year: null },
      `activité des lieux de médiation, ${activityPeriodText(dto.activity)}`,
    );
  for (const source of chartSources) if (!seen.has(sourceText(source))) add(source, 'graphiques');
  return dataTable({
    columns: [
      { title: 'Source', share: 5 },
      { title: 'Utilisée pour', share: 5 },
    ],
    rows: [...seen.entries()].map(([source, uses]) => [source, [...new Set(uses)].join('\u00a0; ')]),
    zebra: true,
  });
}
