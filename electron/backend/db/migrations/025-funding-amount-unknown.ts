/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * A funding line's amount may be unknown: a technician lists the DETR as « envisagé » before anyone knows how
 * much it will give. The column was NOT NULL, so the line added without an amount was stored as 0 € and the
 * Word feuille de route wrote « DETR : 0 € (envisagé) » beside « aucun financement inscrit » (a review). SQLite
 * cannot drop a NOT NULL: the table is copied into one whose amount may be NULL, every row and id kept. Lines
 * written before keep their amount, 0 included: whether a 0 meant « not known » nobody can tell now.
 */
export const migration025FundingAmountUnknown = `
CREATE TABLE roadmap_funding_new (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES roadmap_action (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  amount INTEGER CHECK (amount IS NULL OR amount >= 0),
  status TEXT NOT NULL CHECK (status IN ('envisage', 'demande', 'acquis', 'refuse')),
  note TEXT
);
INSERT INTO roadmap_funding_new (id, action_id, position, source, amount, status, note)
  SELECT id, action_id, position, source, amount, status, note FROM roadmap_funding;
DROP TABLE roadmap_funding;
ALTER TABLE roadmap_funding_new RENAME TO roadmap_funding;
CREATE INDEX roadmap_funding_action ON roadmap_funding (action_id, position);
`;
