/**
 * The « n'oublier personne » check of a coordination body against the benchmark's directory of 20,000 actors: it runs
 * after each change of the body's members, so it must stay well under a second.
 */
import { openDatabase } from '../../electron/backend/db/open';
import { checkInstance } from '../../electron/backend/governance/forgetNoOneCheck';
import { saveInstance } from '../../electron/backend/governance/instanceRepository';
import { addMember } from '../../electron/backend/governance/memberWrites';
import { median, timeAsync, type BenchRow } from './measure';

const RUNS = 7;
const MEMBERS = 12;

export async function governanceBench(path: string): Promise<BenchRow[]> {
  const opened = openDatabase(path);
  try {
    const db = opened.db;
    const now = '2026-04-05T10:00:00.000Z';
    const instanceId = await saveInstance(
      db,
      { name: 'Comité de pilotage', kind: 'strategique', frequency: 'mensuelle', notes: null },
      { now },
    );
    const actors = await db.selectFrom('actor').select('id').orderBy('id').limit(MEMBERS).execute();
    for (const { id } of actors)
      await addMember(db, { instanceId, member: { kind: 'actor', actorId: id } }, { now });
    let findings = 0;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++)
      times.push(
        await timeAsync(async () => {
          findings = (await checkInstance(opened, instanceId)).findings.length;
        }),
      );
    return [
      {
        label: `« N’oublier personne » d’une instance de ${MEMBERS} membres → ${findings.toLocaleString('fr-FR')} manques`,
        ms: median(times),
        targetMs: 1000,
      },
    ];
  } finally {
    await opened.close();
  }
}
