import { describe, expect, it } from 'vitest';
import {
  detectDuplicates,
  haversineMetres,
  type DetectionActor,
  type DetectionPoint,
} from '../../electron/backend/duplicates/detectDuplicates';

const actor = (id: number, name: string, extra: Partial<DetectionActor> = {}): DetectionActor => ({
  id,
  name,
  siret: null,
  communeCode: '86078',
  communeName: 'Civray',
  ...extra,
});
const point = (actorId: number, latitude: number, longitude: number): DetectionPoint => ({
  actorId,
  label: `Lieu ${actorId}`,
  latitude,
  longitude,
});

describe('duplicate detection', () => {
  it('measures distances on the sphere (haversine)', () => {
    // Paris – Lyon, about 391 km as the crow flies.
    const metres = haversineMetres(
      { latitude: 48.8566, longitude: 2.3522 },
      { latitude: 45.764, longitude: 4.8357 },
    );
    expect(Math.round(metres / 1000)).toBe(391);
    expect(haversineMetres({ latitude: 46, longitude: 0.3 }, { latitude: 46, longitude: 0.3 })).toBe(0);
  });

  it('pairs the same SIRET, whatever the names and communes', () => {
    const pairs = detectDuplicates(
      [
        actor(1, 'A', { siret: '78134562000014' }),
        actor(2, 'B', { siret: '78134562000014', communeCode: null }),
        actor(3, 'C'),
      ],
      [],
    );
    expect(pairs).toEqual([{ lowId: 1, highId: 2, reasons: ['Même SIRET\u00a0: 781 345 620 00014'] }]);
  });

  it('pairs the same name regardless of accents, case and spaces, only within one commune', () => {
    const pairs = detectDuplicates(
      [
        actor(1, 'Médiathèque  de Civray'),
        actor(2, 'MEDIATHEQUE DE CIVRAY'),
        actor(3, 'Médiathèque de Civray', { communeCode: '86082', communeName: 'Valence-en-Poitou' }),
        actor(4, 'Médiathèque de Civray', { communeCode: null, communeName: null }),
      ],
      [],
    );
    expect(pairs).toEqual([{ lowId: 1, highId: 2, reasons: ['Même nom dans la même commune (Civray)'] }]);
  });

  it('pairs the same name whatever its hyphens and punctuation (two producers, one structure)', () => {
    const gap = { communeCode: '05061', communeName: 'Gap' };
    const pairs = detectDuplicates(
      [
        actor(1, 'Mission Locale Jeunes Hautes-Alpes', gap),
        actor(2, 'MISSION LOCALE JEUNES HAUTES ALPES', gap),
        actor(3, 'Mission locale jeunes – Hautes Alpes.', gap),
        actor(4, 'Mission Locale Jeunes Alpes', gap),
      ],
      [],
    );
    expect(pairs.map((pair) => [pair.lowId, pair.highId])).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(pairs[0]!.reasons).toEqual(['Même nom dans la même commune (Gap)']);
  });

  it('pairs places of different actors under 50 m apart, not at 60 m, not within one actor', () => {
    const base = { latitude: 46.15, longitude: 0.29 };
    const north = (metres: number) => base.latitude + metres / 111_195;
    const pairs = detectDuplicates(
      [actor(1, 'A'), actor(2, 'B'), actor(3, 'C'), actor(4, 'D')],
      [
        point(1, base.latitude, base.longitude),
        point(1, north(10), base.longitude),
        point(2, north(40), base.longitude),
        point(3, north(100), base.longitude),
        point(4, 46.3, 0.29),
        point(4, 46.3 + 60 / 111_195, 0.29),
      ],
    );
    expect(pairs.map((p) => [p.lowId, p.highId])).toEqual([[1, 2]]);
    expect(pairs[0]!.reasons).toEqual([
      'Lieux à 30\u00a0m l’un de l’autre («\u00a0Lieu 1\u00a0» et «\u00a0Lieu 2\u00a0»)',
    ]);
  });

  it('pairs close places across a grid cell border', () => {
    const pairs = detectDuplicates(
      [actor(1, 'A'), actor(2, 'B')],
      [point(1, 45.99999, 0.5), point(2, 46.00001, 0.5)],
    );
    expect(pairs.map((p) => [p.lowId, p.highId])).toEqual([[1, 2]]);
  });

  it('ignores coordinates shared by three actors or more (a commune’s centre, not an address)', () => {
    const pairs = detectDuplicates(
      [actor(1, 'A'), actor(2, 'B'), actor(3, 'C')],
      [point(1, 46.1497, 0.2946), point(2, 46.1497, 0.2946), point(3, 46.1497, 0.2946)],
    );
    expect(pairs).toEqual([]);
    const two = detectDuplicates([actor(1, 'A'), actor(2, 'B')], [point(1, 46.1, 0.2), point(2, 46.1, 0.2)]);
    expect(two[0]!.reasons).toEqual([
      'Lieux aux mêmes coordonnées («\u00a0Lieu 1\u00a0» et «\u00a0Lieu 2\u00a0»)',
    ]);
  });

  it('gathers every reason of a pair, and leaves out dismissed pairs', () => {
    const actors = [
      actor(1, 'Club', { siret: '78134562000014' }),
      actor(2, 'club', { siret: '78134562000014' }),
    ];
    expect(detectDuplicates(actors, [])[0]!.reasons).toHaveLength(2);
    expect(detectDuplicates(actors, [], new Set(['1-2']))).toEqual([]);
  });
});
