import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { headingsOf, readDocx } from './support/readDocx';
import { FIRST_QUARTER, MARCH_APRIL, fileTotals } from '../fixtures/activity/coopExport';
import { formatInteger } from '../../shared/format/french';

/**
 * « L'activité des lieux de médiation » in the diagnostic: the last 12 complete months of the imports, the same
 * figure on the screen's DTO, in the Word diagnostic, in the note de synthèse and on the « Activité » screen;
 * frozen with a snapshot; absent (and said so) in a snapshot frozen before it.
 */

const t = useActorsBackend();
const coop = (name: string) => ({
  fileName: name,
  contentBase64: readFileSync(join(__dirname, '../fixtures/activity', name)).toString('base64'),
  kind: 'coop' as const,
});
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const PROCEDURES = 'Aide aux démarches administratives';

async function withActivity() {
  t.open();
  t.setNow('2026-04-05T10:00:00Z');
  const actor = await t.create({
    name: 'Médiathèque Kateb Yacine',
    communeCode: '38185',
    places: [{ name: 'Médiathèque Kateb Yacine', communeCode: '38185', postcode: '38000' }],
  } as never);
  await t.ok('activity.import', {
    ...coop('coop-activites-t1-2026.xlsx'),
    actorId: actor.id,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  });
  return actor;
}

async function docText(kind: 'diagnostic' | 'noteSynthese', snapshotId?: number) {
  // The note speaks of the feuille de route: a first draft (started by a write) is enough.
  if (kind === 'noteSynthese')
    await t.ok('roadmap.updateText', { title: 'Feuille de route de l’inclusion numérique' });
  const file =
    kind === 'noteSynthese'
      ? await t.ok('documents.build', { kind })
      : await t.ok('documents.build', { kind, options: snapshotId === undefined ? {} : { snapshotId } });
  const parts = readDocx(file.contentBase64);
  return { parts, text: plain(parts.paragraphs.join('\n')) };
}

