import { describe, expect, it } from 'vitest';
import type { ActorDto } from '../../../shared/actors/dto';
import { reportRows, rowLabel } from '../../../renderer/src/features/export/exportReport';
import {
  defaultChoices,
  differs,
  fieldText,
  mergeInput,
} from '../../../renderer/src/features/duplicates/mergeModel';

const actor = (overrides: Partial<ActorDto>): ActorDto => ({
  id: 1,
  name: 'Médiathèque',
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
  contacts: [],
  places: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('export report', () => {
  it('groups the problems of one row, with French field names and a capital letter', () => {
    const rows = reportRows([
      { actorId: 1, actorName: 'CIDFF', placeName: null, field: 'pivot', message: 'le SIRET manque.' },
      { actorId: 1, actorName: 'CIDFF', placeName: null, field: 'adresse', message: 'l’adresse manque.' },
      {
        actorId: 2,
        actorName: 'Mairie',
        placeName: 'Accueil',
        field: 'code_postal',
        message: 'le code manque.',
      },
    ]);
    expect(rows.map((row) => [rowLabel(row), row.reasons])).toEqual([
      [
        'CIDFF',
        [
          { field: 'SIRET', message: 'Le SIRET manque.' },
          { field: 'Adresse', message: 'L’adresse manque.' },
        ],
      ],
      ['Accueil (Mairie)', [{ field: 'Code postal', message: 'Le code manque.' }]],
    ]);
  });

  it('never writes two pairs of brackets', () => {
    expect(
      rowLabel({ actorName: 'Bus numérique du Civraisien', placeName: 'Bus (tournée des communes)' }),
    ).toBe('Bus (tournée des communes) — Bus numérique du Civraisien');
  });
});

describe('merge model', () => {
  const left = actor({
    id: 3,
    name: 'Centre social',
    website: null,
    lastVerifiedOn: '2025-01-01',
    typologies: ['CS'],
  });
  const right = actor({
    id: 9,
    name: 'CENTRE SOCIAL',
    website: 'https://cs.example.org',
    lastVerifiedOn: '2026-02-01',
    typologies: ['CS'],
  });

  it('keeps the kept side, fills its blanks from the other, and the latest verification', () => {
    const choices = defaultChoices(left, right, 'left');
    expect(choices.name).toBe('left');
    expect(choices.website).toBe('right');
    expect(choices.lastVerifiedOn).toBe('right');
    expect(defaultChoices(left, right, 'right').name).toBe('right');
  });

  it('reads fields in French and tells which differ', () => {
    expect(fieldText(right, 'lastVerifiedOn')).toBe('1er\u00a0février 2026');
    expect(fieldText(left, 'typologies')).toMatch(/Centre social/i);
    expect(differs(left, right, 'typologies')).toBe(false);
    expect(differs(left, right, 'name')).toBe(true);
  });

  it('sends the kept id and each field as « keep » or « other »', () => {
    const input = mergeInput(left, right, 'right', defaultChoices(left, right, 'right'));
    expect(input.keepId).toBe(9);
    expect(input.otherId).toBe(3);
    expect(input.choices?.name).toBe('keep');
    expect(input.choices?.website).toBe('keep');
    const chosen = mergeInput(left, right, 'right', {
      ...defaultChoices(left, right, 'right'),
      name: 'left',
    });
    expect(chosen.choices?.name).toBe('other');
  });
});
