import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open';
import { readFilteredActors } from '../../electron/backend/actors/readFilteredActors';
import type { ContactValuesInput } from '../../shared/network/networkSchemas';
import { useActorsBackend } from './support/actorsBackend';
import { useTempDir } from './support/tempDir';

const t = useActorsBackend();
const tempDir = useTempDir();

const visit: ContactValuesInput = {
  contactOn: '2026-03-12',
  kind: 'visit',
  who: 'Claire (coordinatrice)',
  notes: 'Présentation de la démarche au directeur.',
  nextStep: 'Rappeler pour la charte',
  nextStepOn: '2027-01-15',
};

async function threeActors() {
  const mediatheque = await t.create({ name: 'Médiathèque de Grenoble', communeCode: '38185' });
  const ccas = await t.create({ name: 'CCAS d’Échirolles', communeCode: '38151' });
  const mission = await t.create({ name: 'Mission locale du Nord-Isère', communeCode: '38053' });
  return { mediatheque, ccas, mission };
}

describe('meeting the actors: the contact log', () => {
  it('adds, changes and deletes entries, newest first, on a live actor only', async () => {
    t.open();
    const { mediatheque } = await threeActors();
    const empty = await t.ok('network.actor', { actorId: mediatheque.id });
    expect(empty).toEqual({ actorId: mediatheque.id, status: null, statusChangedAt: null, contacts: [] });

    const first = await t.ok('network.saveContact', { actorId: mediatheque.id, contact: visit });
    expect(first.contacts).toEqual([
      {
        id: expect.any(Number),
        actorId: mediatheque.id,
        contactOn: '2026-03-12',
        kind: 'visit',
        who: 'Claire (coordinatrice)',
        notes: 'Présentation de la démarche au directeur.',
        nextStep: 'Rappeler pour la charte',
        nextStepOn: '2027-01-15',
      },
    ]);
    const call = await t.ok('network.saveContact', {
      actorId: mediatheque.id,
      contact: { contactOn: '2026-04-02', kind: 'call', who: '  ', notes: '' },
    });
    expect(call.contacts.map((c) => [c.contactOn, c.kind, c.who, c.notes])).toEqual([
      ['2026-04-02', 'call', null, null],
      ['2026-03-12', 'visit', 'Claire (coordinatrice)', 'Présentation de la démarche au directeur.'],
    ]);

    const visitId = first.contacts[0]!.id;
    const changed = await t.ok('network.saveContact', {
      actorId: mediatheque.id,
      id: visitId,
      contact: { ...visit, contactOn: '2026-04-03', nextStep: null, nextStepOn: null },
    });
    expect(changed.contacts.map((c) => [c.id, c.contactOn, c.nextStep])).toEqual([
      [visitId, '2026-04-03', null],
      [call.contacts[0]!.id, '2026-04-02', null],
    ]);

    const afterDelete = await t.ok('network.deleteContact', { id: visitId });
    expect(afterDelete.contacts.map((c) => c.kind)).toEqual(['call']);
    expect((await t.failure('network.deleteContact', { id: visitId })).code).toBe('not_found');

    await t.ok('actors.delete', { id: mediatheque.id });
    expect((await t.failure('network.actor', { actorId: mediatheque.id })).code).toBe('not_found');
    expect((await t.failure('network.saveContact', { actorId: mediatheque.id, contact: visit })).code).toBe(
      'not_found',
    );
  });

  it('refuses an entry without a date, with a wrong kind, or a dated step that says nothing', async () => {
    t.open();
    const { ccas } = await threeActors();
    const noDate = await t.failure('network.saveContact', {
      actorId: ccas.id,
      contact: { ...visit, contactOn: '' },
    });
    expect(noDate.message).toContain('La date du contact est obligatoire.');
    const badDate = await t.failure('network.saveContact', {
      actorId: ccas.id,
      contact: { ...visit, contactOn: '2026-02-30' },
    });
    expect(badDate.message).toContain('date invalide');
    expect(
      (await t.failure('network.saveContact', { actorId: ccas.id, contact: { ...visit, kind: 'pigeon' } }))
        .code,
    ).toBe('invalid_input');
    const stepless = await t.failure('network.saveContact', {
      actorId: ccas.id,
      contact: { ...visit, nextStep: '', nextStepOn: '2027-01-15' },
    });
    expect(stepless.message).toContain('prochaine étape');
    // An entry of another actor cannot be changed through this one.
    const entry = (await t.ok('network.saveContact', { actorId: ccas.id, contact: visit })).contacts[0]!;
    const other = await t.create({ name: 'Espace de vie sociale' });
    expect(
      (await t.failure('network.saveContact', { actorId: other.id, id: entry.id, contact: visit })).code,
    ).toBe('not_found');
    expect(t.count('network_contact')).toBe(1);
  });
});

