import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

const table = {
  fileName: 'tableau-par-structure.csv',
  contentBase64: readFileSync(join(__dirname, '../fixtures/activity/tableau-par-structure.csv')).toString(
    'base64',
  ),
  kind: 'table' as const,
  mapping: {
    dateColumn: 'Mois',
    countColumn: 'Nombre d’accompagnements',
    communeColumn: 'Commune',
    structureColumn: 'Structure',
  },
};

describe('a table with a « Structure ou lieu » column: one import per structure', () => {
  const api = useActorsBackend();

  async function twoActors() {
    api.open();
    const mediatheque = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    const ccas = await api.create({ name: 'CCAS d’Échirolles', communeCode: '38151' });
    return { mediatheque, ccas };
  }

  it('lists the structures named, each with the actors it may be, and reports the column as read', async () => {
    const { mediatheque, ccas } = await twoActors();
    const preview = await api.ok('activity.preview', table);
    expect(preview.accompanimentCount).toBe(12 + 7 + 10 + 4 + 5);
    expect(preview.structuresNamed?.map((entry) => [entry.name, entry.rows])).toEqual([
      ['CCAS d’Échirolles', 2],
      ['Médiathèque Kateb Yacine', 2],
      ['Médiathèque Kateb Yacine (annexe)', 1],
    ]);
    const choices = new Map(preview.structuresNamed!.map((entry) => [entry.name, entry.actorChoices]));
    expect(choices.get('Médiathèque Kateb Yacine')![0]?.actorId).toBe(mediatheque.id);
    expect(choices.get('CCAS d’Échirolles')![0]?.actorId).toBe(ccas.id);
    expect(preview.columns.find((column) => column.header === 'Structure')).toMatchObject({ kept: true });
    // The summary agrees with the columns (the structure column is read, none left out), says the figures are
    // monthly, and that the file does not tell individual from collective (unknown, not 0).
    expect(preview.columns.filter((column) => !column.kept)).toEqual([]);
    expect(preview.summary.join(' ')).not.toMatch(/laissée/);
    expect(preview.summary).toContain('De janvier 2026 à mars 2026 (chiffres mensuels).');
    expect(preview.summary).toContain(
      '38\u00a0activités (individuelles ou collectives\u00a0: non précisé), 38\u00a0accompagnements.',
    );
  });

  it('imports each structure for its actor (two structures of one actor together), and refuses a structure left unchosen', async () => {
    const { mediatheque, ccas } = await twoActors();
    const base = { ...table, actorId: mediatheque.id, periodStart: '2026-01-01', periodEnd: '2026-03-31' };
    const refused = await api.failure('activity.import', {
      ...base,
      structures: [{ name: 'Médiathèque Kateb Yacine', actorId: mediatheque.id }],
    });
    expect(refused.message).toMatch(
      /^Choisissez la structure de «\u00a0CCAS d’Échirolles\u00a0», «\u00a0Médiathèque Kateb Yacine \(annexe\)\u00a0»\u00a0:/,
    );
    expect(api.count('activity_import')).toBe(0);

    const result = await api.ok('activity.import', {
      ...base,
      structures: [
        { name: 'Médiathèque Kateb Yacine', actorId: mediatheque.id },
        { name: 'Médiathèque Kateb Yacine (annexe)', actorId: mediatheque.id },
        { name: 'CCAS d’Échirolles', actorId: ccas.id },
      ],
    });
    expect(result.imports.map((entry) => [entry.actorName, entry.accompanimentCount])).toEqual([
      ['Médiathèque Kateb Yacine', 12 + 10 + 4],
      ['CCAS d’Échirolles', 7 + 5],
    ]);
    const figures = await api.ok('activity.overview', {});
    expect(figures.byActor.map((count) => [count.label, count.accompaniments])).toEqual([
      ['Médiathèque Kateb Yacine', 26],
      ['CCAS d’Échirolles', 12],
    ]);
    // Grenoble's people helped by the CCAS of Échirolles, and the reverse: helped elsewhere.
    expect(figures.helpedElsewhere.find((entry) => entry.communeCode === '38185')?.elsewhere).toBe(7);
    expect(figures.helpedElsewhere.find((entry) => entry.communeCode === '38151')?.elsewhere).toBe(10);
    // The structure's name is no figure: it is not stored.
    expect(
      JSON.stringify(api.backend.ctx.sqlite.prepare('SELECT * FROM activity_import').all()),
    ).not.toContain('(annexe)');

    // Re-importing replaces each actor's figures over the period: no double count.
    await api.ok('activity.import', {
      ...base,
      structures: [
        { name: 'Médiathèque Kateb Yacine', actorId: mediatheque.id },
        { name: 'Médiathèque Kateb Yacine (annexe)', actorId: mediatheque.id },
        { name: 'CCAS d’Échirolles', actorId: ccas.id },
      ],
    });
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(38);
  });

  it('keeps the figures of two places of one structure side by side, and a re-import replaces each place’s own', async () => {
    api.open();
    const mediatheque = await api.create({
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
      places: [
        { name: 'Médiathèque centrale', communeCode: '38185' },
        { name: 'Annexe', communeCode: '38185' },
      ],
    });
    const ccas = await api.create({ name: 'CCAS d’Échirolles', communeCode: '38151' });
    const [central, annexe] = mediatheque.places.map((place) => place.id);
    const input = {
      ...table,
      actorId: mediatheque.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      structures: [
        { name: 'Médiathèque Kateb Yacine', actorId: mediatheque.id, placeId: central },
        { name: 'Médiathèque Kateb Yacine (annexe)', actorId: mediatheque.id, placeId: annexe },
        { name: 'CCAS d’Échirolles', actorId: ccas.id },
      ],
    };
    const result = await api.ok('activity.import', input);
    // The main site's 22 were deleted by its annexe's 4, in the same import: the report listed a gone import.
    expect(
      result.imports
        .map((entry) => `${entry.placeName ?? entry.actorName} ${entry.accompanimentCount}`)
        .sort(),
    ).toEqual(['Annexe 4', 'CCAS d’Échirolles 12', 'Médiathèque centrale 22']);
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(38);
    await api.ok('activity.import', input);
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(38);
    expect(api.count('activity_import')).toBe(3);

    // The same file for the whole structure, no place chosen: it replaces both places' figures, never adds to them.
    const whole = input.structures.map(({ name, actorId }) => ({ name, actorId }));
    await api.ok('activity.import', { ...input, structures: whole });
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(38);
    expect(api.count('activity_import')).toBe(2);

    // One file naming the structure without a place and its annexe with one: both kept, side by side.
    const mixed = [{ ...whole[0]! }, { ...whole[1]!, placeId: annexe }, { ...whole[2]! }];
    const both = await api.ok('activity.import', { ...input, structures: mixed });
    expect(both.imports.every((entry) => entry !== null)).toBe(true);
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(38);
  });
});
