import { describe, expect, it } from 'vitest';
import type { ActorDto } from '../../../shared/actors/dto';
import { actorInput } from '../../../shared/actors/schemas';
import {
  actorFormFromDto,
  actorInputFromDto,
  actorInputFromForm,
  emptyActorForm,
  emptyContact,
  emptyPermanence,
  emptyPlace,
  formSnapshot,
  parseCoordinate,
  type ActorForm,
} from '../../../renderer/src/features/actors/actorFormModel';
import {
  communeOptions,
  movePlace,
  postcodeForCommune,
  updatePlace,
} from '../../../renderer/src/features/actors/actorFormEdits';
import {
  dropErrorsUnder,
  forgetErrorAt,
  liveSiretProblem,
  sortErrors,
  validateActorInput,
} from '../../../renderer/src/features/actors/actorFormErrors';

const actor: ActorDto = {
  id: 7,
  name: 'Médiathèque de Gençay',
  siret: '43493312300029',
  typologies: ['BIB', 'CODE_DISPARU'],
  roles: ['lieu_mediation', 'operateur'],
  address: '1 place du Marché',
  addressComplement: null,
  postcode: '86160',
  communeCode: '86103',
  communeName: 'Gençay',
  latitude: 46.37,
  longitude: 0.405,
  website: 'https://mediatheque.example.fr',
  publics: ['Seniors'],
  specificSupports: [],
  programmes: ['Conseillers numériques'],
  labels: [],
  otherLabels: null,
  notes: 'Accueil le mardi.',
  lastVerifiedOn: '2025-04-05',
  freshness: 'over12',
  contacts: [
    { id: 3, name: 'Claire Martin', role: 'Conseillère numérique', email: null, phone: '05 49 00 00 00' },
  ],
  places: [
    {
      id: 11,
      name: 'Médiathèque',
      address: '1 place du Marché',
      addressComplement: null,
      postcode: '86160',
      communeCode: '86103',
      communeName: 'Gençay',
      latitude: null,
      longitude: null,
      services: ['Aide aux démarches administratives'],
      accessModes: ['Se présenter'],
      accompanimentModes: ['Accompagnement individuel'],
      fees: ['Gratuit'],
      itinerance: ['Fixe', 'Itinérant'],
      openingHours: 'Tu,Th 09:00-12:00',
      openingHoursReading: { status: 'valid', lines: ['mardi et jeudi : 9 h – 12 h'] },
      phone: null,
      email: 'contact@mediatheque.example.fr',
      bookingUrl: null,
      permanences: [
        {
          id: 5,
          communeCode: '86009',
          communeName: 'Aslonnes',
          weekdays: ['Tu'],
          schedule: '1er mardi du mois',
        },
      ],
    },
  ],
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-04-05T10:00:00.000Z',
};

const named = (name: string): ActorForm => ({ ...emptyActorForm('2026-04-05'), name });

describe('an actor sent back unchanged', () => {
  it('keeps every stored value, place ids included, so that « Marquer comme vérifiée » loses nothing', () => {
    const input = actorInputFromDto(actor);
    expect(input).toMatchObject({
      name: 'Médiathèque de Gençay',
      siret: '43493312300029',
      roles: ['lieu_mediation', 'operateur'],
      postcode: '86160',
      communeCode: '86103',
      latitude: 46.37,
      longitude: 0.405,
      website: 'https://mediatheque.example.fr',
      programmes: ['Conseillers numériques'],
      notes: 'Accueil le mardi.',
      lastVerifiedOn: '2025-04-05',
      contacts: [
        { name: 'Claire Martin', role: 'Conseillère numérique', email: null, phone: '05 49 00 00 00' },
      ],
    });
    expect(input.places?.[0]).toMatchObject({
      id: 11,
      itinerance: ['Fixe', 'Itinérant'],
      openingHours: 'Tu,Th 09:00-12:00',
      email: 'contact@mediatheque.example.fr',
      permanences: [{ communeCode: '86009', weekdays: ['Tu'], schedule: '1er mardi du mois' }],
    });
    expect(actorInput.safeParse(input).success).toBe(true);
  });

  it('drops a typology code the vocabulary no longer knows (the backend would refuse the whole save)', () => {
    expect(actorInputFromDto(actor).typologies).toEqual(['BIB']);
  });
});

