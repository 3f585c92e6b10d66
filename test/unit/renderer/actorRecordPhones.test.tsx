// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ActorDto, PlaceDto } from '../../../shared/actors/dto';
import { ActorRecordSections } from '../../../renderer/src/features/actors/ActorRecordSections';
import { useMountedRoot } from './support/mountedRoot';

const place: PlaceDto = {
  id: 11,
  name: 'France services de Tallard',
  address: '1 place du Commandant Dumont',
  addressComplement: null,
  postcode: '05130',
  communeCode: '05170',
  communeName: 'Tallard',
  latitude: null,
  longitude: null,
  services: [],
  accessModes: [],
  accompanimentModes: [],
  fees: [],
  itinerance: [],
  openingHours: null,
  openingHoursReading: { status: 'empty' },
  // As the national standard stores it, imported from another producer.
  phone: '+33492541014',
  email: null,
  bookingUrl: null,
  permanences: [],
};

const actor: ActorDto = {
  id: 7,
  name: 'France services de Tallard',
  siret: null,
  typologies: [],
  roles: [],
  address: null,
  addressComplement: null,
  postcode: null,
  communeCode: null,
  communeName: null,
  latitude: null,
  longitude: null,
  website: null,
  publics: [],
  specificSupports: [],
  programmes: [],
  labels: [],
  otherLabels: null,
  notes: null,
  lastVerifiedOn: null,
  freshness: 'never',
  contacts: [
    { id: 1, name: 'Agnès Roux', role: null, email: null, phone: '0492300400' },
    { id: 2, name: 'Accueil', role: null, email: null, phone: 'le matin seulement' },
  ],
  places: [place],
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-04-05T10:00:00.000Z',
};

describe('the phones of an actor’s record', () => {
  const mounted = useMountedRoot();

  it('reads every number in its French national form, and anything else as stored', () => {
    mounted.render(createElement(ActorRecordSections, { actor }));
    const text = mounted.text();
    expect(text).toContain('04 92 54 10 14');
    expect(text).not.toContain('+33492541014');
    expect(text).toContain('04 92 30 04 00');
    expect(text).toContain('le matin seulement');
  });

  it('says what a place without services or coordinates means, and shows a geocoder’s float rounded', () => {
    mounted.render(createElement(ActorRecordSections, { actor }));
    const text = mounted.text();
    expect(text).toContain('Non renseignés : le diagnostic compte ce lieu parmi ceux sans services');
    expect(text).toContain('Non renseignées : sur la carte, le lieu est au centre de sa commune');
    const located = {
      ...place,
      latitude: 44.6789998998257,
      longitude: 6.0827890112737615,
      services: ['Aide aux démarches administratives'],
    };
    mounted.render(createElement(ActorRecordSections, { actor: { ...actor, places: [located] } }));
    const filled = mounted.text();
    expect(filled).toContain('44,679 ; 6,082789');
    expect(filled).not.toMatch(/Non renseigné(e)?s :/);
  });

  it('shows the standard’s values with typographic apostrophes, which the export keeps straight', () => {
    const closed = {
      ...place,
      accessModes: ["Ce lieu n'accueille pas de public"] as PlaceDto['accessModes'],
    };
    const labelled = {
      ...actor,
      programmes: ["Point d'accès numérique CAF"] as ActorDto['programmes'],
      places: [closed],
    };
    mounted.render(createElement(ActorRecordSections, { actor: labelled }));
    const text = mounted.text();
    expect(text).toContain('Ce lieu n’accueille pas de public');
    expect(text).toContain('Point d’accès numérique CAF');
    expect(text).not.toMatch(/n'accueille|d'accès/);
  });

  it('writes a field of several values as one French phrase, as the Word annuaire does', () => {
    const welcoming = {
      ...place,
      accessModes: ['Se présenter', 'Téléphoner', 'Contacter par mail'] as PlaceDto['accessModes'],
      accompanimentModes: [
        'Accompagnement individuel',
        'Dans un atelier collectif',
      ] as PlaceDto['accompanimentModes'],
    };
    const open = {
      ...actor,
      publics: ['Jeunes', 'Familles et/ou enfants'] as ActorDto['publics'],
      specificSupports: ['Illettrisme', 'Langues étrangères (anglais)'] as ActorDto['specificSupports'],
      places: [welcoming],
    };
    mounted.render(createElement(ActorRecordSections, { actor: open }));
    const text = mounted.text();
    expect(text).toContain('Se présenter, téléphoner, contacter par mail');
    expect(text).toContain('Accompagnement individuel, dans un atelier collectif');
    expect(text).toContain('Jeunes, familles et/ou enfants');
    expect(text).toContain('Illettrisme, langues étrangères (anglais)');
  });
});
