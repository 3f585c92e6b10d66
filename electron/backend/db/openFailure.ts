import { formatDateTime } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import { backupFolderOf } from './backups/backupNames';
import { latestGoodBackup } from './backups/latestGoodBackup';

/**
 * Why a database file cannot be used, told in French, with the latest good backup and how to put it
 * back. Never SQLite's English: the user sees what happened and what to do.
 */

export type OpenProblem = 'foreign' | 'damaged' | 'read_only' | 'open_elsewhere' | 'unreadable';

/** The browser mode's way to put the latest backup back (see `restoreLatestBackup`). */
export const RESTORE_COMMAND = 'npm run web -- --restaurer';

export function problemOfSqliteError(error: unknown): OpenProblem {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB') return 'foreign';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR_SHORT_READ')) return 'damaged';
  if (code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'open_elsewhere';
  if (code.startsWith('SQLITE_IOERR')) return 'damaged';
  return 'unreadable';
}

function whatHappened(problem: OpenProblem, path: string): string {
  switch (problem) {
    case 'foreign':
      return `Le fichier ${path} n’est pas un fichier de données de Maillage (ce n’est pas une base SQLite). Maillage ne l’a pas modifié.`;
    case 'damaged':
      return `Le fichier de données ${path} est endommagé (des pages sont illisibles, ou il a été coupé). Maillage ne l’ouvre pas, pour ne rien écrire par-dessus\u00a0: il n’a pas été modifié.`;
    case 'read_only':
      return `Le fichier de données ${path} est en lecture seule\u00a0: Maillage pourrait l’afficher mais n’y enregistrerait aucune modification. Donnez le droit d’y écrire (au fichier et à son dossier), ou copiez-le dans un dossier où vous pouvez écrire, puis relancez Maillage.`;
    case 'open_elsewhere':
      return `Le fichier de données ${path} est déjà ouvert par un autre Maillage (l’application de bureau, ou le mode navigateur dans une fenêtre de commande). Deux Maillage sur le même fichier écraseraient leurs modifications\u00a0: fermez l’autre, puis relancez celui-ci. Vos données n’ont pas été touchées.`;
    case 'unreadable':
      return `Le fichier de données ${path} ne peut pas être ouvert. Vérifiez que le disque est branché et que le fichier n’a pas été déplacé, puis relancez Maillage.`;
  }
}

/** The sentence about backups: the latest good one and how to restore it, or where none was found. */
export function backupAdvice(path: string, problem: OpenProblem): string {
  const backup = latestGoodBackup(path);
  if (!backup) return `Aucune sauvegarde de ce fichier n’a été trouvée (dossier ${backupFolderOf(path)}).`;
  const latest = `La sauvegarde la plus récente en bon état date du ${formatDateTime(backup.createdAt.toISOString())}\u00a0: ${backup.path}.`;
  if (problem === 'open_elsewhere') return latest;
  return (
    `${latest} Pour la remettre en place\u00a0: «\u00a0Restaurer la dernière sauvegarde\u00a0» (application de bureau) ou ` +
    `«\u00a0${RESTORE_COMMAND}\u00a0» (mode navigateur)\u00a0; le fichier actuel est mis de côté, pas effacé.`
  );
}

export function openFailure(problem: OpenProblem, path: string): AppFailure {
  const restorable = problem !== 'open_elsewhere' && latestGoodBackup(path) !== null;
  return new AppFailure(
    'database_unusable',
    `${whatHappened(problem, path)} ${backupAdvice(path, problem)}`,
    {
      problem,
      ...(restorable ? { restorable: 'oui' } : {}),
    },
  );
}
