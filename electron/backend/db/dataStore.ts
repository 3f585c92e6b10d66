import type { BackendContext } from '../context';

/**
 * What a repository reads and writes through: the query builder, and the raw connection for the set-based
 * reads and bulk writes whose SQL the repository owns. Callers hand over their context; only repository
 * files and `db/` touch `sqlite` (eslint.config.js).
 */
export type DataStore = Pick<BackendContext, 'db' | 'sqlite'>;
