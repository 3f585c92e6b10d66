import type { PlaceOriginDto } from '../../../../shared/interop/placeOriginDto';
import { formatDate } from '../../../../shared/format/french';
import { isMadeUpId } from '../../../../shared/interop/madeUpId';

/** One line of « Ce que dit le fichier d’origine »: a French label and its value (a link when `href`). */
export interface PlaceOriginItem {
  label: string;
  value: string;
  href?: string;
}

/**
 * What a place's file said of it, as the record shows it, in the standard's order; empty values left out.
 * The date is the file's own (`date_maj`), said as such so that no one takes it for a check done here.
 */
export function placeOriginItems(origin: PlaceOriginDto): PlaceOriginItem[] {
  const items: (PlaceOriginItem | null)[] = [
    { label: 'Source', value: origin.source },
    origin.externalId
      ? {
          label: 'Identifiant dans le fichier',
          // An id Maillage made from the name, postcode and commune is not the file's: none is shown.
          value: isMadeUpId(origin.externalId) ? 'aucun (le fichier n’en donne pas)' : origin.externalId,
        }
      : null,
    {
      label: 'Mise à jour selon le fichier',
      value: origin.sourceUpdatedOn ? formatDate(origin.sourceUpdatedOn) : 'non indiquée',
    },
    origin.presentationSummary ? { label: 'Présentation', value: origin.presentationSummary } : null,
    origin.presentationDetail ? { label: 'Présentation détaillée', value: origin.presentationDetail } : null,
    origin.accessibilityUrl
      ? { label: 'Fiche Accès libre', value: origin.accessibilityUrl, href: origin.accessibilityUrl }
      : null,
  ];
  return items.filter((item): item is PlaceOriginItem => item !== null);
}
