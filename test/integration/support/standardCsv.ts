const HEADER =
  'id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv';

/** A standard v1 file of `count` places in Civray (CC du Civraisien en Poitou), ids `<prefix>-<n>`. */
export function standardCsv(count: number, prefix = 'lieu'): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `${prefix}-${i},,Lieu numéro ${i},Civray,86400,86078,${i} rue de la Gare,,,,ASSO,,,,Mo-Fr 09:00-12:00,,,Test,,,2026-01-15,Aide aux démarches administratives,,,Gratuit,,,,,,,`,
  );
  return [HEADER, ...rows].join('\n');
}
