import type { FileChild } from 'docx';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { countLabel, formatInteger } from '../../../../shared/format/french';
import { body } from '../paragraphs';
import { rankedCommunes, rankingTable } from './diagnosticTables';

const RANKING_ROWS = 20;

/**
 * The ranking's sentence and table: the first communes whose fragility is known; those whose fragility is not
 * known have no rank, and are counted (a file covering 7 communes of 35 padded the table with 13 unknowns).
 */
export function rankingBlocks(dto: DiagnosticDto): FileChild[] {
  const ranked = rankedCommunes(dto).length;
  const unknown = dto.ranking.length - ranked;
  const shown = Math.min(RANKING_ROWS, ranked);
  const unranked =
    unknown === 0
      ? ''
      : ` La fragilité de ${countLabel(unknown, 'commune')} n’est pas connue\u00a0: ${unknown === 1 ? 'elle n’est pas classée' : 'elles ne sont pas classées'} (détail en annexe).`;
  if (ranked === 0)
    return [body(`Aucune commune ne peut être classée\u00a0: la fragilité n’est connue pour aucune.`)];
  const first =
    shown === 1
      ? 'La première commune'
      : shown === ranked
        ? `Les ${formatInteger(shown)} communes classées`
        : `Les ${formatInteger(shown)} premières communes`;
  return [
    body(
      `Le classement croise la fragilité (la plus forte d’abord) et l’offre (la plus faible d’abord).${unranked} ${first}\u00a0:`,
    ),
    rankingTable(dto, RANKING_ROWS),
  ];
}
