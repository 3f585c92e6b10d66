import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { roleMatrix } from '../../../../shared/roadmap/roleMatrix';
import { roadmapFunding } from '../../../../shared/roadmap/fundingTotals';
import { formatEuros } from '../../../../shared/roadmap/roadmapDates';
import { remainingText } from '../../../../shared/roadmap/fundingAmountText';
import { countLabel, formatInteger, quoted } from '../../../../shared/format/french';

/**
 * What the conférence des maires is asked to decide, read from the roadmap's state: adopt the draft, name
 * the missing pilots, close the funding gap, gather the signatures. Pure, in the order a chair would take them.
 */
export function expectedDecisions(roadmap: RoadmapDto): string[] {
  const decisions: string[] = [];
  const hasActions = roadmap.chantiers.some((chantier) => chantier.actions.length > 0);
  if (roadmap.state === 'brouillon' && !hasActions) {
    decisions.push(
      'Lancer l’écriture de la feuille de route avec les membres de l’instance\u00a0: aucune action n’y est encore inscrite.',
    );
  } else if (roadmap.state === 'brouillon') {
    decisions.push(
      `Adopter la feuille de route (version ${roadmap.version}) et mandater la présidence pour la signer avec les membres de l’instance ${roadmap.instance ? quoted(roadmap.instance.name) : 'de coordination'}.`,
    );
  }
  const { actionsWithoutPilot } = roleMatrix(roadmap);
  if (actionsWithoutPilot.length > 0) {
    decisions.push(
      `Désigner un pilote pour ${countLabel(actionsWithoutPilot.length, 'action')}\u00a0: ${actionsWithoutPilot.map((a) => quoted(a.title)).join(', ')}.`,
    );
  }
  const { overall } = roadmapFunding(roadmap);
  if (overall.remaining !== null && overall.remaining > 0) {
    decisions.push(
      `Valider le plan de financement\u00a0: ${remainingText(overall.remaining, overall.remainingAtMost)} restent à trouver sur ${formatEuros(overall.budget)} de budget${overall.actionsWithoutBudget > 0 ? `\u00a0; ${countLabel(overall.actionsWithoutBudget, 'action n’a', 'actions n’ont')} pas encore de budget` : ''}.`,
    );
  }
  const unsigned = roadmap.signatures.filter((s) => s.status !== 'signe');
  if (roadmap.signatures.length > 0 && unsigned.length > 0) {
    decisions.push(
      unsigned.length === roadmap.signatures.length
        ? `Recueillir les signatures ${unsigned.length === 1 ? 'du membre signataire' : `des ${formatInteger(unsigned.length)}\u00a0membres signataires`}.`
        : `Recueillir les signatures de ${countLabel(unsigned.length, 'membre')} sur ${formatInteger(roadmap.signatures.length)}.`,
    );
  }
  return decisions;
}
