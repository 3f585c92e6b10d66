import { sql } from 'kysely';

/**
 * `(SELECT value FROM json_each(?))`: a whole list as ONE parameter, whatever its length (SQLite limits the
 * number of parameters of a statement, not the length of one). For `IN` conditions of the query builder.
 */
export const jsonList = <T extends string | number>(values: readonly T[]) =>
  sql<T>`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
