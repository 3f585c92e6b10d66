/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * Multi-valued fields move onto their row (issue 13): `actor.tags` and `place.tags` hold a JSON object
 * whose keys are the kinds that had rows in `actor_tag`/`place_tag` (`{"typology":["CCAS"],"public":[…]}`),
 * so that reading a record or writing an import row no longer touches one row per value (≈ 250,000 rows
 * for 20,000 actors). What the directory filters on (typologies, roles, publics, programmes, labels, and
 * the services of an actor's places) is indexed in `actor_facet`: one small integer pair per actor and
 * value, the value named once in `facet`. Every value is kept, those outside today's vocabularies too.
 *
 * `actor_facet` is derived from the rows' `tags` and written with them (actors/facetRepository.ts); it has
 * no foreign key on the actor, so that deleting an actor costs no scan: its facets are deleted first.
 */
export const migration011TagsOnRows = `
ALTER TABLE actor ADD COLUMN tags TEXT NOT NULL DEFAULT '{}';
ALTER TABLE place ADD COLUMN tags TEXT NOT NULL DEFAULT '{}';

UPDATE actor SET tags = (
  SELECT json_group_object(kind, json(vals)) FROM (
    SELECT kind, json_group_array(value) AS vals FROM actor_tag WHERE actor_id = actor.id GROUP BY kind
  )
) WHERE id IN (SELECT actor_id FROM actor_tag);

UPDATE place SET tags = (
  SELECT json_group_object(kind, json(vals)) FROM (
    SELECT kind, json_group_array(value) AS vals FROM place_tag WHERE place_id = place.id GROUP BY kind
  )
) WHERE id IN (SELECT place_id FROM place_tag);

CREATE TABLE facet (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('typology', 'role', 'public', 'programme', 'label', 'service')),
  value TEXT NOT NULL,
  UNIQUE (kind, value)
);

CREATE TABLE actor_facet (
  facet_id INTEGER NOT NULL REFERENCES facet (id),
  actor_id INTEGER NOT NULL,
  PRIMARY KEY (facet_id, actor_id)
) WITHOUT ROWID;

INSERT INTO facet (kind, value)
  SELECT kind, value FROM actor_tag WHERE kind IN ('typology', 'role', 'public', 'programme', 'label')
  UNION
  SELECT kind, value FROM place_tag WHERE kind = 'service';

INSERT OR IGNORE INTO actor_facet (facet_id, actor_id)
  SELECT f.id, t.actor_id FROM actor_tag t JOIN facet f ON f.kind = t.kind AND f.value = t.value;
INSERT OR IGNORE INTO actor_facet (facet_id, actor_id)
  SELECT f.id, p.actor_id FROM place_tag t JOIN place p ON p.id = t.place_id
  JOIN facet f ON f.kind = t.kind AND f.value = t.value;

DROP TABLE actor_tag;
DROP TABLE place_tag;
`;
