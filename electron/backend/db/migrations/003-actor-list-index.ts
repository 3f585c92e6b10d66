/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The directory list scans one covering index instead of the actor rows: every column the list filters,
 * sorts or searches on is in it, so a search or a sort over 20,000 actors reads a few megabytes of index
 * and no table page. Ordered by name, the default sort, so that the first page needs no sort at all.
 */
export const migration003ActorListIndex = `
CREATE INDEX actor_live_list ON actor (deleted_at, name_key, commune_code, last_verified_on, updated_at, search_text);
`;
