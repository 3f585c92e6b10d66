/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The directory at 100,000 actors (issue 13):
 *
 * - `actor_search`, a full-text index of `actor.search_text` (FTS5, external content: the text stays on the
 *   actor row) cut into trigrams, so that a search word of three characters or more finds the actors whose
 *   text contains it without reading every row: « mediath » is the phrase of trigrams med·edi·dia·iat·ath
 *   at consecutive positions, which is exactly « contains mediath ». `search_text` is already lower-case and
 *   accent-free (`normalizeForSearch`), so the index folds nothing (`case_sensitive 1`): it matches the same
 *   actors as `search_text LIKE '%word%'` did. Kept by triggers, whoever writes the row (form, import, merge,
 *   migration); an update that leaves the text as it was costs nothing.
 * - Indexes that give the list's orders with their ties, so that a page is read in order and stops after its
 *   rows instead of sorting every match: by commune then name, by check date (both ways) then name, by
 *   modification date. `actor_keys`, keyed by id, holds every column the list filters or sorts on, for the
 *   matches of a narrow filter, looked up by id without touching the wide actor rows.
 * - The communes of places and permanences indexed with their actor or place, so that the set of actors of
 *   a few communes is read from the indexes alone (35 → 6 ms for 5 communes of 100,000 actors).
 */
export const migration013DirectorySearchIndex = `
CREATE VIRTUAL TABLE actor_search USING fts5(
  search_text, content = 'actor', content_rowid = 'id', tokenize = 'trigram case_sensitive 1'
);
INSERT INTO actor_search (rowid, search_text) SELECT id, search_text FROM actor;

CREATE TRIGGER actor_search_insert AFTER INSERT ON actor BEGIN
  INSERT INTO actor_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER actor_search_delete AFTER DELETE ON actor BEGIN
  INSERT INTO actor_search (actor_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER actor_search_update AFTER UPDATE OF search_text ON actor
WHEN old.search_text IS NOT new.search_text BEGIN
  INSERT INTO actor_search (actor_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO actor_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE INDEX actor_live_commune ON actor (deleted_at, commune_code, name_key);
CREATE INDEX actor_live_verified_asc ON actor (deleted_at, last_verified_on, name_key);
CREATE INDEX actor_live_verified_desc ON actor (deleted_at, last_verified_on DESC, name_key);
CREATE INDEX actor_live_updated ON actor (deleted_at, updated_at);
CREATE INDEX actor_keys ON actor (id, deleted_at, name_key, commune_code, last_verified_on, updated_at);

DROP INDEX place_commune;
CREATE INDEX place_commune ON place (commune_code, actor_id);
DROP INDEX permanence_commune;
CREATE INDEX permanence_commune ON permanence (commune_code, place_id);
`;
