import type { ActorDto, ContactDto, PermanenceDto, PlaceDto } from '../../../../shared/actors/dto';
import { ACTOR_ROLES } from '../../../../shared/vocabularies/actorRoles';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { WEEKDAYS } from '../../../../shared/vocabularies/weekdays';
import { formatDate } from '../../../../shared/format/french';
import { formatPhone } from '../../../../shared/format/phone';
import { frenchTypography } from '../frenchTypography';
import { PALETTE, STYLE } from '../documentStyles';
import type { Agreement } from '../missing';
import { labelledXml, missingRunXml, noteXml, paragraphXml, headingXml } from '../paragraphXml';
import type { ReservedHeading } from '../outline';
import { andList, phraseList } from '../../../../shared/format/frenchList';
import { addressLine } from './postalAddress';

/**
 * One actor in the annuaire, in plain French: who it is, where, whom to call, and for each place what it
 * offers and when it is open. Key facts that are missing say « non renseigné »; optional ones are left out.
 * Written as WordprocessingML text (`paragraphXml.ts`): a 5,000-actor annuaire is 24 MB of it.
 */

function contactLine(contact: ContactDto): string {
  const who = contact.role
    ? `${contact.name}, ${contact.role.charAt(0).toLowerCase()}${contact.role.slice(1)}`
    : contact.name;
  return [who, formatPhone(contact.phone), contact.email].filter(Boolean).join(' — ');
}

function permanenceLine(permanence: PermanenceDto): string {
  const days = permanence.weekdays.map((day) => WEEKDAYS[day]);
  const when = days.length > 0 ? ` le ${andList(days)}` : '';
  const schedule = permanence.schedule ? ` (${lowerFirst(permanence.schedule)})` : '';
  return `à ${permanence.communeName}${when}${schedule}`;
}

const indented = { left: 284 };

/**
 * A « Libellé : valeur » line of an entry. Every line of an entry but the last (the date of verification)
 * stays with the next one, so that an actor's fiche is not split across two pages.
 */
const line = (
  label: string,
  value: string | null | undefined,
  agreement: Agreement = 'm',
  options: { indent?: boolean } = {},
) => labelledXml(label, value, agreement, { ...options, keepNext: true });

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

function bulletLine(text: string): string {
  return paragraphXml(
    { style: STYLE.body, keepNext: true, spacing: { after: 20 }, indent: { left: 568, hanging: 200 } },
    [`–\u00a0${frenchTypography(text)}`],
  );
}

/** The day codes of OpenStreetMap's opening hours (« Mo », « Tu-Fr », « PH off »). */
const OSM_CODES = /\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/;

function openingHours(place: PlaceDto): string[] {
  const reading = place.openingHoursReading;
  if (reading.status === 'valid') {
    return [
      paragraphXml({ style: STYLE.body, keepNext: true, spacing: { after: 20 }, indent: indented }, [
        { text: 'Horaires\u00a0:', color: PALETTE.muted },
      ]),
      ...reading.lines.map(bulletLine),
    ];
  }
  if (reading.status === 'invalid') {
    // Free French text (« du mardi au samedi ») is read as it stands; OpenStreetMap codes that do not read
    // (« Tu-Th 08:45-13:45 ; Mo 08:45-12:00-13:45 ») are not handed to the mayors.
    const codes = OSM_CODES.test(place.openingHours ?? '');
    return [
      line('Horaires (à confirmer auprès du lieu)', codes ? 'non lisibles' : place.openingHours, 'mp', {
        indent: true,
      }),
    ];
  }
  // A place seen only through its permanences (a bus on its rounds) is open when they say.
  if (place.permanences.length > 0) return [];
  return [line('Horaires', null, 'mp', { indent: true })];
}

/** « (itinérant) » after the place's name, or « — itinérant » after a name that ends in brackets already. */
const roving = (name: string) => (name.trimEnd().endsWith(')') ? ' — itinérant' : ' (itinérant)');