describe('meeting the actors: the status', () => {
  it('is « non renseigné » until set, dated when it changes, and never bumps the record’s update date', async () => {
    t.open();
    const { ccas } = await threeActors();
    t.setNow('2026-04-06T09:00:00Z');
    const met = await t.ok('network.setStatus', { actorId: ccas.id, status: 'met' });
    expect(met).toMatchObject({ status: 'met', statusChangedAt: '2026-04-06T09:00:00.000Z' });
    t.setNow('2026-04-07T09:00:00Z');
    expect(await t.ok('network.setStatus', { actorId: ccas.id, status: 'met' })).toMatchObject({
      statusChangedAt: '2026-04-06T09:00:00.000Z',
    });
    expect(await t.ok('network.setStatus', { actorId: ccas.id, status: 'member' })).toMatchObject({
      status: 'member',
      statusChangedAt: '2026-04-07T09:00:00.000Z',
    });
    expect(await t.ok('network.setStatus', { actorId: ccas.id, status: null })).toMatchObject({
      status: null,
      statusChangedAt: null,
    });
    expect((await t.ok('actors.get', { id: ccas.id })).updatedAt).toBe('2026-04-05T10:00:00.000Z');
    expect((await t.failure('network.setStatus', { actorId: ccas.id, status: 'ami' })).code).toBe(
      'invalid_input',
    );
  });
});

describe('the « Réseau » overview', () => {
  it('counts per status and lists next steps by date (overdue first), then actors never met', async () => {
    t.open();
    const { mediatheque, ccas, mission } = await threeActors();
    const epn = await t.create({ name: 'Espace public numérique de Vienne', communeCode: '38544' });
    const refus = await t.create({ name: 'Association Déclic', communeCode: '38001' });
    const gone = await t.create({ name: 'Ancien tiers-lieu' });
    await t.ok('network.setStatus', { actorId: mediatheque.id, status: 'member' });
    await t.ok('network.setStatus', { actorId: ccas.id, status: 'met' });
    await t.ok('network.setStatus', { actorId: epn.id, status: 'spotted' });
    await t.ok('network.setStatus', { actorId: refus.id, status: 'declined' });
    await t.ok('network.setStatus', { actorId: gone.id, status: 'spotted' });

    // The CCAS: an old step superseded by a later contact whose step comes in January 2027.
    await t.ok('network.saveContact', {
      actorId: ccas.id,
      contact: {
        contactOn: '2026-01-10',
        kind: 'call',
        nextStep: 'Envoyer la plaquette',
        nextStepOn: '2026-01-20',
      },
    });
    await t.ok('network.saveContact', { actorId: ccas.id, contact: visit });
    // The médiathèque: a step overdue since March (today is 5 April 2026).
    await t.ok('network.saveContact', {
      actorId: mediatheque.id,
      contact: {
        contactOn: '2026-02-01',
        kind: 'meeting',
        nextStep: 'Relancer pour la convention',
        nextStepOn: '2026-03-01',
      },
    });
    // The mission locale: a step with no date.
    await t.ok('network.saveContact', {
      actorId: mission.id,
      contact: { contactOn: '2026-03-30', kind: 'email', nextStep: 'Attendre la réponse du directeur' },
    });
    // Déclic: a contact, no next step.
    await t.ok('network.saveContact', {
      actorId: refus.id,
      contact: { contactOn: '2026-03-02', kind: 'call' },
    });
    // In the trash: left out everywhere.
    await t.ok('network.saveContact', { actorId: gone.id, contact: { ...visit, nextStepOn: '2026-01-01' } });
    await t.ok('actors.delete', { id: gone.id });

    const overview = await t.ok('network.overview', {});
    expect(overview.today).toBe('2026-04-05');
    expect(overview.total).toBe(5);
    expect(overview.counts).toEqual({ spotted: 1, met: 1, member: 1, declined: 1, none: 1 });
    expect(overview.contactCount).toBe(5);
    expect(
      overview.priorities.map((p) => [p.name, p.reason, p.nextStepOn, p.lastContactOn, p.communeName]),
    ).toEqual([
      ['Médiathèque de Grenoble', 'nextStep', '2026-03-01', '2026-02-01', 'Grenoble'],
      ['CCAS d’Échirolles', 'nextStep', '2027-01-15', '2026-03-12', 'Échirolles'],
      ['Mission locale du Nord-Isère', 'nextStep', null, '2026-03-30', 'Bourgoin-Jallieu'],
      ['Espace public numérique de Vienne', 'neverMet', null, null, 'Vienne'],
    ]);
    expect(overview.neverMetLeftOff).toBe(0);

    // The mission locale had a status never set: once its step is done (a contact with no step), it is an
    // actor never met, listed after the « repéré » ones.
    await t.ok('network.saveContact', {
      actorId: mission.id,
      contact: { contactOn: '2026-04-04', kind: 'call' },
    });
    const after = await t.ok('network.overview', {});
    expect(after.priorities.map((p) => [p.name, p.status, p.lastContactOn])).toEqual([
      ['Médiathèque de Grenoble', 'member', '2026-02-01'],
      ['CCAS d’Échirolles', 'met', '2026-03-12'],
      ['Espace public numérique de Vienne', 'spotted', null],
      ['Mission locale du Nord-Isère', null, '2026-04-04'],
    ]);
  });

  it('shows the first fifty actors never met and says how many are left off', async () => {
    t.open();
    const insert = t.backend.ctx.sqlite.prepare(
      "INSERT INTO actor (name, name_key, search_text, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
    );
    for (let i = 0; i < 70; i++) {
      const name = `Acteur ${String(i).padStart(2, '0')}`;
      insert.run(name, name.toLowerCase(), name.toLowerCase());
    }
    const overview = await t.ok('network.overview', {});
    expect(overview.counts.none).toBe(70);
    expect(overview.priorities).toHaveLength(50);
    expect(overview.priorities[0]!.name).toBe('Acteur 00');
    expect(overview.neverMetLeftOff).toBe(20);
  });
});

