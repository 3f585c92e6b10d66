import type { FileChild } from 'docx';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import {
  ACTIVITY_BLOCK_TITLE,
  ACTIVITY_NOT_FROZEN,
  NO_ACTIVITY,
  activityHeadline,
  activityPeriodText,
  activitySourcesText,
  familiesText,
  communesWithoutHelpText,
  notInTableText,
} from '../../../../shared/diagnostic/diagnosticActivity';
import { countLabel, formatDecimal, formatInteger, formatOneDecimal } from '../../../../shared/format/french';
import type { Outline } from '../outline';
import { body, note } from '../paragraphs';
import { dataTable } from '../tables';

/**
 * « L'activité des lieux de médiation » in the Word diagnostic: the headline the screen and the note de synthèse
 * write, the themes, the accompaniments per 1,000 inhabitants of each commune of residence, and the imports the
 * figures come from with their periods. An old frozen diagnostic says it has no such block.
 */
export function activityBlock(dto: DiagnosticDto, outline: Outline): FileChild[] {
  const heading = outline.heading(1, ACTIVITY_BLOCK_TITLE);
  const activity = dto.activity;
  if (activity === null) return [heading, body(ACTIVITY_NOT_FROZEN)];
  const period = activityPeriodText(activity);
  const figures = activity.figures;
  if (figures === null)
    return [
      heading,
      body(
        `${NO_ACTIVITY} (${period})\u00a0: aucun chiffre d’activité des structures n’est disponible pour cette période.`,
      ),
    ];
  const share = (value: number) =>
    figures.accompaniments > 0 ? `${formatDecimal((value / figures.accompaniments) * 100)}\u00a0%` : '';
  const blocks: FileChild[] = [
    heading,
    body(`${activityHeadline(figures)} (${period}).`),
    body(
      `${countLabel(figures.activities, 'activité')} (accompagnements individuels et ateliers collectifs). Un accompagnement est une personne aidée lors d’une activité\u00a0: un atelier de huit personnes en compte huit.`,
    ),
  ];
  const families = familiesText(figures);
  if (families !== null)
    blocks.push(
      body(
        `Par famille de thèmes\u00a0: ${families.charAt(0).toLocaleLowerCase('fr')}${families.slice(1)}. Une activité sur plusieurs thèmes compte pour chacun\u00a0: les familles peuvent dépasser le total.`,
      ),
    );
  if (figures.topThemes.length > 0)
    blocks.push(
      outline.heading(2, 'Les thèmes les plus fréquents'),
      dataTable({
        columns: [
          { title: 'Thème', share: 0.6 },
          { title: 'Accompagnements', share: 0.2, align: 'right' },
          { title: 'Part', share: 0.2, align: 'right' },
        ],
        rows: figures.topThemes.map((theme) => [
          theme.label,
          formatInteger(theme.accompaniments),
          share(theme.accompaniments),
        ]),
        zebra: true,
      }),
      note('Une activité sur deux thèmes compte dans chacun\u00a0: les parts ne s’additionnent pas.'),
    );
  const helped = figures.communes.filter((commune) => commune.accompaniments > 0);
  blocks.push(outline.heading(2, 'Les habitants accompagnés, par commune de résidence'));
  if (helped.length > 0)
    blocks.push(
      dataTable({
        columns: [
          { title: 'Commune', share: 0.4 },
          { title: 'Habitants', share: 0.16, align: 'right' },
          { title: 'Accompagnements', share: 0.24, align: 'right' },
          { title: 'Pour 1\u00a0000 habitants', share: 0.2, align: 'right' },
        ],
        rows: helped.map((commune) => [
          commune.name,
          commune.population === null ? null : formatInteger(commune.population),
          formatInteger(commune.accompaniments),
          commune.per1000 === null ? null : formatOneDecimal(commune.per1000),
        ]),
        zebra: true,
      }),
    );
  const without = communesWithoutHelpText(figures);
  if (without !== null) blocks.push(body(without));
  const elsewhere = notInTableText(figures, 'Ne figurent pas dans le tableau');
  if (elsewhere !== null) blocks.push(note(elsewhere));
  blocks.push(note(`Source\u00a0: ${activitySourcesText(figures)}. Population\u00a0: INSEE.`));
  return blocks;
}
