import { quoted } from '../../../../shared/format/french';
import { hrefOf } from '../../app/route';
import { Notice } from '../../ui/Notice';

/** Before any indicator is imported: what to bring, where to find it, where to import it. */
export function FragilityNotice({ indicatorCount = 0 }: { indicatorCount?: number }) {
  if (indicatorCount > 0)
    return (
      <Notice tone="info">
        <strong>Aucun indicateur n’est choisi pour lire la fragilité.</strong>{' '}
        {indicatorCount > 1 ? `${indicatorCount} indicateurs sont importés` : 'Un indicateur est importé'}
        &nbsp;: choisissez-le ci-dessous, dans {quoted('Lecture du diagnostic')}. Ce choix est enregistré avec
        le territoire et repris par les documents Word.
      </Notice>
    );
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
