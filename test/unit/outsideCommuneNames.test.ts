import { describe, expect, it } from 'vitest';
import type { ActorDto, PlaceDto } from '../../shared/actors/dto';
import { withOutsideCommuneNames } from '../../electron/backend/actors/outsideCommuneNames';

const place = (communeCode: string | null, communeName: string | null) =>
  ({ id: 1, name: 'Accueil', communeCode, communeName }) as PlaceDto;
const actor = (communeCode: string | null, communeName: string | null, places: PlaceDto[] = []) =>
  ({ id: 1, name: 'CAF de l’Aisne', communeCode, communeName, places }) as ActorDto;

describe('naming a commune outside the territory from the national reference', () => {
  it('names the actor’s commune the territory’s table did not know', () => {
    expect(withOutsideCommuneNames(actor('02408', null))).toMatchObject({ communeName: 'Laon' });
    expect(withOutsideCommuneNames(actor(null, null, [place('02408', null)])).places[0]).toMatchObject({
      communeName: 'Laon',
    });
  });

  it('leaves an unknown code unnamed, never invents one', () => {
    expect(withOutsideCommuneNames(actor('02999', null)).communeName).toBeNull();
  });

  it('answers a record already named as it is, without a copy', () => {
    const named = actor('86078', 'Civray', [place('86078', 'Civray'), place(null, null)]);
    expect(withOutsideCommuneNames(named)).toBe(named);
  });
});
