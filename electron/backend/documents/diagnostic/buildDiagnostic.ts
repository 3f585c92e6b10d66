import { Paragraph, TextRun, type FileChild } from 'docx';
import type { FragilityDto } from '../../../../shared/diagnostic/diagnosticDto';
import { headlineFigures, offerUnmeasured } from '../../../../shared/diagnostic/headlineFigures';
import { CHART_IDS } from '../../../../shared/diagnostic/diagnosticCharts';
import {
  countLabel,
  formatDate,
  formatDecimal,
  formatInteger,
  quoted,
} from '../../../../shared/format/french';
import { formatSiren } from '../../../../shared/format/siren';
import { andList, phraseList } from '../../../../shared/format/frenchList';
import type { DocumentParts } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { STYLE } from '../documentStyles';
import { figure } from '../figures';
import { missingRun } from '../missing';
import { Outline } from '../outline';
import { inSentence } from '../inSentence';
import { body } from '../paragraphs';
import { rankingBlocks } from './rankingBlocks';
import type { DiagnosticData } from './readDiagnosticData';
import { commentary, unwritten } from './diagnosticCommentary';
import { CHART_MAX_HEIGHT, chartsOf } from './diagnosticFigures';
import { sourceText } from '../chartFigure';
import { activityBlock } from './activityBlock';
import {
  communesTable,
  communesWithoutPlaceTable,
  fragileAndFarTable,
  indicatorsTable,
  keyFiguresTable,
  programmesTable,
  servicesTable,
  sourcesTable,
} from './diagnosticTables';

/**
 * The diagnostic territorial for the conférence des maires: synthesis, territory, fragility (indicators with
 * their sources and years, chart, map), offer (map of the places, charts, tables), gaps, the commentary the
 * user wrote under each part, and the data per commune in annex. Built from data and PNGs only.
 */

/**
 * What the diagnostic crosses: fragility with the offer when a fragility indicator is chosen; otherwise it says
 * that it presents the offer only, rather than promise a crossing the document cannot show.
 */
function synthesisOpening(dto: DiagnosticData['diagnostic']): string {
  const communes = `des ${formatInteger(dto.territory.communeCount)} communes du territoire (${dto.territory.name})`;
  const offer = 'l’offre de médiation numérique recensée dans l’annuaire des acteurs';
  return dto.fragility
    ? `Ce diagnostic établi le ${formatDate(dto.today)} croise les fragilités numériques des habitants ${communes} avec ${offer}.`
    : `Ce diagnostic établi le ${formatDate(dto.today)} présente ${offer} ${communes}. Les fragilités numériques des habitants n’y sont pas encore mesurées\u00a0: aucun indicateur de fragilité n’est retenu.`;
}

function synthesis(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  return [
    outline.heading(1, 'Synthèse', { pageBreakBefore: true }),
    body(synthesisOpening(dto)),
    keyFiguresTable(dto),
    ...commentary(dto, 'synthese', outline),
    ...unwritten(dto),
  ];
}

function territory(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  const sorted = [...dto.communes].sort((a, b) => b.population - a.population);
  const largest = sorted.slice(0, 3).map((c) => `${c.name} (${formatInteger(c.population)})`);
  const small = dto.communes.filter((c) => c.population < 500).length;
  return [
    outline.heading(1, 'Le territoire'),
    body(
      `${dto.territory.name} (SIREN ${formatSiren(dto.territory.epciSiren)}) réunit ${countLabel(dto.territory.communeCount, 'commune')} et ${formatInteger(dto.territory.population)}\u00a0habitants (${sourceText(dto.territory.populationSource)}).`,
    ),
    ...(largest.length > 0
      ? [
          body(
            `Les communes les plus peuplées sont ${andList(largest)}. ${small === 0 ? 'Aucune commune ne compte' : countLabel(small, 'commune compte', 'communes comptent')} moins de 500 habitants.`,
          ),
        ]
      : []),
    body(`Le détail par commune (population, lieux${dto.fragility ? ', fragilité' : ''}) figure en annexe.`),
  ];
}

/** Which indicator tells fragility, under which name, read which way, on which scale. */
function fragilityReading(fragility: FragilityDto, communeCount: number): string {
  const lowerIsWorse = fragility.direction === 'lowerIsMoreFragile';
  const named =
    fragility.label === fragility.indicatorLabel
      ? `l’indicateur ${quoted(fragility.label)}`
      : `l’indicateur ${quoted(fragility.indicatorLabel)}, appelé ici ${quoted(fragility.label)}`;
  const direction = lowerIsWorse
    ? 'Plus sa valeur est basse, plus la commune est fragile.'
    : 'Plus sa valeur est élevée, plus la commune est fragile.';
  const scale =
    fragility.scale === 'score'
      ? lowerIsWorse
        ? 'Le score est retourné pour se lire de 1 (faible fragilité) à 10 (forte fragilité).'
        : 'Les valeurs sont des scores de 1 (faible fragilité) à 10 (forte fragilité).'
      : lowerIsWorse
        ? 'Les valeurs sont ramenées de 1 (la plus haute du territoire, la moins fragile) à 10 (la plus basse, la plus fragile).'
        : 'Les valeurs sont ramenées de 1 (la plus basse du territoire) à 10 (la plus haute).';
  return `La fragilité est lue dans ${named} (${sourceText(fragility.source)}), connu pour ${formatInteger(fragility.knownCount)} communes sur ${formatInteger(communeCount)}. ${direction} ${scale}`;
}