describe('the directory filtered by network status', () => {
  it('filters by one or several statuses, « non renseigné » included, with the other filters', async () => {
    t.open();
    const { mediatheque, ccas } = await threeActors();
    await t.ok('network.setStatus', { actorId: mediatheque.id, status: 'member' });
    await t.ok('network.setStatus', { actorId: ccas.id, status: 'spotted' });
    expect(await t.names({ networkStatuses: ['member'] })).toEqual(['Médiathèque de Grenoble']);
    expect(await t.names({ networkStatuses: ['none'] })).toEqual(['Mission locale du Nord-Isère']);
    expect(await t.names({ networkStatuses: ['none', 'spotted'] })).toEqual([
      'CCAS d’Échirolles',
      'Mission locale du Nord-Isère',
    ]);
    expect(await t.names({ networkStatuses: ['met'] })).toEqual([]);
    // The exports and the Word annuaire take the list's filters, this one included.
    const exported = await readFilteredActors(t.backend.ctx, { networkStatuses: ['member', 'spotted'] });
    expect(exported.map((actor) => actor.name)).toEqual(['CCAS d’Échirolles', 'Médiathèque de Grenoble']);
    expect(await t.names({ networkStatuses: ['none', 'member'], search: 'grenoble' })).toEqual([
      'Médiathèque de Grenoble',
    ]);
    expect(await t.names({ networkStatuses: ['spotted', 'member'], communeCodes: ['38151'] })).toEqual([
      'CCAS d’Échirolles',
    ]);
    const page = await t.ok('actors.list', {
      networkStatuses: ['none', 'spotted'],
      sort: { field: 'commune', direction: 'desc' },
    });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.name)).toEqual([
      'CCAS d’Échirolles',
      'Mission locale du Nord-Isère',
    ]);
    await t.ok('actors.delete', { id: ccas.id });
    expect(await t.names({ networkStatuses: ['spotted'] })).toEqual([]);
    expect((await t.failure('actors.list', { networkStatuses: ['ami'] })).code).toBe('invalid_input');
  });
});

describe('the directory filtered by network status, page by page', () => {
  it('gives the same rows whether a page is read in order through the status index or sorted', async () => {
    t.open();
    const insert = t.backend.ctx.sqlite.prepare(
      "INSERT INTO actor (name, name_key, search_text, network_status, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')",
    );
    const statuses = [null, null, 'spotted', null, 'member'] as const;
    for (let i = 0; i < 200; i++) {
      // Names out of id order, some alike, so that the order and its ties are really tested.
      const name = `Acteur ${String((i * 37) % 90).padStart(2, '0')}`;
      insert.run(name, name.toLowerCase(), name.toLowerCase(), statuses[i % statuses.length]);
    }
    for (const status of ['none', 'spotted'] as const)
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { field: 'name' as const, direction };
        const whole = await t.ok('actors.list', { networkStatuses: [status], sort, limit: 500 });
        const paged = [];
        for (let offset = 0; offset < whole.total; offset += 10)
          paged.push(
            ...(await t.ok('actors.list', { networkStatuses: [status], sort, offset, limit: 10 })).items,
          );
        expect(whole.total).toBe(status === 'none' ? 120 : 40);
        expect(paged.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
      }
  });
});