describe('from the form to the input', () => {
  it('turns blank text into null and trims the rest', () => {
    const form = { ...named('  Centre social  '), address: '   ', website: ' https://cs.example.fr ' };
    const { input, errors } = actorInputFromForm(form);
    expect(errors).toEqual({});
    expect(input.name).toBe('Centre social');
    expect(input.address).toBeNull();
    expect(input.siret).toBeNull();
    expect(input.website).toBe('https://cs.example.fr');
    expect(input.lastVerifiedOn).toBe('2026-04-05');
  });

  it('reads coordinates typed with a decimal comma', () => {
    const { input, errors } = actorInputFromForm({ ...named('A'), latitude: '46,5801', longitude: '-0,34' });
    expect(errors).toEqual({});
    expect(input.latitude).toBe(46.5801);
    expect(input.longitude).toBe(-0.34);
  });

  it('shows stored coordinates with a decimal comma', () => {
    const form = actorFormFromDto(actor);
    expect(form.latitude).toBe('46,37');
    expect(form.longitude).toBe('0,405');
  });

  it('refuses a coordinate that is not a number, at the path of its field', () => {
    const form = updatePlace(
      { ...named('A'), latitude: '46°N', places: [{ ...emptyPlace(), name: 'Lieu', longitude: 'abc' }] },
      0,
      {},
    );
    const { errors } = actorInputFromForm(form);
    expect(Object.keys(errors).sort()).toEqual(['latitude', 'places.0.longitude']);
  });

  it('sends a new place without id and a stored place with its id', () => {
    const form = actorFormFromDto(actor);
    form.places.push({ ...emptyPlace(), name: 'Nouveau lieu' });
    const places = actorInputFromForm(form).input.places ?? [];
    expect(places[0]?.id).toBe(11);
    expect(places[1]).not.toHaveProperty('id');
  });
});

describe('coordinates as typed', () => {
  it('accept both decimal separators and spaces, and nothing else', () => {
    expect(parseCoordinate('')).toEqual({ ok: true, value: null });
    expect(parseCoordinate(' 46.5 ')).toEqual({ ok: true, value: 46.5 });
    expect(parseCoordinate('0,340\u00a05')).toEqual({ ok: true, value: 0.3405 });
    expect(parseCoordinate('46,5,8')).toEqual({ ok: false });
    expect(parseCoordinate('N46')).toEqual({ ok: false });
  });
});

describe('the checks made before sending', () => {
  it('name the same fields the backend names, down to a contact or a place', () => {
    const form: ActorForm = {
      ...named(''),
      siret: '12345678901234',
      contacts: [emptyContact(), { ...emptyContact(), name: 'Paul', email: 'paul@' }],
      places: [{ ...emptyPlace(), name: 'Lieu', permanences: [emptyPermanence()] }],
    };
    const errors = validateActorInput(actorInputFromForm(form).input);
    expect(errors.name).toBe('Le nom est obligatoire.');
    expect(errors.siret).toMatch(/clé de contrôle/);
    expect(errors['contacts.0.name']).toBe('Le nom du contact est obligatoire.');
    expect(errors['contacts.1.email']).toMatch(/courriel invalide/);
    expect(errors['places.0.permanences.0.communeCode']).toBe('Choisissez la commune de la permanence.');
    expect(errors['places.0.permanences.0.weekdays']).toBe('Indiquez au moins un jour de permanence.');
  });

  it('let a complete actor through', () => {
    expect(validateActorInput(actorInputFromForm(named('Maison France Services')).input)).toEqual({});
  });

  it('put the first field on screen first, and keep apart the errors no field shows', () => {
    const form: ActorForm = { ...named(''), contacts: [emptyContact()], places: [emptyPlace()] };
    const { shown, unplaced } = sortErrors(form, {
      notes: 'x',
      'places.0.name': 'x',
      'contacts.0.email': 'x',
      siret: 'x',
      'typologies.3': 'x',
    });
    expect(shown).toEqual(['siret', 'contacts.0.email', 'places.0.name', 'notes']);
    expect(unplaced).toEqual(['typologies.3']);
  });
});

