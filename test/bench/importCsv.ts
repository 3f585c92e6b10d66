import { ITINERANCE, SPECIFIC_SUPPORTS } from '../../shared/vocabularies/lieuxMediation';
import { resolveCommuneCode } from '../../electron/backend/interop/import/communeIndex';
import type { SeedCommune } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes, randomFrom } from './seedActors';

/**
 * A « lieux de médiation numérique » v1.0.2 CSV for the import benchmark: one row per place of the bench's
 * actors (their services, typologies, opening hours, half with a SIRET), over a territory of 50 communes
 * whose INSEE codes are today's (the fictional bench codes that France gave to a merged commune are skipped).
 */

export const STANDARD_HEADERS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;

/** 50 bench communes whose code is a commune of today (so that the import finds them by INSEE code). */
export function importCommunes(count = 50): SeedCommune[] {
  return benchCommunes(count * 2)
    .filter((commune) => resolveCommuneCode(commune.code)?.code === commune.code)
    .slice(0, count);
}

const quoted = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV text of `count` places of the bench's actors. */
export function importFile(count: number, communes: SeedCommune[], today: string): { csv: string } {
  const r = randomFrom(7);
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  const lines = [STANDARD_HEADERS.join(',')];
  let index = 0;
  for (const actor of benchActors(count, communes, today)) {
    const place = actor.places[0]!;
    const commune = byCode.get(place.communeCode!)!;
    const latitude = 45 + r.next() * 0.5;
    const longitude = 5.5 + r.next() * 0.5;
    const supports = r.chance(0.2) ? r.some(SPECIFIC_SUPPORTS, 1, 2) : [];
    const itinerance = r.chance(0.3) ? [r.pick(ITINERANCE)] : [];
    const email = r.chance(0.5) ? `accueil${index}@example.fr` : null;
    const row: Record<(typeof STANDARD_HEADERS)[number], string> = {
      id: `bench-${index}`,
      pivot: actor.siret ?? '',
      nom: actor.name,
      commune: commune.name,
      code_postal: commune.postcodes[0]!,
      code_insee: commune.code,
      adresse: place.address ?? '',
      complement_adresse: r.chance(0.2) ? 'Bâtiment B, 1er étage' : '',
      latitude: latitude.toFixed(5),
      longitude: longitude.toFixed(5),
      typologie: actor.typologies.join('|'),
      telephone: place.phone?.replace(/ /g, '') ?? '',
      courriels: email ?? '',
      site_web: r.chance(0.3) ? `https://www.lieu-${index}.example.fr/` : '',
      horaires: place.openingHours ?? '',
      presentation_resume: r.chance(0.5)
        ? 'Accompagnement aux usages numériques, sur place et à distance.'
        : '',
      presentation_detail: '',
      source: 'Banc d’essai',
      itinerance: itinerance.join('|'),
      structure_parente: '',
      date_maj: actor.lastVerifiedOn ?? '',
      services: place.services.join('|'),
      publics_specifiquement_adresses: actor.publics.join('|'),
      prise_en_charge_specifique: supports.join('|'),
      frais_a_charge: place.fees.join('|'),
      dispositif_programmes_nationaux: actor.programmes.join('|'),
      formations_labels: actor.labels.join('|'),
      autres_formations_labels: '',
      modalites_acces: place.accessModes.join('|'),
      modalites_accompagnement: place.accompanimentModes.join('|'),
      fiche_acces_libre: '',
      prise_rdv: r.chance(0.1) ? 'https://www.rdv-solidarites.fr/' : '',
    };
    lines.push(STANDARD_HEADERS.map((header) => quoted(row[header])).join(','));
    index++;
  }
  return { csv: `${lines.join('\r\n')}\r\n` };
}
