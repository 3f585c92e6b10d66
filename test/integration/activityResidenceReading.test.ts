import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import type { ActivityImportInput } from '../../shared/activity/activitySchemas';

/**
 * The commune where people live, as an activity table writes it, on the demo territory (CC du Civraisien en
 * Poitou): a commune déléguée (« Couhé », « 86700 Couhé ») or its own code (« 86043 », Ceaux-en-Couhé) is
 * the commune it belongs to today (Valence-en-Poitou, 86082, in the territory); a name nobody recognises
 * (« Ville inconnue ») is not known, neither in the territory nor outside it (found by a partial-data hunt:
 * 19 accompaniments were said « hors du territoire »).
 */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const t = useActorsBackend();
const VALENCE = '86082';

const table = (rows: string[]) =>
  Buffer.from(['Mois;Nombre;Commune', ...rows].join('\n'), 'utf8').toString('base64');

async function demoWithActivity(rows: string[]) {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  const actorId = (await t.ok('actors.list', { limit: 1 })).items[0]!.id;
  const input = {
    fileName: 'accompagnements.csv',
    contentBase64: table(rows),
    kind: 'table',
    mapping: { dateColumn: 'Mois', countColumn: 'Nombre', communeColumn: 'Commune' },
    actorId,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  } as ActivityImportInput;
  return { input, imported: await t.ok('activity.import', input) };
}

/** An action at Valence-en-Poitou over the first quarter, its people counted from the activity: its indicator. */
async function computedForValence() {
  await seedDemoRoadmap(t.backend);
  const chantierId = (await t.ok('roadmap.get', {})).chantiers[0]!.id;
  const saved = await t.ok('roadmap.saveAction', {
    chantierId,
    title: 'Permanences à Valence-en-Poitou',
    communeCodes: [VALENCE],
    start: '2026-01',
    end: '2026-03',
    indicators: [
      {
        label: 'Personnes accompagnées',
        unit: null,
        target: 50,
        actual: null,
        computed: { measure: 'accompaniments', themes: [] },
      },
    ],
  });
  const action = saved.roadmap.chantiers.flatMap((c) => c.actions).find((a) => a.id === saved.id)!;
  return action.indicators[0]!;
}

describe('the commune of residence of an activity table', () => {
  it('reads a commune déléguée, by name or code, as today’s commune, and an unknown name as unknown', async () => {
    const { input } = await demoWithActivity([
      '2026-01;10;Valence-en-Poitou',
      '2026-01;7;Couhé',
      '2026-02;5;86700 Couhé',
      '2026-02;3;86043',
      '2026-03;4;Ville inconnue',
    ]);
    const preview = await t.ok('activity.preview', input);
    expect(preview.residenceOutsideCount).toBe(0);
    expect(preview.residenceUnknownCount).toBe(4);
    expect(preview.summary.map(plain)).toContain(
      '4 accompagnements dont la commune de résidence n’est pas reconnue (« Ville inconnue ») : on ne sait pas si ces personnes habitent le territoire.',
    );

    const overview = await t.ok('activity.overview', {});
    expect(overview.byCommune.map((c) => [c.label, c.communeCode, c.inTerritory, c.accompaniments])).toEqual([
      ['Valence-en-Poitou', VALENCE, true, 25],
      ['Ville inconnue', null, false, 4],
    ]);
    // Where the people of « Ville inconnue » live is not known: nor whether they were helped away from home.
    expect(overview.helpedElsewhere.map((entry) => entry.communeName)).not.toContain('Ville inconnue');

    const figures = (await t.ok('diagnostic.get', {})).activity!.figures!;
    expect(figures.communes.find((c) => c.code === VALENCE)!.accompaniments).toBe(25);
    expect(figures.outsideTerritory).toBe(0);
    expect(figures.unknownResidence).toBe(4);
    const word = plain(
      readDocx(
        (await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64,
      ).paragraphs.join('\n'),
    );
    expect(word).not.toContain('hors du territoire');
    expect(word).toContain('4 accompagnements dont la commune de résidence n’est pas connue');

    const report = plain(readDocx((await t.ok('activity.report', {})).contentBase64).paragraphs.join('\n'));
    expect(report).not.toContain('hors du territoire');
    expect(report).toContain(
      'La commune de résidence écrite n’est pas reconnue pour 4 accompagnements (« Ville inconnue ») : dans le territoire ou non, on ne sait pas',
    );
  });

  it('leaves out of an action’s computed figure what was written in no recognised commune, and says so', async () => {
    await demoWithActivity(['2026-01;7;Couhé', '2026-02;5;86700 Couhé', '2026-03;6;Valense-en-Poitouu']);
    const indicator = await computedForValence();
    expect(indicator.actual).toBe(12);
    expect(indicator.computed).toMatchObject({ unknownReason: null, uncounted: 6 });
  });

  it('says unknown, not 0, when no commune written is recognised', async () => {
    await demoWithActivity(['2026-01;7;?', '2026-02;5;Valense-en-Poitouu']);
    const indicator = await computedForValence();
    expect(indicator.actual).toBeNull();
    expect(indicator.computed!.unknownReason).toBe(
      'les imports de la période ne disent pas, ou pas sous un nom reconnu, la commune de résidence des accompagnements',
    );
  });
});
