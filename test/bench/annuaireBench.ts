/**
 * The Word annuaire des acteurs at scale (issue 13): every actor of a seeded file, by commune, asked for
 * through the window of the built app (`annuaireProbe.ts`, in a child process that starts the built shell).
 * Target ≤ 1.5 s and ≤ 300 MB of peak memory for the engine's process, its document worker included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './measure';
import type { AnnuaireProbeAnswer } from './annuaireProbe';
import { runBuiltAppProbe } from './builtAppProbe';

const MAX_MB = 300;

function probe(path: string): Promise<AnnuaireProbeAnswer> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-annuaire-'));
  return runBuiltAppProbe<AnnuaireProbeAnswer>(
    'annuaireProbe.ts',
    [path, dir],
    'La mesure de l’annuaire',
  ).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export async function annuaireBench(path: string): Promise<BenchRow[]> {
  const answer = await probe(path);
  const fr = (value: number, digits = 0) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
  const mb = (value: number) => `${fr(value)} Mo`;
  return [
    {
      label: `Annuaire Word de ${fr(answer.actorCount)} acteurs, par commune (${fr(answer.byteCount / 1e6, 1)} Mo), app construite : le premier`,
      ms: answer.firstMs,
      targetMs: 1500,
    },
    { label: '… les suivants (médiane)', ms: answer.ms, targetMs: 1500 },
    {
      label: `Mémoire maximale du moteur (VmHWM, fil des documents compris, cible ≤ ${MAX_MB} Mo)`,
      value: `${mb(answer.maxMb)} ${answer.maxMb <= MAX_MB ? '✔' : '✘ au-dessus'}`,
    },
    { label: '… le moteur avant tout document (écran Documents ouvert)', value: mb(answer.baselineMb) },
    { label: '… après le premier annuaire', value: mb(answer.firstBuildMb) },
  ];
}