describe('merging duplicates and leaving the territory', () => {
  it('moves the other record’s contacts to the kept actor and keeps the status set last', async () => {
    t.open();
    const a = await t.create({ name: 'Médiathèque de Grenoble', communeCode: '38185' });
    const b = await t.create({ name: 'Médiathèque Grenoble', communeCode: '38185' });
    await t.ok('network.saveContact', { actorId: a.id, contact: { contactOn: '2026-01-05', kind: 'call' } });
    await t.ok('network.saveContact', { actorId: b.id, contact: visit });
    await t.ok('network.setStatus', { actorId: a.id, status: 'spotted' });
    t.setNow('2026-04-06T10:00:00Z');
    await t.ok('network.setStatus', { actorId: b.id, status: 'member' });
    await t.ok('duplicates.merge', { keepId: a.id, otherId: b.id, choices: {} });
    const kept = await t.ok('network.actor', { actorId: a.id });
    expect(kept.status).toBe('member');
    expect(kept.contacts.map((c) => [c.actorId, c.contactOn, c.kind])).toEqual([
      [a.id, '2026-03-12', 'visit'],
      [a.id, '2026-01-05', 'call'],
    ]);
    // Restoring the other record gives it back without the contacts, which stay with the kept actor.
    await t.ok('actors.restore', { id: b.id });
    expect((await t.ok('network.actor', { actorId: b.id })).contacts).toEqual([]);
  });

  it('keeps the kept actor’s status when the other never had one', async () => {
    t.open();
    const a = await t.create({ name: 'CCAS d’Échirolles' });
    const b = await t.create({ name: 'CCAS Echirolles' });
    await t.ok('network.setStatus', { actorId: a.id, status: 'met' });
    await t.ok('duplicates.merge', { keepId: a.id, otherId: b.id, choices: {} });
    expect((await t.ok('network.actor', { actorId: a.id })).status).toBe('met');
  });

  it('empties the contacts and the statuses when the territory is left, and purging deletes an actor’s log', async () => {
    t.open();
    const { ccas, mission } = await threeActors();
    await t.ok('network.saveContact', { actorId: ccas.id, contact: visit });
    await t.ok('network.saveContact', { actorId: mission.id, contact: visit });
    await t.ok('actors.delete', { id: mission.id });
    await t.ok('actors.purge', { id: mission.id });
    expect(t.count('network_contact')).toBe(1);
    await t.ok('territory.reset', {});
    expect(t.count('network_contact')).toBe(0);
    expect(t.count('actor')).toBe(0);
  });
});

describe('migration 015', () => {
  it('brings a schema-14 file forward: actors « non renseigné », an empty log that goes with its actor', async () => {
    const path = join(tempDir(), 'v14.sqlite');
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 14)) old.exec(migration.sql);
    old.pragma('user_version = 14');
    old
      .prepare(
        "INSERT INTO actor (id, name, name_key, search_text, created_at, updated_at) VALUES (7, 'CCAS', 'ccas', 'ccas', '2025-01-01', '2025-01-01')",
      )
      .run();
    old.close();

    const opened = openDatabase(path);
    expect(opened.migration.from).toBe(14);
    const row = opened.sqlite
      .prepare('SELECT network_status, network_status_changed_at FROM actor WHERE id = 7')
      .get();
    expect(row).toEqual({ network_status: null, network_status_changed_at: null });
    opened.sqlite
      .prepare(
        "INSERT INTO network_contact (actor_id, contact_on, kind, created_at, updated_at) VALUES (7, '2026-01-01', 'visit', 'x', 'x')",
      )
      .run();
    expect(() => opened.sqlite.prepare("UPDATE actor SET network_status = 'ami' WHERE id = 7").run()).toThrow(
      /CHECK/,
    );
    expect(() =>
      opened.sqlite
        .prepare(
          "INSERT INTO network_contact (actor_id, contact_on, kind, created_at, updated_at) VALUES (7, '2026-01-01', 'pigeon', 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    opened.sqlite.prepare('DELETE FROM actor WHERE id = 7').run();
    expect(opened.sqlite.prepare('SELECT COUNT(*) AS n FROM network_contact').get()).toEqual({ n: 0 });
    await opened.close();
  });
});