describe('editing places', () => {
  const three: ActorForm = {
    ...named('A'),
    places: ['Premier', 'Deuxième', 'Troisième'].map((name) => ({ ...emptyPlace(), name })),
  };
  const names = (form: ActorForm) => form.places.map((place) => place.name);

  it('moves a place up or down', () => {
    expect(names(movePlace(three, 2, -1))).toEqual(['Premier', 'Troisième', 'Deuxième']);
    expect(names(movePlace(three, 0, 1))).toEqual(['Deuxième', 'Premier', 'Troisième']);
  });

  it('does nothing past either end', () => {
    expect(names(movePlace(three, 0, -1))).toEqual(['Premier', 'Deuxième', 'Troisième']);
    expect(names(movePlace(three, 2, 1))).toEqual(['Premier', 'Deuxième', 'Troisième']);
  });

  it('saves the places in their new order', () => {
    const input = actorInputFromForm(movePlace(three, 1, -1)).input;
    expect(input.places?.map((place) => place.name)).toEqual(['Deuxième', 'Premier', 'Troisième']);
  });

  it('forgets the row errors once rows move, since they would point at the wrong row', () => {
    expect(dropErrorsUnder({ name: 'a', 'places.1.name': 'b', 'places.0.postcode': 'c' }, 'places.')).toEqual(
      {
        name: 'a',
      },
    );
  });
});

describe('knowing whether something changed', () => {
  it('sees a change of a value but not new row keys', () => {
    const first = actorFormFromDto(actor);
    const again = actorFormFromDto(actor);
    expect(first.places[0]?.key).not.toBe(again.places[0]?.key);
    expect(formSnapshot(first)).toBe(formSnapshot(again));
    expect(formSnapshot({ ...first, notes: 'autre' })).not.toBe(formSnapshot(again));
  });
});

describe('communes', () => {
  const gencay = { postcodes: ['86160'] };
  it('fill in the postcode when the commune has one and the typed one is not among its postcodes', () => {
    expect(postcodeForCommune('', gencay)).toBe('86160');
    expect(postcodeForCommune('75001', gencay)).toBe('86160');
    expect(postcodeForCommune('86160', gencay)).toBe('86160');
    expect(postcodeForCommune('86000', { postcodes: ['86000', '86001'] })).toBe('86000');
    expect(postcodeForCommune('86160', { postcodes: [] })).toBe('86160');
    expect(postcodeForCommune('86160', undefined)).toBe('86160');
  });

  it('list the territory’s communes by name and keep a stored commune from outside it', () => {
    const communes = [
      { code: '86194', name: 'Poitiers', population: 1, postcodes: [] },
      { code: '86009', name: 'Aslonnes', population: 1, postcodes: [] },
    ];
    expect(communeOptions(communes, null).map((c) => c.name)).toEqual(['Aslonnes', 'Poitiers']);
    const withOutside = communeOptions(communes, { code: '79191', name: 'Niort' });
    expect(withOutside[0]).toEqual({ code: '79191', name: 'Niort (79)' });
    expect(communeOptions(communes, { code: '86194', name: 'Poitiers' })).toHaveLength(2);
  });
});

describe('the SIRET while typing', () => {
  it('waits for 14 digits or for the user to leave the field', () => {
    expect(liveSiretProblem('434 933', false)).toBeNull();
    expect(liveSiretProblem('434 933', true)).toBe('Le SIRET compte 14 chiffres (ici 6).');
    expect(liveSiretProblem('434 933 123 00028', false)).toMatch(/clé de contrôle/);
    expect(liveSiretProblem('434 933 123 00029', false)).toBeNull();
    expect(liveSiretProblem('', true)).toBeNull();
  });

  it('says at once when letters are typed', () => {
    expect(liveSiretProblem('43A', false)).toBe('Le SIRET ne contient que des chiffres.');
  });
});

describe('forgetting the error of an edited field', () => {
  const errors = { name: 'a', 'places.1.name': 'b', 'places.0.postcode': 'c' };
  it('drops the field’s own error and keeps the others', () => {
    expect(forgetErrorAt(errors, 'name')).toEqual({ 'places.1.name': 'b', 'places.0.postcode': 'c' });
  });
  it('drops every error below a path ending in a dot', () => {
    expect(forgetErrorAt(errors, 'places.')).toEqual({ name: 'a' });
  });
  it('keeps the same object when the field had no error', () => {
    expect(forgetErrorAt(errors, 'siret')).toBe(errors);
  });
});
