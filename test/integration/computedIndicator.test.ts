import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { monthlyCountsImport } from './support/monthlyCounts';
import { seedInstance } from './support/seedInstance';
import { FIRST_QUARTER, MARCH_APRIL, type CoopActivity } from '../fixtures/activity/coopExport';
import type { ActionInput } from '../../shared/roadmap/roadmapSchemas';
import type { RoadmapDto } from '../../shared/roadmap/roadmapDto';
import { computedSourceText } from '../../shared/roadmap/computedIndicator';

/**
 * A fiche action's indicator computed from the activity imports: over the action's period and communes, on the
 * thèmes chosen; unknown (never 0) when nothing was imported for its period; frozen in an adopted version.
 */

const fixture = (name: string) => ({
  fileName: name,
  contentBase64: readFileSync(join(__dirname, '../fixtures/activity', name)).toString('base64'),
  kind: 'coop' as const,
});
const PROCEDURES = 'Aide aux démarches administratives';
/** The fixtures' communes of residence, as the test territory codes them. */
const CODE_OF: Record<string, string> = {
  '38000 Grenoble': '38185',
  '38100 Grenoble': '38185',
  '38130 Échirolles': '38151',
  '38120 Saint-Égrève': '38382',
};

/** What the fixture says: people helped over a period, on a theme, living in a commune. */
function expectedPeople(
  activities: CoopActivity[],
  { from, to, theme, commune }: { from: string; to: string; theme?: string; commune?: string },
) {
  return activities
    .filter((a) => a.day >= from && a.day <= to && (!theme || a.themes.includes(theme)))
    .flatMap((a) => a.people)
    .filter((person) => !commune || CODE_OF[person.commune] === commune).length;
}

