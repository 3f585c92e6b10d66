import type { DataStore } from '../db/dataStore';

/** Several imports written together (a table with a structure column): all of them, or none. */
export function inOneTransaction<T>({ sqlite }: Pick<DataStore, 'sqlite'>, write: () => T): T {
  return sqlite.transaction(write)();
}
