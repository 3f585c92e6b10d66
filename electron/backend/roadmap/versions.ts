import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import type { RoadmapDto, RoadmapSide, RoadmapVersionSummaryDto } from '../../../shared/roadmap/roadmapDto';
import { formatDate, quoted } from '../../../shared/format/french';
import { ensureRoadmap, readDraft, roadmapRow } from './draftRoadmap';
import { inTransaction } from '../actors/writeActor';
import { localIsoDate } from '../clock';

/**
 * Versions of the roadmap: adopting freezes the draft as the whole RoadmapDto in JSON (composition and
 * signatures as they stand that day); « Amender » opens the next draft from the adopted content.
 */

export async function readVersion(db: Kysely<DB>, number: number): Promise<RoadmapDto> {
  const row = await db
    .selectFrom('roadmapVersion')
    .select('content')
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw new AppFailure('not_found', `La version ${number} de la feuille de route n’existe pas.`);
  return JSON.parse(row.content) as RoadmapDto;
}

/** The working roadmap: the draft, or while adopted the frozen version itself. */
export async function getRoadmap(db: Kysely<DB>, now: string): Promise<RoadmapDto> {
  // Reading creates nothing: an untouched territory shows the empty draft it would start as.
  const roadmap = await roadmapRow(db, now);
  return roadmap.state === 'adoptee'
    ? readVersion(db, roadmap.version)
    : readDraft(db, roadmap, localIsoDate(new Date(now)));
}

export async function adoptRoadmap(
  db: Kysely<DB>,
  { date, place }: { date: string; place: string },
  now: string,
): Promise<RoadmapDto> {
  return inTransaction(db, async (trx) => {
    const roadmap = await ensureRoadmap(trx, now);
    if (roadmap.state !== 'brouillon') {
      throw new AppFailure('conflict', `La version ${roadmap.version} est déjà adoptée.`);
    }
    if (roadmap.instanceId === null) {
      throw new AppFailure(
        'invalid_input',
        'Choisissez d’abord l’instance qui porte la feuille de route\u00a0: sa composition fait partie de la version adoptée.',
      );
    }
    // Computed indicators are frozen as computed on the day of the adoption.
    const draft = await readDraft(trx, roadmap, date);
    const frozen: RoadmapDto = {
      ...draft,
      // The people the editor offered are not part of what was adopted.
      signatures: draft.signatures.map(({ choices: _offered, ...signature }) => signature),
      state: 'adoptee',
      adoption: { version: roadmap.version, adoptedOn: date, place },
      updatedAt: now,
    };
    await trx
      .insertInto('roadmapVersion')
      .values({
        number: roadmap.version,
        adoptedOn: date,
        place,
        title: draft.title,
        content: JSON.stringify(frozen),
        frozenAt: now,
      })
      .execute();
    await trx.updateTable('roadmap').set({ state: 'adoptee', updatedAt: now }).where('id', '=', 1).execute();
    return frozen;
  });
}

export async function amendRoadmap(db: Kysely<DB>, now: string): Promise<RoadmapDto> {
  await inTransaction(db, async (trx) => {
    const roadmap = await ensureRoadmap(trx, now);
    if (roadmap.state !== 'adoptee') {
      throw new AppFailure(
        'conflict',
        `La version ${roadmap.version} est déjà en cours de rédaction\u00a0: adoptez-la avant d’amender.`,
      );
    }
    await trx
      .updateTable('roadmap')
      .set({ state: 'brouillon', version: roadmap.version + 1, amendedFrom: roadmap.version, updatedAt: now })
      .where('id', '=', 1)
      .execute();
    // A new version is signed again: names and functions stay, dates and statuses start over.
    await trx.updateTable('roadmapSignature').set({ status: 'a_signer', signedOn: null }).execute();
  });
  return getRoadmap(db, now);
}

export async function listVersions(db: Kysely<DB>): Promise<RoadmapVersionSummaryDto[]> {
  const rows = await db.selectFrom('roadmapVersion').selectAll().orderBy('number', 'desc').execute();
  return rows.map((row) => {
    const content = JSON.parse(row.content) as RoadmapDto;
    return {
      version: row.number,
      adoptedOn: row.adoptedOn,
      place: row.place,
      title: row.title,
      signatureCount: content.signatures.length,
      signedCount: content.signatures.filter((signature) => signature.status === 'signe').length,
      actionCount: content.chantiers.reduce((sum, chantier) => sum + chantier.actions.length, 0),
      frozenAt: row.frozenAt,
    };
  });
}

/** One side of a comparison, with how to name it in French. */
export async function readSide(
  db: Kysely<DB>,
  side: RoadmapSide,
  now: string,
): Promise<{ roadmap: RoadmapDto; label: string }> {
  if (side === 'brouillon') {
    const roadmap = await roadmapRow(db, now);
    if (roadmap.state !== 'brouillon') {
      throw new AppFailure(
        'not_found',
        `Aucun brouillon en cours\u00a0: cliquez sur ${quoted('Amender')} pour préparer la version suivante, ou comparez deux versions adoptées.`,
      );
    }
    return {
      roadmap: await readDraft(db, roadmap, localIsoDate(new Date(now))),
      label: `Brouillon de la version ${roadmap.version}`,
    };
  }
  const version = await readVersion(db, side);
  return {
    roadmap: version,
    label: `Version ${side}${version.adoption ? ` du ${formatDate(version.adoption.adoptedOn)}` : ''}`,
  };
}
