-- 0028: indexes in the order nested connections read their rows, so that a parent's page is read from an index in
-- order and stops at its limit, instead of reading all the parent's rows and sorting them.
--
-- A nested page reads, per parent, `WHERE fk >= parent.id AND fk <= parent.id ORDER BY fk, <keys>, id LIMIT n + 1`
-- (ConnectionFields.AddConnection). A maker's models (`Organization.models`, by start year and code) read every model of
-- the maker and sorted them: 200 rows and a sort for a page of 20 at 100k models. A model's design influences
-- (`influences`, `influenced`, by id) likewise. Each new index leads with the foreign key, so it also serves what the
-- single-column index it replaces served (look-ups by the key, the foreign key's checks).

CREATE INDEX model_maker_id_year_from_code_id_idx ON model (maker_id, year_from, code, id);
DROP INDEX model_maker_id_idx;

CREATE INDEX design_influence_model_id_id_idx ON design_influence (model_id, id);
DROP INDEX design_influence_model_id_idx;

CREATE INDEX design_influence_source_model_id_id_idx ON design_influence (source_model_id, id);
DROP INDEX design_influence_source_model_id_idx;
