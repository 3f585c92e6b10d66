import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';

/**
 * Every version of a document can be exported, each under its own name: the feuille de route adopted and
 * signed stays exportable as it was signed while its amendment is written, and today's diagnostic and a frozen
 * one are told apart. Through the router, as the « Documents » screen asks.
 */

const t = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function demoWithRoadmap(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
}

describe('the versions of the feuille de route', () => {
  it('exports the signed version 1 and the draft of version 2 once an amendment is open, under distinct names', async () => {
    await demoWithRoadmap();
    const roadmap = await t.ok('roadmap.get', {});
    const mayor = roadmap.signatures.find((s) => s.signatory === 'Sylvie Marchand')!;
    await t.ok('roadmap.saveSignature', {
      memberId: mayor.memberId,
      organisation: mayor.organisation,
      signatory: mayor.signatory,
      function: mayor.function,
      signedOn: '2026-04-02',
      status: 'signe',
    });
    await t.ok('roadmap.adopt', { date: '2026-04-02', place: 'Civray' });
    await t.ok('roadmap.amend', {});
    await t.ok('roadmap.updateText', { purpose: 'Raison d’être réécrite pour la version 2.' });

    const v1 = await t.ok('documents.build', { kind: 'feuilleDeRoute', options: { version: 1 } });
    const v2 = await t.ok('documents.build', { kind: 'feuilleDeRoute', options: { version: 'projet' } });
    expect(v1.fileName).toBe(
      'Feuille de route – version 1 adoptée le 2 avril 2026 – CC du Civraisien en Poitou.docx',
    );
    expect(v2.fileName).toBe(
      'Feuille de route – version 2 (projet du 5 avril 2026) – CC du Civraisien en Poitou.docx',
    );

    const signed = readDocx(v1.contentBase64).paragraphs.map(plain);
    expect(signed).toContain('Version 1 adoptée le 2 avril 2026');
    expect(signed).toContain('Fait à Civray, le 2 avril 2026');
    expect(signed).toContain('Signé le 2 avril 2026');
    expect(signed.join('\n')).not.toContain('Raison d’être réécrite');

    const draft = readDocx(v2.contentBase64).paragraphs.map(plain);
    expect(draft.some((p) => p.startsWith('Projet de version 2'))).toBe(true);
    expect(draft).toContain('Raison d’être réécrite pour la version 2.');
    expect(draft).toContain('Fait à ………………………………, le ………………………………');
    expect(draft.some((p) => p.startsWith('Signé le'))).toBe(false);

    // Without a choice, the document is the roadmap as its screen shows it: the draft being written.
    const working = await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} });
    expect(working.fileName).toBe(v2.fileName);

    // The screen offers both, each with the name of the file it gives.
    const entry = (await t.ok('documents.availability', {})).find((d) => d.kind === 'feuilleDeRoute')!;
    expect(entry.choices.map((c) => [c.key, c.fileName, c.request])).toEqual([
      ['projet', v2.fileName, { kind: 'feuilleDeRoute', options: { version: 'projet' } }],
      ['version-1', v1.fileName, { kind: 'feuilleDeRoute', options: { version: 1 } }],
    ]);
    expect(plain(entry.choices[1]!.label)).toBe(
      'Version 1, adoptée le 2 avril 2026 à Civray (1 signature sur 4)',
    );
    // The note's card gives figures, as the others do: the diagnostic's and the state of the roadmap it reports.
    const note = (await t.ok('documents.availability', {})).find((d) => d.kind === 'noteSynthese')!;
    const { offer } = await t.ok('diagnostic.get', {});
    expect(plain(note.detail)).toBe(
      `Au 5 avril 2026 : 35 communes, ${offer.totals.placeCount} lieux de médiation ; feuille de route : projet de version 2 (amendement de la version 1), à adopter.`,
    );
  });

  it('refuses a version that does not exist, and a projet while none is being written, in French', async () => {
    await demoWithRoadmap();
    await t.ok('roadmap.adopt', { date: '2026-04-02', place: 'Civray' });
    expect(
      (await t.failure('documents.build', { kind: 'feuilleDeRoute', options: { version: 7 } })).message,
    ).toBe('La version 7 de la feuille de route n’existe pas.');
    expect(
      (await t.failure('documents.build', { kind: 'feuilleDeRoute', options: { version: 'projet' } }))
        .message,
    ).toBe('Aucun projet de feuille de route n’est en cours\u00a0: la version 1 est adoptée.');
    expect(
      (await t.failure('documents.build', { kind: 'feuilleDeRoute', options: { version: 'v2' } })).code,
    ).toBe('invalid_input');
    // Only one version exists: the screen offers no choice.
    const entry = (await t.ok('documents.availability', {})).find((d) => d.kind === 'feuilleDeRoute')!;
    expect(entry.choices).toEqual([]);
  });
});

describe('today’s diagnostic and a frozen one', () => {
  it('are offered and named apart', { timeout: 90_000 }, async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    t.setNow('2026-03-12T09:00:00Z');
    const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires' });
    t.setNow('2026-04-05T10:00:00Z');

    const current = await t.ok('documents.build', { kind: 'diagnostic', options: {} });
    const snapshot = await t.ok('documents.build', {
      kind: 'diagnostic',
      options: { snapshotId: frozen.id },
    });
    expect(current.fileName).toBe('Diagnostic au 5 avril 2026 – CC du Civraisien en Poitou.docx');
    expect(snapshot.fileName).toBe(
      'Diagnostic figé le 12 mars 2026 (Conférence des maires) – CC du Civraisien en Poitou.docx',
    );
    await t.create({ name: 'Association sans adresse', places: [{ name: 'Antenne' }] });
    const cards = await t.ok('documents.availability', {});
    const entry = cards.find((d) => d.kind === 'diagnostic')!;
    // The card counts the places as the diagnostic does (those in a commune of the territory), not all the
    // directory's, which the annuaire's card counts (a place without a commune is not the territory's).
    const { offer } = await t.ok('diagnostic.get', {});
    const directoryPlaces = Number(
      /(\d+)\u00a0lieux d’accueil/.exec(cards.find((d) => d.kind === 'annuaire')!.detail)![1],
    );
    expect(directoryPlaces).toBeGreaterThan(offer.totals.placeCount);
    expect(entry.choices.map((c) => [c.fileName, c.request])).toEqual([
      [current.fileName, { kind: 'diagnostic', options: {} }],
      [snapshot.fileName, { kind: 'diagnostic', options: { snapshotId: frozen.id } }],
    ]);
  });
});
