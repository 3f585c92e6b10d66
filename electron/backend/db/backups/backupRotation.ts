import type { BackupKind } from '../../../../shared/backups/backupDto';

/**
 * Which backups to keep: for each kind, the 5 most recent, plus the most recent of each of the last 7
 * days. So ten imports in a day leave five copies, a week of daily work leaves a copy per day, and a
 * kind of backup never pushes out another (a migration's copy stays however many imports follow).
 */
export const BACKUP_POLICY = { latestPerKind: 5, dailyForDays: 7 } as const;

interface Dated {
  kind: BackupKind;
  createdAt: Date;
  /** The order of copies made within the same second (names carry the second only). */
  attempt?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function backupsToRemove<T extends Dated>(
  backups: readonly T[],
  now: Date,
  policy = BACKUP_POLICY,
): T[] {
  const keep = new Set<T>();
  const byKind = new Map<BackupKind, T[]>();
  for (const backup of backups) byKind.set(backup.kind, [...(byKind.get(backup.kind) ?? []), backup]);
  for (const ofKind of byKind.values()) {
    const newestFirst = [...ofKind].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.attempt ?? 1) - (a.attempt ?? 1),
    );
    for (const backup of newestFirst.slice(0, policy.latestPerKind)) keep.add(backup);
    const days = new Set<string>();
    for (const backup of newestFirst) {
      if (now.getTime() - backup.createdAt.getTime() > policy.dailyForDays * DAY_MS) break;
      const day = backup.createdAt.toISOString().slice(0, 10);
      if (days.has(day)) continue;
      days.add(day);
      keep.add(backup);
    }
  }
  return backups.filter((backup) => !keep.has(backup));
}
