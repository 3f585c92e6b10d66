import { describe, expect, it } from 'vitest';
import { backupsToRemove } from '../../electron/backend/db/backups/backupRotation';
import { backupFileName, parseBackupName } from '../../electron/backend/db/backups/backupNames';
import { formatFileSize } from '../../shared/format/fileSize';
import type { BackupKind } from '../../shared/backups/backupDto';

const now = new Date('2026-04-05T12:00:00Z');
const at = (kind: BackupKind, iso: string) => ({ kind, createdAt: new Date(iso), id: `${kind}@${iso}` });

describe('backup rotation', () => {
  it('keeps the 5 latest of a kind when ten are made the same day', () => {
    const imports = Array.from({ length: 10 }, (_, i) =>
      at('import', `2026-04-05T10:${String(i).padStart(2, '0')}:00Z`),
    );
    const removed = backupsToRemove(imports, now).map((backup) => backup.id);
    expect(removed).toEqual(imports.slice(0, 5).map((backup) => backup.id));
  });

  it('keeps the latest of each of the last 7 days, and drops older ones beyond the 5 latest', () => {
    const daily = Array.from({ length: 12 }, (_, day) =>
      at('import', new Date(now.getTime() - day * 86_400_000 - 3_600_000).toISOString()),
    );
    const kept = daily.filter((backup) => !backupsToRemove(daily, now).includes(backup));
    // Days 0..6 are within the week; days 7..11 are older and not among the 5 latest.
    expect(kept.map((backup) => backup.id)).toEqual(daily.slice(0, 7).map((backup) => backup.id));
  });

  it('never lets one kind push out another', () => {
    const migration = at('migration', '2025-01-01T00:00:00Z');
    const imports = Array.from({ length: 20 }, (_, i) =>
      at('import', `2026-04-05T11:${String(i).padStart(2, '0')}:00Z`),
    );
    expect(backupsToRemove([migration, ...imports], now)).not.toContain(migration);
  });
});

describe('backup names', () => {
  it('say the kind and the date, and two in the same second differ', () => {
    const date = new Date('2026-04-05T10:00:00Z');
    const first = backupFileName('/d/maillage.sqlite', 'import', date);
    const second = backupFileName('/d/maillage.sqlite', 'import', date, { attempt: 2 });
    expect(first).toBe('maillage.avant-import.2026-04-05T10-00-00.sqlite');
    expect(second).toBe('maillage.avant-import.2026-04-05T10-00-00-2.sqlite');
    expect(parseBackupName('/d/maillage.sqlite', second)).toEqual({
      kind: 'import',
      createdAt: date,
      attempt: 2,
    });
    expect(parseBackupName('/d/maillage.sqlite', first)?.attempt).toBe(1);
    expect(
      parseBackupName('/d/maillage.sqlite', 'maillage.avant-schema-7.2026-04-05T10-00-00.sqlite')?.kind,
    ).toBe('migration');
  });

  it('are never read in a partial copy, another database’s backup or the database itself', () => {
    for (const name of [
      'maillage.avant-import.2026-04-05T10-00-00.sqlite.partiel',
      'autre.avant-import.2026-04-05T10-00-00.sqlite',
      'maillage.sqlite',
      'maillage.mis-de-cote.2026-04-05T10-00-00.sqlite',
    ])
      expect(parseBackupName('/d/maillage.sqlite', name)).toBeNull();
  });
});

describe('file sizes in French', () => {
  it('use decimal units with a comma and a no-break space', () => {
    expect(formatFileSize(12_345_678)).toBe('12,3\u00a0Mo');
    expect(formatFileSize(850_000)).toBe('850\u00a0ko');
    expect(formatFileSize(999_990)).toBe('1\u00a0Mo');
    expect(formatFileSize(2_100_000_000)).toBe('2,1\u00a0Go');
    expect(formatFileSize(1)).toBe('1\u00a0octet');
  });
});
