-- 0015: an engine's name, as every other named thing has one. The sources name an engine by its designation
-- ("UZAM-412", "Moskvitch 408 engine"), so the name is the designation, derived by PostgreSQL and never stored twice
-- (exports and the data version leave generated columns out).
ALTER TABLE engine ADD COLUMN name text GENERATED ALWAYS AS (designation) STORED;