function fragility(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  const blocks: FileChild[] = [outline.heading(1, 'Les fragilités numériques')];
  if (!dto.fragility) {
    blocks.push(
      new Paragraph({
        style: STYLE.body,
        children: [new TextRun('Indicateur de fragilité\u00a0: '), missingRun('m')],
      }),
      body(
        dto.indicators.length === 0
          ? 'Aucun indicateur de fragilité numérique (Indice de fragilité numérique, données de l’INSEE par commune) n’est encore réuni pour ce territoire\u00a0: les communes les plus fragiles, leur carte et leur croisement avec l’offre ne peuvent pas encore être présentés.'
          : `${countLabel(dto.indicators.length, 'indicateur est disponible', 'indicateurs sont disponibles')} (tableau ci-dessous), mais aucun n’a encore été retenu pour mesurer la fragilité\u00a0: les communes les plus fragiles, leur carte et leur croisement avec l’offre ne peuvent pas encore être présentés.`,
      ),
    );
  } else {
    blocks.push(body(fragilityReading(dto.fragility, dto.territory.communeCount)));
  }
  if (dto.indicators.length > 0) {
    blocks.push(outline.heading(2, 'Indicateurs disponibles'), indicatorsTable(dto));
  }
  blocks.push(...chartsOf(data, [CHART_IDS.fragility]));
  if (data.fragilityMap) {
    blocks.push(
      outline.heading(2, 'Carte de la fragilité'),
      ...figure({
        png: data.fragilityMap,
        caption: `Carte\u00a0: ${inSentence(dto.fragility?.label ?? 'fragilité numérique')} par commune`,
        source: [
          dto.fragility ? sourceText(dto.fragility.source) : null,
          dto.contoursSource ? sourceText(dto.contoursSource) : null,
        ]
          .filter(Boolean)
          .join('\u00a0; '),
        description: `Carte des communes colorées selon leur fragilité (${dto.fragility?.label ?? 'fragilité numérique'})`,
        maxHeight: CHART_MAX_HEIGHT,
      }),
    );
  } else if (dto.fragility) {
    blocks.push(
      body(
        'Les contours des communes ne sont pas connus\u00a0: la carte de la fragilité ne peut pas être dressée.',
      ),
    );
  }
  blocks.push(...commentary(dto, 'fragilite', outline));
  return blocks;
}

