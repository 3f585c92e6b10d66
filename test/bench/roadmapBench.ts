/**
 * The feuille de route under autosave: a body of 30 members and a roadmap of 6 chantiers × 5 actions (each with
 * 3 funding lines, 2 indicators and 4 roles), through the router as the renderer calls it. Times the read of
 * everything (`roadmap.get`), one autosave of a fiche action (write + whole roadmap answered), the adoption and
 * the comparison of the adopted version with the amended draft.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { seedTerritory } from '../integration/support/seedTerritory';
import { seedInstance } from '../integration/support/seedInstance';
import { median, timeAsync, type BenchRow } from './measure';

const MEMBERS = 30;
const CHANTIERS = 6;
const ACTIONS_PER_CHANTIER = 5;
const RUNS = 20;

export async function roadmapBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-roadmap-'));
  const backend = createBackend({
    databasePath: join(dir, 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await backend.router.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
    return result.data as ApiOutput<M>;
  };
  try {
    seedTerritory(backend.ctx.sqlite);
    const { instanceId, memberIds } = seedInstance(
      backend.ctx.sqlite,
      'Comité de pilotage',
      Array.from({ length: MEMBERS }, (_, i) => ({
        kind: 'actor' as const,
        name: `Structure partenaire n° ${i + 1}`,
        representatives: [{ name: `Représentant ${i + 1}`, role: 'Directeur' }],
      })),
    );
    await call('roadmap.setInstance', { instanceId });
    let lastAction: ApiInput<'roadmap.saveAction'> & { id: number } = { id: 0, chantierId: 0, title: '' };
    for (let c = 0; c < CHANTIERS; c++) {
      const chantier = await call('roadmap.saveChantier', { title: `Chantier ${c + 1}` });
      for (let a = 0; a < ACTIONS_PER_CHANTIER; a++) {
        const n = c * ACTIONS_PER_CHANTIER + a;
        const input = {
          chantierId: chantier.id,
          title: `Action ${n + 1} : permanences numériques dans les communes`,
          description: 'Une demi-journée par mois dans chaque mairie, avec un conseiller numérique.',
          pilotMemberId: memberIds[n % MEMBERS]!,
          partnerMemberIds: [memberIds[(n + 1) % MEMBERS]!, memberIds[(n + 2) % MEMBERS]!],
          start: '2026-09',
          end: '2027-06',
          budget: 20000,
          fundings: [
            { source: 'etat_fne' as const, amount: 10000, status: 'acquis' as const },
            { source: 'epci' as const, amount: 6000, status: 'demande' as const },
            { source: 'caf' as const, amount: 4000, status: 'envisage' as const },
          ],
          indicators: [
            { label: 'Personnes accompagnées', target: 200, actual: 40 },
            { label: 'Permanences tenues', target: 40, actual: 8 },
          ],
        };
        const saved = await call('roadmap.saveAction', input);
        await call('roadmap.setRole', {
          actionId: saved.id,
          memberId: memberIds[(n + 3) % MEMBERS]!,
          role: 'financeur',
        });
        lastAction = { ...input, id: saved.id };
      }
    }
    const reads: number[] = [];
    for (let i = 0; i < RUNS; i++) reads.push(await timeAsync(() => call('roadmap.get', {})));
    const writes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writes.push(await timeAsync(() => call('roadmap.saveAction', { ...lastAction, progress: i })));
    }
    const adoption = await timeAsync(() => call('roadmap.adopt', { date: '2026-04-05', place: 'Civray' }));
    await call('roadmap.amend', {});
    await call('roadmap.saveAction', { ...lastAction, status: 'en_cours', progress: 50 });
    const comparison = await timeAsync(() => call('roadmap.compare', { from: 1, to: 'brouillon' }));
    const size = `${CHANTIERS * ACTIONS_PER_CHANTIER} actions, ${MEMBERS} membres`;
    return [
      { label: `Feuille de route (${size}) : tout lire`, ms: median(reads), targetMs: 50 },
      {
        label: 'Feuille de route : enregistrement automatique d’une fiche action',
        ms: median(writes),
        targetMs: 100,
      },
      { label: 'Feuille de route : adoption (version figée)', ms: adoption },
      { label: 'Feuille de route : comparaison version 1 / brouillon', ms: comparison },
    ];
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
