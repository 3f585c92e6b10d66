// Names only, no imports: the sandboxed preload bundles this list as its allowlist.
/** Methods of the backups: the copies of the database file, made before risky changes or on request. */
export const BACKUP_METHODS = ['backups.list', 'backups.create', 'backups.restore'] as const;

export type BackupMethod = (typeof BACKUP_METHODS)[number];
