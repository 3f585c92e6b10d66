/** Why a backup was made: each kind is kept by the same rotation policy, separately. */
export const BACKUP_KINDS = ['import', 'migration', 'territory', 'restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  import: 'Avant un import',
  migration: 'Avant une mise à jour de Maillage',
  territory: 'Avant un changement de territoire',
  restore: 'Avant une restauration',
  manual: 'Sauvegarde manuelle',
};

/** One backup file, as the « Sauvegardes » screen lists it. */
export interface BackupDto {
  /** The file's name, which identifies it (no folder: the engine knows where backups are). */
  name: string;
  kind: BackupKind;
  /** ISO date-time the copy was made. */
  createdAt: string;
  sizeBytes: number;
}

export interface BackupListDto {
  /** Newest first. */
  backups: BackupDto[];
  /** Where the backups are kept, to show the user. */
  folder: string;
}

export interface BackupRestoreDto {
  restored: BackupDto;
  /** The copy of the file as it was just before the restoring, in case it was a mistake. */
  previous: BackupDto;
}
