import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { demoDirectory, DEMO_EPCI_SIREN } from '../../electron/backend/territory/demo/demoDirectory';
import { getEpciDetail } from '../../electron/backend/territory/referenceData';
import { freshnessOf } from '../../shared/actors/freshness';
import { isValidSiret } from '../../shared/actors/siret';

const TODAY = '2026-04-05';

function parses(value: string): boolean {
  try {
    new OpeningHours(value);
    return true;
  } catch {
    return false;
  }
}

describe('demo directory', () => {
  const actors = demoDirectory(TODAY);
  const places = actors.flatMap((actor) => actor.places);

  it('has about forty actors of varied kinds and roles', () => {
    expect(actors.length).toBeGreaterThanOrEqual(35);
    expect(actors.length).toBeLessThanOrEqual(45);
    const typologies = new Set(actors.flatMap((a) => a.typologies));
    for (const code of [
      'MUNI',
      'CCAS',
      'CC',
      'BIB',
      'CS',
      'CSC',
      'ML',
      'FT',
      'CAF',
      'MSA',
      'RFS',
      'ASSO',
      'TIERS_LIEUX',
      'EPN',
      'LA_POSTE',
      'DEPT',
      'MDS',
    ])
      expect(typologies, code).toContain(code);
    const roles = new Set(actors.flatMap((a) => a.roles));
    expect([...roles].sort()).toEqual([
      'collectivite_elu',
      'financeur',
      'lieu_mediation',
      'operateur',
      'prescripteur',
      'reseau',
    ]);
    expect(new Set(actors.map((a) => a.name)).size).toBe(actors.length);
  });

  it('places every actor, place and permanence in a real commune of the CC du Civraisien en Poitou', () => {
    const codes = new Set(getEpciDetail(DEMO_EPCI_SIREN)!.communes.map((c) => c.code));
    const used = [
      ...actors.map((a) => a.communeCode),
      ...places.map((p) => p.communeCode),
      ...places.flatMap((p) => p.permanences.map((perm) => perm.communeCode)),
    ].filter((code): code is string => code !== null);
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('spreads verification dates: recent, over 12 months, over 18 months, and never', () => {
    const counts = { recent: 0, over12: 0, over18: 0, never: 0 };
    for (const actor of actors) counts[freshnessOf(actor.lastVerifiedOn, TODAY)]++;
    expect(counts.recent).toBeGreaterThanOrEqual(15);
    expect(counts.over12).toBeGreaterThanOrEqual(4);
    expect(counts.over18).toBeGreaterThanOrEqual(3);
    expect(counts.never).toBeGreaterThanOrEqual(2);
  });

  it('moves its dates with today, so that the demo stays lively a year later', () => {
    const later = demoDirectory('2027-04-05');
    expect(later.map((a) => freshnessOf(a.lastVerifiedOn, '2027-04-05'))).toEqual(
      actors.map((a) => freshnessOf(a.lastVerifiedOn, TODAY)),
    );
  });

  it('has valid opening hours except exactly one, kept to show the warning', () => {
    const hours = places.map((p) => p.openingHours).filter((h): h is string => h !== null);
    expect(hours.length).toBeGreaterThan(15);
    expect(hours.filter((h) => !parses(h))).toEqual(['lundi matin et mercredi après-midi']);
  });

  it('includes an itinerant service visiting several communes on given weekdays', () => {
    const itinerant = places.filter((p) => p.itinerance.includes('Itinérant'));
    expect(itinerant.length).toBeGreaterThanOrEqual(1);
    const visits = itinerant.flatMap((p) => p.permanences);
    expect(new Set(visits.map((v) => v.communeCode)).size).toBeGreaterThanOrEqual(4);
    expect(visits.every((v) => v.weekdays.length > 0)).toBe(true);
  });

  it('only has valid SIRETs, and leaves several empty', () => {
    const sirets = actors.map((a) => a.siret);
    expect(sirets.filter((s) => s !== null).every((s) => isValidSiret(s!))).toBe(true);
    expect(sirets.filter((s) => s === null).length).toBeGreaterThanOrEqual(5);
    expect(sirets.filter((s) => s !== null).length).toBeGreaterThanOrEqual(5);
  });

  it('uses only fictitious e-mail addresses', () => {
    const emails = actors
      .flatMap((a) => [...a.contacts.map((c) => c.email), ...a.places.map((p) => p.email)])
      .filter((e): e is string => e !== null);
    expect(emails.length).toBeGreaterThan(30);
    expect(emails.filter((e) => !e.endsWith('@civraisien-demo.fr'))).toEqual([]);
  });

  it('names national programmes and labels used in the field', () => {
    const programmes = new Set(actors.flatMap((a) => a.programmes));
    for (const programme of ['Conseillers numériques', 'France Services', 'Aidants Connect'] as const)
      expect(programmes).toContain(programme);
    expect(actors.some((a) => a.labels.length > 0)).toBe(true);
  });
});