describe('indicateur calculé à partir de l’activité', () => {
  const api = useActorsBackend();

  async function setUp() {
    const backend = api.open();
    api.setNow('2026-04-05T10:00:00Z');
    const { instanceId } = seedInstance(backend.ctx.sqlite, 'Comité de pilotage', [
      { kind: 'actor', name: 'Association Le Lien numérique', representatives: [], communeCode: '38544' },
    ]);
    await api.ok('roadmap.setInstance', { instanceId });
    const actor = await api.create({
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
      places: [{ name: 'Médiathèque Kateb Yacine', communeCode: '38185', postcode: '38000' }],
    } as never);
    const chantier = await api.ok('roadmap.saveChantier', { title: 'Accompagner les démarches' });
    const action = (over: Partial<ActionInput>): ActionInput => ({
      chantierId: chantier.id,
      title: 'Permanences',
      start: '2026-01',
      end: '2026-03',
      indicators: [
        {
          label: 'Personnes accompagnées',
          unit: 'personnes',
          target: 100,
          actual: 55,
          computed: { measure: 'accompaniments', themes: [] },
        },
        {
          label: 'Démarches',
          unit: null,
          target: null,
          actual: null,
          computed: { measure: 'accompaniments', themes: [PROCEDURES] },
        },
        {
          label: 'Séances',
          unit: null,
          target: null,
          actual: null,
          computed: { measure: 'activities', themes: [] },
        },
        { label: 'Tapé à la main', unit: null, target: 10, actual: 7 },
      ],
      ...over,
    });
    const whole = await api.ok('roadmap.saveAction', action({ title: 'Tout le territoire' }));
    const grenoble = await api.ok(
      'roadmap.saveAction',
      action({ title: 'Grenoble', communeCodes: ['38185'] }),
    );
    const earlier = await api.ok(
      'roadmap.saveAction',
      action({ title: 'En 2025', start: '2025-01', end: '2025-06-30' }),
    );
    const importFile = (name: string, periodStart: string, periodEnd: string) =>
      api.ok('activity.import', { ...fixture(name), actorId: actor.id, periodStart, periodEnd });
    return { ids: { whole: whole.id, grenoble: grenoble.id, earlier: earlier.id }, importFile };
  }

  const actionOf = (roadmap: RoadmapDto, id: number) =>
    roadmap.chantiers.flatMap((c) => c.actions).find((a) => a.id === id)!;

  it('is unknown, never 0, while nothing is imported for the action’s period, and says why', async () => {
    const { ids } = await setUp();
    const roadmap = await api.ok('roadmap.get', {});
    const [computed, , , typed] = actionOf(roadmap, ids.whole).indicators;
    expect(computed!.actual).toBeNull();
    expect(computed!.computed).toMatchObject({
      measure: 'accompaniments',
      from: '2026-01-01',
      to: '2026-03-31',
      computedOn: '2026-04-05',
      sources: [],
      unknownReason: 'aucune activité importée sur la période de l’action',
    });
    // The typed value sent with a computed indicator is not kept; a typed indicator keeps its own.
    expect(typed).toMatchObject({ actual: 7, computed: null });
  });

  it('counts the action’s period, thèmes and communes of residence, with its sources, as the « Activité » screen does', async () => {
    const { ids, importFile } = await setUp();
    await importFile('coop-activites-t1-2026.xlsx', '2026-01-01', '2026-03-31');
    const roadmap = await api.ok('roadmap.get', {});
    const period = { from: '2026-01-01', to: '2026-03-31' };

    const [all, procedures, sessions] = actionOf(roadmap, ids.whole).indicators;
    expect(all!.actual).toBe(expectedPeople(FIRST_QUARTER, period));
    const overview = await api.ok('activity.overview', period);
    expect(all!.actual).toBe(overview.totals.accompaniments);
    expect(procedures!.actual).toBe(expectedPeople(FIRST_QUARTER, { ...period, theme: PROCEDURES }));
    expect(procedures!.actual).toBeGreaterThan(0);
    expect(sessions!.actual).toBe(FIRST_QUARTER.length);
    expect(all!.computed!.sources).toEqual([
      { actorName: 'Médiathèque Kateb Yacine', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
    ]);

    const [inGrenoble, proceduresInGrenoble, sessionsInGrenoble] = actionOf(roadmap, ids.grenoble).indicators;
    expect(inGrenoble!.actual).toBe(expectedPeople(FIRST_QUARTER, { ...period, commune: '38185' }));
    expect(inGrenoble!.actual).toBeLessThan(all!.actual!);
    expect(proceduresInGrenoble!.actual).toBe(
      expectedPeople(FIRST_QUARTER, { ...period, theme: PROCEDURES, commune: '38185' }),
    );
    // Sessions gather people of several communes: not counted per commune, said so.
    expect(sessionsInGrenoble!.actual).toBeNull();
    expect(sessionsInGrenoble!.computed!.unknownReason).toMatch(/plusieurs communes/);

    // A period no import covers stays unknown next to the imported one.
    const [before] = actionOf(roadmap, ids.earlier).indicators;
    expect(before!.actual).toBeNull();
    expect(before!.computed!.unknownReason).toMatch(/aucune activité importée/);
  });

  it('is unknown when the imports do not say the theme or the commune asked, and says what it leaves out', async () => {
    const { ids } = await setUp();
    // A table of monthly counts: neither theme nor commune of residence.
    const other = await api.create({ name: 'Espace France Services', communeCode: '38185' });
    await api.ok('activity.import', monthlyCountsImport(other.id));
    let roadmap = await api.ok('roadmap.get', {});
    const [all, procedures] = actionOf(roadmap, ids.whole).indicators;
    expect(all!.actual).toBe(36);
    expect(procedures!.actual).toBeNull();
    expect(procedures!.computed!.unknownReason).toBe(
      'les imports de la période ne disent pas le thème des accompagnements',
    );
    const [inGrenoble] = actionOf(roadmap, ids.grenoble).indicators;
    expect(inGrenoble!.actual).toBeNull();
    expect(inGrenoble!.computed!.unknownReason).toMatch(/la commune de résidence/);

    // With a Coop export beside it, the known themes count, and the text says what is left out.
    await api.ok('activity.import', {
      ...fixture('coop-activites-t1-2026.xlsx'),
      actorId: (await api.ok('actors.list', { search: 'Kateb' })).items[0]!.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    roadmap = await api.ok('roadmap.get', {});
    const [, known] = actionOf(roadmap, ids.whole).indicators;
    expect(known!.actual).toBe(
      expectedPeople(FIRST_QUARTER, { from: '2026-01-01', to: '2026-03-31', theme: PROCEDURES }),
    );
    expect(known!.computed!.uncounted).toBe(36);
    expect(computedSourceText(known!.computed!).replace(/\u00a0/g, ' ')).toMatch(
      /; 36 accompagnements sans thème connu ne sont pas comptés$/,
    );
  });

  it('a narrower period counts only its days; an open end runs to today', async () => {
    const { ids, importFile } = await setUp();
    await importFile('coop-activites-t1-2026.xlsx', '2026-01-01', '2026-03-31');
    const roadmap = await api.ok('roadmap.get', {});
    const base = actionOf(roadmap, ids.whole);
    await api.ok('roadmap.saveAction', {
      ...base,
      start: '2026-02-10',
      end: null,
      indicators: base.indicators.map(({ label, unit, target, actual, computed }) => ({
        label,
        unit,
        target,
        actual,
        computed: computed ? { measure: computed.measure, themes: computed.themes } : null,
      })),
    } as ActionInput);
    const [narrow] = actionOf(await api.ok('roadmap.get', {}), ids.whole).indicators;
    expect(narrow!.computed).toMatchObject({ from: '2026-02-10', to: '2026-04-05' });
    expect(narrow!.actual).toBe(expectedPeople(FIRST_QUARTER, { from: '2026-02-10', to: '2026-04-05' }));
    expect(narrow!.computed!.sources[0]).toMatchObject({
      periodStart: '2026-02-10',
      periodEnd: '2026-03-31',
    });
  });

  it('an adopted version keeps the value computed on its adoption day while the draft follows a re-import', async () => {
    const { ids, importFile } = await setUp();
    await importFile('coop-activites-t1-2026.xlsx', '2026-01-01', '2026-03-31');
    const adopted = await api.ok('roadmap.adopt', { date: '2026-04-05', place: 'Grenoble' });
    const frozenValue = actionOf(adopted, ids.whole).indicators[0]!.actual;
    expect(frozenValue).toBe(expectedPeople(FIRST_QUARTER, { from: '2026-01-01', to: '2026-03-31' }));

    // A later export of the same structure replaces March (one workshop fewer).
    api.setNow('2026-05-02T09:00:00Z');
    await importFile('coop-activites-mars-avril-2026.xlsx', '2026-03-01', '2026-04-30');
    const draft = await api.ok('roadmap.amend', {});
    const live = actionOf(draft, ids.whole).indicators[0]!;
    const expectedLive =
      expectedPeople(FIRST_QUARTER, { from: '2026-01-01', to: '2026-02-28' }) +
      expectedPeople(MARCH_APRIL, { from: '2026-03-01', to: '2026-03-31' });
    expect(live.actual).toBe(expectedLive);
    expect(live.actual).not.toBe(frozenValue);
    expect(live.computed!.computedOn).toBe('2026-05-02');

    const version = await api.ok('roadmap.version', { number: 1 });
    const kept = actionOf(version, ids.whole).indicators[0]!;
    expect(kept.actual).toBe(frozenValue);
    expect(kept.computed).toMatchObject({ computedOn: '2026-04-05', to: '2026-03-31' });

    // The comparison says the value changed.
    const comparison = await api.ok('roadmap.compare', { from: 1, to: 'brouillon' });
    const indicatorsChange = comparison.changes
      .flatMap((change) => change.changes)
      .find((field) => field.field === 'Indicateurs');
    expect(indicatorsChange?.after).toContain('calculé à partir de l’activité');
  });

  it('the Word feuille de route prints the computed value with its source', async () => {
    const { importFile } = await setUp();
    await importFile('coop-activites-t1-2026.xlsx', '2026-01-01', '2026-03-31');
    const file = await api.ok('documents.build', { kind: 'feuilleDeRoute', options: {} });
    const text = readDocx(file.contentBase64)
      .paragraphs.join('\n')
      .replace(/[\u00a0\u202f]/g, ' ');
    const total = expectedPeople(FIRST_QUARTER, { from: '2026-01-01', to: '2026-03-31' });
    expect(text).toContain(`Personnes accompagnées (cible 100 personnes, réalisé ${total} personnes)`);
    expect(text).toContain(
      'Calculé le 5 avril 2026 à partir de 1 import : Médiathèque Kateb Yacine (du 1er janvier 2026 au 31 mars 2026) ; accompagnements, du 1er janvier 2026 au 31 mars 2026.',
    );
    // In the action on Grenoble, sessions are not counted per commune: unknown, and why.
    expect(text).toMatch(/Séances \(réalisé inconnu\)\s*Inconnu le 5 avril 2026 : une activité collective/);
    // A typed indicator is printed as before.
    expect(text).toContain('Tapé à la main (cible 10, réalisé 7)');
  });

  it('offers the thèmes found in the imports', async () => {
    const { importFile } = await setUp();
    expect(await api.ok('roadmap.activityThemes', {})).toEqual([]);
    await importFile('coop-activites-t1-2026.xlsx', '2026-01-01', '2026-03-31');
    const themes = await api.ok('roadmap.activityThemes', {});
    expect(themes).toContain(PROCEDURES);
    expect(themes).toEqual(
      [...new Set(FIRST_QUARTER.flatMap((a) => a.themes))].sort((a, b) => a.localeCompare(b, 'fr')),
    );
  });
});