function offer(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  const { totals, offeredNowhere } = dto.offer;
  const headline = headlineFigures(dto);
  const nameOf = new Map(dto.communes.map((commune) => [commune.code, commune.name]));
  if (offerUnmeasured(dto))
    return [
      outline.heading(1, 'L’offre de médiation numérique'),
      body(
        'L’annuaire ne recense encore aucun lieu de médiation numérique ni aucune permanence\u00a0: l’offre du territoire n’est pas encore mesurée, et ce diagnostic n’en donne aucun chiffre.',
      ),
      ...commentary(dto, 'offre', outline),
    ];
  const blocks: FileChild[] = [
    outline.heading(1, 'L’offre de médiation numérique'),
    body(
      `L’annuaire recense ${countLabel(totals.placeCount, 'lieu', 'lieux')} de médiation numérique sur le territoire, soit ${totals.placesPer10k === null ? 'un nombre non calculable de lieux' : `${formatDecimal(totals.placesPer10k)}\u00a0${totals.placesPer10k < 2 ? 'lieu' : 'lieux'}`} pour 10\u00a0000\u00a0habitants. ${countLabel(headline.communesWithoutOffer.value!, 'commune n’a', 'communes n’ont')} ni lieu ni permanence.`,
    ),
  ];
  if (totals.permanenceCount > 0) {
    const itinerant = dto.offer.communesItinerantOnly.map((code) => nameOf.get(code) ?? code);
    blocks.push(
      body(
        `Des permanences itinérantes s’ajoutent aux lieux fixes\u00a0: ${countLabel(totals.permanenceCount, 'permanence', 'permanences')}, ${headline.permanences.detail}${itinerant.length > 0 ? ` (${andList(itinerant)})` : ''}. ${totals.permanenceCount > 1 ? 'Elles comptent' : 'Elle compte'} dans l’offre de chaque commune desservie.`,
      ),
    );
  }
  if (totals.placesOutsideTerritory > 0) {
    blocks.push(
      body(
        `${countLabel(totals.placesOutsideTerritory, 'lieu de l’annuaire est situé', 'lieux de l’annuaire sont situés')} hors du territoire ou sans commune\u00a0: ils ne sont pas comptés.`,
      ),
    );
  }
  if (data.placesMap) {
    blocks.push(
      outline.heading(2, 'Carte des lieux'),
      ...figure({
        png: data.placesMap,
        caption: 'Carte\u00a0: les lieux de médiation numérique et les communes sans lieu',
        source: [sourceText(dto.directorySource), dto.contoursSource ? sourceText(dto.contoursSource) : null]
          .filter(Boolean)
          .join('\u00a0; '),
        description:
          'Carte des lieux de médiation numérique du territoire, colorés selon le rôle de l’acteur',
        maxHeight: CHART_MAX_HEIGHT,
      }),
    );
  } else if (!dto.contoursSource) {
    blocks.push(
      body(
        'Les contours des communes ne sont pas connus\u00a0: la carte des lieux ne peut pas être dressée.',
      ),
    );
  }
  const perCommune = chartsOf(data, [CHART_IDS.placesPer10k]);
  const drawn = data.charts.some((chart) => chart.spec.id === CHART_IDS.placesPer10k && chart.png);
  // A chart replaced by its sentence needs no heading of its own.
  if (perCommune.length > 0)
    blocks.push(...(drawn ? [outline.heading(2, 'Les lieux par commune')] : []), ...perCommune);
  // With no place at all, the zeros of each service, public and programme say nothing a sentence does not.
  const anyService = dto.offer.services.some((service) => service.placeCount > 0);
  if (!anyService && totals.placeCount === 0) {
    blocks.push(
      body(
        'Sans lieu recensé, aucun des 9 services de médiation numérique, aucun public particulier et aucun dispositif national (conseillers numériques, France Services, Aidants Connect) n’est présent sur le territoire.',
      ),
      ...commentary(dto, 'offre', outline),
    );
    return blocks;
  }
  blocks.push(outline.heading(2, 'Les services'), ...chartsOf(data, [CHART_IDS.services]));
  if (anyService) blocks.push(servicesTable(dto));
  if (anyService && offeredNowhere.services.length > 0) {
    // « offerts nulle part » only when every place lists its services; else « déclarés par aucun lieu ».
    const nowhere = headline.servicesNowhere;
    blocks.push(
      body(
        `${nowhere.label}\u00a0: ${phraseList(offeredNowhere.services)}${nowhere.detail ? ` (${nowhere.detail})` : ''}.`,
      ),
    );
  }
  const { conseillersNumeriques, franceServices, aidantsConnect } = dto.offer.keyProgrammes;
  const anyProgramme = [conseillersNumeriques, franceServices, aidantsConnect].some((p) => p.placeCount > 0);
  blocks.push(
    outline.heading(2, 'Publics, dispositifs et fraîcheur des informations'),
    ...chartsOf(data, [CHART_IDS.publics, CHART_IDS.programmes]),
    ...(anyProgramme ? [programmesTable(dto)] : []),
    ...chartsOf(data, [CHART_IDS.freshness]),
    ...commentary(dto, 'offre', outline),
  );
  return blocks;
}

/**
 * The communes fragile and far, or why they cannot be told: without contours no distance is known, and the
 * count is « non calculable », never « aucune ».
 */
function fragileAndFarBlocks(data: DiagnosticData): FileChild[] {
  const dto = data.diagnostic;
  const far = dto.fragileAndFar;
  const figure = headlineFigures(dto).fragileAndFar;
  const unknownNames = far.unknownDistance.map((c) => c.name).join(', ');
  if (far.status === 'notComputable')
    return [
      body(
        `Nombre de communes fragiles et loin\u00a0: ${figure.text}. Les contours des communes ne sont pas connus\u00a0: les distances ne peuvent pas être calculées\u00a0; ${countLabel(far.unknownDistance.length, 'commune fragile reste', 'communes fragiles restent')} à examiner\u00a0: ${unknownNames}.`,
      ),
    ];
  const blocks: FileChild[] =
    far.rows.length > 0
      ? [fragileAndFarTable(dto), ...chartsOf(data, [CHART_IDS.fragileAndFar])]
      : [
          body(
            far.status === 'partial'
              ? 'Aucune des communes dont la fragilité et la distance sont connues ne remplit ces deux conditions.'
              : 'Aucune commune ne remplit ces deux conditions.',
          ),
        ];
  if (far.unknownDistance.length > 0 && far.status === 'partial')
    blocks.push(
      body(
        `Distance inconnue, faute de contours, pour ${countLabel(far.unknownDistance.length, 'commune fragile', 'communes fragiles')}\u00a0: ${unknownNames}.`,
      ),
    );
  if ((far.unknownFragility ?? 0) > 0 && far.status === 'partial')
    blocks.push(
      body(
        `Fragilité inconnue pour ${countLabel(far.unknownFragility ?? 0, 'commune')}\u00a0: le fichier de l’indicateur ne les couvre pas.`,
      ),
    );
  if (far.status === 'partial')
    blocks.push(
      body(
        far.rows.length === 0
          ? 'Aucune commune fragile et loin n’est donc connue, sans que l’on puisse dire qu’il n’y en a aucune.'
          : `Le nombre de communes fragiles et loin est donc ${figure.text}.`,
      ),
    );
  return blocks;
}

