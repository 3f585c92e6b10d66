/**
 * The Word annuaire des acteurs at scale (issue 13): every actor of a seeded file, by commune, through the
 * router. Target ≤ 1.5 s and ≤ 300 MB of peak memory. Measured in a child process (`annuaireProbe.ts`) so
 * that the peak memory is the build's, not the seeding's; the engine's own memory before any build is printed
 * beside it (under tsx, ≈ 40 MB of it is tsx itself).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { BenchRow } from './measure';
import type { AnnuaireProbeAnswer } from './annuaireProbe';

const MAX_MB = 300;

function probe(path: string, now: string): Promise<AnnuaireProbeAnswer> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'annuaireProbe.ts'), [path, now], { stdio: 'inherit' });
    let answer: AnnuaireProbeAnswer | null = null;
    child.on('message', (message) => (answer = message as AnnuaireProbeAnswer));
    child.on('error', reject);
    child.on('exit', (code) =>
      answer ? resolve(answer) : reject(new Error(`La mesure de l’annuaire a échoué (code ${code}).`)),
    );
  });
}

export async function annuaireBench(path: string, now: string): Promise<BenchRow[]> {
  const answer = await probe(path, now);
  const fr = (value: number, digits = 0) => value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
  return [
    {
      label: `Annuaire Word de ${fr(answer.actorCount)} acteurs, par commune (${fr(answer.byteCount / 1e6, 1)} Mo)`,
      ms: answer.ms,
      targetMs: 1500,
    },
    {
      label: `Mémoire maximale de l’annuaire (maxRSS, cible ≤ ${MAX_MB} Mo)`,
      value: `${fr(answer.maxRssMb)} Mo ${answer.maxRssMb <= MAX_MB ? '✔' : '✘ au-dessus'}`,
    },
    {
      label: '… dont le moteur avant toute fabrication (fichier ouvert, modules chargés)',
      value: `${fr(answer.baselineRssMb)} Mo`,
    },
    {
      label: '… et le maximum après la première fabrication seule',
      value: `${fr(answer.firstBuildMaxRssMb)} Mo`,
    },
  ];
}
