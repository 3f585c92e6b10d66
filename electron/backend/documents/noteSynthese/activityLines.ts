import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import {
  NO_ACTIVITY,
  activityHeadline,
  activityPeriodText,
  mostHelpedText,
} from '../../../../shared/diagnostic/diagnosticActivity';
import { countLabel, formatOneDecimal, quoted } from '../../../../shared/format/french';
import { andList } from '../../../../shared/format/frenchList';

/**
 * The activity of the médiateurs in one to three lines for the note de synthèse, from the diagnostic's activity
 * block (the same figures as the diagnostic, in the same words): the headline, the most frequent themes, the
 * communes whose inhabitants are the most and the least helped for their size.
 */
export function activityLines(diagnostic: DiagnosticDto): string[] {
  const activity = diagnostic.activity;
  if (activity === null) return ['Activité non disponible dans ce diagnostic figé.'];
  const period = activityPeriodText(activity);
  const figures = activity.figures;
  if (figures === null)
    return [
      `${NO_ACTIVITY} (${period})\u00a0: aucun chiffre d’activité des structures n’est disponible pour cette période.`,
    ];
  const lines = [`${activityHeadline(figures)} (${period}).`];
  const themes = figures.topThemes.slice(0, 3);
  if (themes.length > 0)
    lines.push(
      `Thèmes les plus fréquents\u00a0: ${andList(
        themes.map(
          (theme) => `${quoted(theme.label)} (${countLabel(theme.accompaniments, 'accompagnement')})`,
        ),
      )}.`,
    );
  const communes = mostHelpedText(figures, formatOneDecimal);
  if (communes !== null) lines.push(communes);
  return lines;
}
