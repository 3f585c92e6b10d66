import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { offerUnmeasured } from '../../../../shared/diagnostic/headlineFigures';
import { Notice } from '../../ui/Notice';

/** What a frozen diagnostic did not know the day it was frozen: said once, with nothing to do about it. */
export function FrozenGaps({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const gaps = [
    offerUnmeasured(diagnostic) ? 'l’annuaire ne recensait aucun lieu ni aucune permanence' : null,
    diagnostic.fragility ? null : 'la fragilité numérique des communes n’était pas connue',
  ].filter((gap): gap is string => gap !== null);
  if (gaps.length === 0) return null;
  return (
    <Notice tone="info">
      Ce jour-là, {gaps.join(', et ')}&nbsp;: les chiffres concernés restent «&nbsp;non renseigné&nbsp;» dans
      ce diagnostic figé.
    </Notice>
  );
}
