import { describe, expect, it } from 'vitest';
import { proposeActors } from '../../electron/backend/activity/proposeActors';
import type { ActorCandidate } from '../../electron/backend/activity/activityRepository';

const CIVRAY = { code: '86078', name: 'Civray', population: 2600, postcodes: ['86400'] };

const candidate = (actorId: number, name: string, placeName: string | null = null): ActorCandidate => ({
  actorId,
  name,
  communeCode: '86078',
  placeId: placeName ? actorId * 10 : null,
  placeName,
  placeCommuneCode: placeName ? '86078' : null,
  placePostcode: placeName ? '86400' : null,
});

describe('the structure proposed for an activity export', () => {
  // La Coop's « Lieu », most named first: the place of most activities, then the employer (remote activities).
  const placesNamed = [
    'Espace France Services de Civray, 86400 Civray',
    'Structure employeuse : Communauté de communes du Civraisien en Poitou, 86400 Civray',
  ];
  const candidates = [
    candidate(1, 'Communauté de communes du Civraisien en Poitou'),
    candidate(2, 'Mairie de Civray', 'Espace France Services de Civray'),
    candidate(3, 'CCAS de Civray'),
  ];

  it('proposes first the place named on the most rows, not the employer that sorts first', () => {
    const choices = proposeActors(candidates, placesNamed, [CIVRAY]);
    expect(choices.map((choice) => choice.actorId)).toEqual([2, 1, 3]);
    expect(choices[0]).toMatchObject({ why: 'nom du lieu dans le fichier', places: [{ id: 20 }] });
    expect(choices[2]).toMatchObject({ why: 'dans la commune du lieu du fichier' });
  });

  it('still prefers an exact name to a close one, whatever the rows', () => {
    const choices = proposeActors(
      [
        candidate(4, 'Espace France Services'),
        candidate(1, 'Communauté de communes du Civraisien en Poitou'),
      ],
      placesNamed,
      [CIVRAY],
    );
    expect(choices.map((choice) => [choice.actorId, choice.why])).toEqual([
      [1, 'nom du lieu dans le fichier'],
      [4, 'nom proche du lieu dans le fichier'],
    ]);
  });
});