function gaps(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  const far = dto.fragileAndFar;
  if (offerUnmeasured(dto))
    return [
      outline.heading(1, 'Les écarts entre besoins et offre'),
      body(
        'Sans lieu ni permanence recensés dans l’annuaire, les écarts entre les besoins et l’offre ne peuvent pas encore être établis.',
      ),
      ...commentary(dto, 'ecarts', outline),
    ];
  const blocks: FileChild[] = [
    outline.heading(1, 'Les écarts entre besoins et offre'),
    ...chartsOf(data, [CHART_IDS.populationWithoutPlace]),
  ];
  const without = dto.offer.communesWithoutPlace.length;
  if (without > 0 && without === dto.territory.communeCount) {
    // Every commune: the list would be the annex again.
    blocks.push(
      body(
        `Aucune des ${formatInteger(without)} communes n’a de lieu ni de permanence de médiation numérique (détail par commune en annexe).`,
      ),
    );
  } else if (without > 0) {
    blocks.push(outline.heading(2, 'Communes sans lieu ni permanence'), communesWithoutPlaceTable(dto));
  }
  blocks.push(...chartsOf(data, [CHART_IDS.fragilityOffer]));
  if (dto.fragility) {
    blocks.push(
      outline.heading(2, 'Communes les plus fragiles et les moins dotées'),
      ...rankingBlocks(dto),
      outline.heading(2, `Communes fragiles et loin d’un lieu ${quoted(far.service)}`),
      body(
        `Communes dont la fragilité atteint ${formatDecimal(far.minScore)} ou plus et dont le lieu le plus proche offrant ce service est à ${formatDecimal(far.minDistanceKm)}\u00a0km ou plus (à vol d’oiseau, depuis le centre de la commune).`,
      ),
      ...fragileAndFarBlocks(data),
    );
  }
  blocks.push(...commentary(dto, 'ecarts', outline));
  return blocks;
}

function annexes(data: DiagnosticData, outline: Outline): FileChild[] {
  const dto = data.diagnostic;
  const chartSources = data.charts.flatMap((chart) => chart.spec.sources);
  return [
    outline.heading(1, 'Annexe\u00a0: données par commune'),
    body(
      dto.fragility
        ? `Fragilité\u00a0: ${inSentence(dto.fragility.label)}, de 1 à 10 (10\u00a0= la plus fragile). Lieux\u00a0: lieux fixes de la commune, et permanences itinérantes tenues dans la commune par des lieux d’ailleurs. Rang\u00a0: position dans le croisement fragilité × offre (1\u00a0= la plus fragile et la moins dotée)\u00a0; une commune dont la fragilité n’est pas renseignée n’est pas classée (—).`
        : `Lieux\u00a0: lieux fixes de la commune, et permanences itinérantes tenues dans la commune par des lieux d’ailleurs. Faute d’indicateur de fragilité ${dto.indicators.length === 0 ? 'disponible' : 'retenu'}, le tableau ne donne ni la fragilité ni le rang des communes.`,
    ),
    communesTable(dto),
    outline.heading(1, 'Annexe\u00a0: sources'),
    sourcesTable(dto, chartSources),
  ];
}

export function diagnosticParts(context: DocumentContext, data: DiagnosticData): DocumentParts {
  const outline = new Outline();
  const content = [
    ...synthesis(data, outline),
    ...territory(data, outline),
    ...fragility(data, outline),
    ...offer(data, outline),
    ...activityBlock(data.diagnostic, outline),
    ...gaps(data, outline),
    ...annexes(data, outline),
  ];
  return {
    territoryName: context.territory.displayName,
    title: 'Diagnostic territorial',
    subtitle: data.frozen
      ? `Diagnostic figé le ${formatDate(data.frozen.frozenAt)}\u00a0: ${quoted(data.frozen.title)}`
      : 'Fragilités numériques et offre de médiation numérique',
    date: context.date,
    author: context.author,
    logo: context.logo,
    outline,
    contentsDepth: 2,
    body: content,
  };
}
