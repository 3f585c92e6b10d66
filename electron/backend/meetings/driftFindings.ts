import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AssumedStateDto, FindingDto } from '../../../shared/governance/governanceDto';
import { formatDate, quoted } from '../../../shared/format/french';
import { ATTENDANCE_LABELS } from '../../../shared/meetings/meetingsVocabulary';
import { driftingMembers } from './absenceStreaks';

/** « N'oublier personne »: a member absent or excused at its last three held meetings is a finding too. */
export async function driftFindings(
  db: Kysely<DB>,
  instanceId: number,
  assumed: Record<string, AssumedStateDto>,
): Promise<FindingDto[]> {
  return (await driftingMembers(db, instanceId)).map((member) => {
    const key = `attendance:${member.memberId}`;
    return {
      key,
      rule: 'attendance',
      subject: String(member.memberId),
      title: `${quoted(member.name)} a manqué les trois dernières réunions`,
      detail: `${member.missed
        .map(
          (m) => `${formatDate(m.startsAt.slice(0, 10))} (${ATTENDANCE_LABELS[m.attendance].toLowerCase()})`,
        )
        .join(', ')}\u00a0: un appel ou une visite peut renouer le lien.`,
      priority: true,
      coveredBy: [],
      suggestions: [],
      otherCandidates: 0,
      assumed: assumed[key] ?? null,
    };
  });
}