describe('the diagnostic’s activity block', () => {
  it('says « aucune activité recensée » over the last 12 complete months, never zeros', async () => {
    t.open();
    t.setNow('2026-12-05T10:00:00Z');
    const diagnostic = await t.ok('diagnostic.get', {});
    expect(diagnostic.activity).toEqual({ from: '2025-12-01', to: '2026-11-30', figures: null });
    const { parts, text } = await docText('diagnostic');
    expect(headingsOf(parts.document, 1)).toContain('L’activité des lieux de médiation');
    expect(text).toContain(
      'Aucune activité recensée sur la période (du 1er décembre 2025 au 30 novembre 2026)',
    );
    const note = await docText('noteSynthese');
    expect(note.text).toMatch(/Aucune activité recensée/);
  });

  it('gives the same figure in the DTO, the Word diagnostic, the note and the « Activité » screen', async () => {
    await withActivity();
    const diagnostic = await t.ok('diagnostic.get', {});
    const activity = diagnostic.activity!;
    expect([activity.from, activity.to]).toEqual(['2025-04-01', '2026-03-31']);
    const figures = activity.figures!;
    const overview = await t.ok('activity.overview', { from: activity.from, to: activity.to });
    expect(figures.accompaniments).toBe(overview.totals.accompaniments);
    expect(figures.accompaniments).toBe(fileTotals(FIRST_QUARTER).participants);
    expect(figures.activities).toBe(FIRST_QUARTER.length);
    expect(figures.structureCount).toBe(1);
    const procedures = FIRST_QUARTER.filter((a) => a.themes.includes(PROCEDURES)).flatMap(
      (a) => a.people,
    ).length;
    expect(figures.procedureAccompaniments).toBe(procedures);
    // Procedures vs digital skills, as the « Activité » screen classes La Coop's thèmes.
    expect(figures.families).toEqual(
      overview.themeFamilies.map(({ family, label, accompaniments }) => ({ family, label, accompaniments })),
    );
    expect(figures.families.find((family) => family.family === 'procedures')!.accompaniments).toBe(
      procedures,
    );
    // A procedure's detail (« Logement ») is not a theme of its own beside « Aide aux démarches administratives ».
    expect(figures.topThemes.map((theme) => theme.label)).not.toContain('Logement');
    expect(figures.topThemes[0]!.accompaniments).toBeGreaterThanOrEqual(
      figures.topThemes.at(-1)!.accompaniments,
    );
    expect(figures.sources).toEqual([
      { actorName: 'Médiathèque Kateb Yacine', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
    ]);
    // Per 1,000 inhabitants of the commune of residence (the test territory's communes have 1,000 inhabitants).
    const grenoble = figures.communes.find((commune) => commune.code === '38185')!;
    const grenoblePeople = FIRST_QUARTER.flatMap((a) => a.people).filter((p) =>
      p.commune.endsWith('Grenoble'),
    ).length;
    expect(grenoble.accompaniments).toBe(grenoblePeople);
    expect(grenoble.per1000).toBeCloseTo((grenoblePeople / grenoble.population!) * 1000, 1);
    expect(figures.communes.find((commune) => commune.code === '38544')).toMatchObject({ accompaniments: 0 });
    expect(figures.outsideTerritory).toBe(
      FIRST_QUARTER.flatMap((a) => a.people).filter((p) => p.commune === '75011 Paris').length,
    );

    const share = Math.round((procedures / figures.accompaniments) * 100);
    const headline = `${formatInteger(figures.accompaniments)} accompagnements sur les 3 mois importés des 12 derniers par 1 structure, dont ${share} % d’aide aux démarches administratives`;
    const word = await docText('diagnostic');
    expect(word.text).toContain(headline);
    expect(word.text).toContain('Médiathèque Kateb Yacine (du 1er janvier 2026 au 31 mars 2026)');
    expect(word.text).toContain(
      `Par famille de thèmes : démarches administratives : ${procedures} accompagnements`,
    );
    const note = await docText('noteSynthese');
    expect(note.text).toContain(headline);
    expect(headingsOf(note.parts.document, 1)).toContain('L’activité des lieux de médiation');
  });

  it('is frozen with a snapshot; a re-import changes today’s, not the frozen one', async () => {
    const actor = await withActivity();
    const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires d’avril' });
    const before = (await t.ok('diagnostic.snapshot', { id: frozen.id })).diagnostic.activity!;
    expect(before.figures!.accompaniments).toBe(fileTotals(FIRST_QUARTER).participants);

    t.setNow('2026-05-04T10:00:00Z');
    await t.ok('activity.import', {
      ...coop('coop-activites-mars-avril-2026.xlsx'),
      actorId: actor.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    const today = (await t.ok('diagnostic.get', {})).activity!;
    const expected =
      fileTotals(FIRST_QUARTER.filter((a) => a.day < '2026-03-01')).participants +
      fileTotals(MARCH_APRIL).participants;
    expect(today.figures!.accompaniments).toBe(expected);
    expect((await t.ok('diagnostic.snapshot', { id: frozen.id })).diagnostic.activity).toEqual(before);

    // The comparison shows the accompaniments beside the other key figures.
    const compared = await t.ok('diagnostic.compare', { fromId: frozen.id, toId: null });
    expect(compared.comparison.figures.find((figure) => figure.key === 'accompaniments')).toMatchObject({
      from: before.figures!.accompaniments,
      to: expected,
    });
  });

  it('a snapshot frozen before the activity was followed reads with the block « non disponible »', async () => {
    await withActivity();
    const frozen = await t.ok('diagnostic.freeze', { title: 'Diagnostic de 2025' });
    // As an earlier Maillage stored it: no `activity` in the JSON.
    t.backend.ctx.sqlite
      .prepare(
        "UPDATE diagnostic_snapshot SET diagnostic = json_remove(diagnostic, '$.activity') WHERE id = ?",
      )
      .run(frozen.id);
    expect(
      t.backend.ctx.sqlite
        .prepare("SELECT json_type(diagnostic, '$.activity') AS type FROM diagnostic_snapshot WHERE id = ?")
        .get(frozen.id),
    ).toEqual({ type: null });
    const snapshot = await t.ok('diagnostic.snapshot', { id: frozen.id });
    expect(snapshot.diagnostic.activity).toBeNull();
    const word = await docText('diagnostic', frozen.id);
    expect(word.text).toContain('Non disponible dans ce diagnostic figé');
    const compared = await t.ok('diagnostic.compare', { fromId: frozen.id, toId: null });
    expect(compared.comparison.figures.find((figure) => figure.key === 'accompaniments')).toMatchObject({
      from: null,
      delta: null,
    });
  });
});
