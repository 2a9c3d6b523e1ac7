-- 0014: indexes for the orders clients page through most, so that a keyset page (first/after) reads its rows from an
-- index instead of sorting the whole table: models by start year (the default order of `models` is start year, name,
-- id; `order: [{ yearFrom: ASC }]` pages by start year then id).
CREATE INDEX model_year_from_name_id_idx ON model (year_from, name, id);
CREATE INDEX model_year_from_id_idx ON model (year_from, id);
