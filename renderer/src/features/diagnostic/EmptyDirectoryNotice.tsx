import { hrefOf } from '../../app/route';
import { Notice } from '../../ui/Notice';

/** Before any place is in the directory: the offer is not measured yet, and how to fill the directory. */
export function EmptyDirectoryNotice() {
  return (
    <Notice tone="info">
      <strong>L’offre de médiation numérique n’est pas encore mesurée&nbsp;:</strong> l’annuaire ne recense
      aucun lieu ni aucune permanence. Ses chiffres restent «&nbsp;non renseigné&nbsp;» jusqu’à ce que vous{' '}
      <a href={hrefOf({ name: 'import' })}>importiez la cartographie nationale des lieux</a> ou{' '}
      <a href={hrefOf({ name: 'actorNew' })}>saisissiez un premier acteur</a>.
    </Notice>
  );
}