function placeBlock(actor: ActorDto, place: PlaceDto): string[] {
  const blocks: string[] = [
    paragraphXml({ style: STYLE.body, keepNext: true, spacing: { before: 80, after: 40 } }, [
      { text: frenchTypography(place.name), bold: true },
      ...(place.itinerance.includes('Itinérant') ? [{ text: roving(place.name), color: PALETTE.muted }] : []),
    ]),
  ];
  const address = addressLine(place);
  const actorAddress = addressLine(actor);
  if (address !== actorAddress || address === null) {
    blocks.push(line('Adresse', address, 'f', { indent: true }));
  }
  blocks.push(line('Services', phraseList(place.services), 'mp', { indent: true }));
  const welcome = [...place.accessModes, ...place.accompanimentModes];
  if (welcome.length > 0) blocks.push(line('Accueil', phraseList(welcome), 'm', { indent: true }));
  if (place.fees.length > 0) blocks.push(line('Tarifs', phraseList(place.fees), 'mp', { indent: true }));
  blocks.push(...openingHours(place));
  if (place.phone || place.email) {
    blocks.push(
      line('Joindre le lieu', [formatPhone(place.phone), place.email].filter(Boolean).join(' — '), 'm', {
        indent: true,
      }),
    );
  }
  if (place.bookingUrl) blocks.push(line('Prendre rendez-vous', place.bookingUrl, 'm', { indent: true }));
  for (const permanence of place.permanences) {
    blocks.push(line('Permanence', permanenceLine(permanence), 'f', { indent: true }));
  }
  return blocks;
}

/** The entry's XML, under its heading (reserved in the outline beforehand, in the document's order). */
export function actorEntry(actor: ActorDto, heading: ReservedHeading): string {
  const blocks: string[] = [headingXml(heading)];
  const kinds = [
    phraseList(actor.roles.map((role) => ACTOR_ROLES[role])),
    phraseList(actor.typologies.map(typologyLabel)),
  ].filter((part) => part !== '');
  if (kinds.length > 0) blocks.push(noteXml(kinds.join(' — '), { keepNext: true }));
  blocks.push(line('Adresse', addressLine(actor), 'f'));
  if (actor.contacts.length === 0) {
    blocks.push(line('Contact', null));
  } else if (actor.contacts.length === 1) {
    blocks.push(line('Contact', contactLine(actor.contacts[0]!)));
  } else {
    blocks.push(
      paragraphXml({ style: STYLE.body, keepNext: true, spacing: { after: 20 } }, [
        { text: 'Contacts\u00a0:', color: PALETTE.muted },
      ]),
      ...actor.contacts.map((contact) => bulletLine(contactLine(contact))),
    );
  }
  if (actor.website) blocks.push(line('Site web', actor.website));
  if (actor.publics.length > 0)
    blocks.push(line('Publics accueillis en particulier', phraseList(actor.publics)));
  if (actor.specificSupports.length > 0)
    blocks.push(line('Accompagnements adaptés', phraseList(actor.specificSupports)));
  const labels = [...actor.programmes, ...actor.labels, ...(actor.otherLabels ? [actor.otherLabels] : [])];
  if (labels.length > 0) blocks.push(line('Dispositifs et labels', labels.join(', ')));
  // No place is a gap to fill for a lieu de médiation, or for an actor whose roles are not said; a
  // prescripteur or a financeur (a CAF, a département) may well have no desk open to the public.
  const placesExpected = actor.roles.length === 0 || actor.roles.includes('lieu_mediation');
  if (actor.places.length === 0 && placesExpected) {
    blocks.push(
      paragraphXml({ style: STYLE.body, keepNext: true }, [
        { text: 'Lieux d’accueil\u00a0: ', color: PALETTE.muted },
        missingRunXml('mp'),
      ]),
    );
  }
  for (const place of actor.places) blocks.push(...placeBlock(actor, place));
  blocks.push(
    paragraphXml({ style: STYLE.source, spacing: { before: 60, after: 160 }, alignment: 'left' }, [
      actor.lastVerifiedOn
        ? `Informations vérifiées le ${formatDate(actor.lastVerifiedOn)}`
        : 'Informations jamais vérifiées auprès de l’acteur',
    ]),
  );
  return blocks.join('');
}
