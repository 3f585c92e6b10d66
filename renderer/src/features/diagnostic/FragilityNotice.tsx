import { quoted } from '../../../../shared/format/french';
import { hrefOf } from '../../app/route';
import { Notice } from '../../ui/Notice';

/** Before any indicator is imported: what to bring, where to find it, where to import it. */
export function FragilityNotice() {
  return (
    <Notice tone="info">
      <strong>La fragilité numérique des communes n’est pas encore connue.</strong> L’offre ci-dessous est
      calculée à partir de l’annuaire. Pour la croiser avec les besoins, téléchargez l’export de l’Indice de
      fragilité numérique de vos communes sur le site fragilite-numerique.fr (La MedNum), ou tout tableau par
      commune de l’INSEE, puis{' '}
      <a href={hrefOf({ name: 'indicators' })}>importez-le dans {quoted('Données des indicateurs')}</a>.
    </Notice>
  );
}
