-- 0024: a claim's value in typed form beside its text, the list of attributes that have claims, and full-text search
-- over the quoted sentences of every citation.
--
-- The type of a claimed value is the type of its attribute in the database: a year when the attribute is a disputable
-- year (claim_range: <column>_earliest/_latest) or an integer column named for a year; a number when it is a
-- disputable quantity (<column>_lowest/_highest, also the claim-only sales2023 and jobsPreserved) or a numeric column;
-- a date for a date column; otherwise text (enumerations, places). The attribute is the GraphQL field name; its column
-- is the same name in snake case (yearFrom -> year_from, sales2023 -> sales2023).
CREATE FUNCTION claim_value_type(p_kind text, p_attribute text) RETURNS text
LANGUAGE sql STABLE AS $$
    WITH c AS (SELECT lower(regexp_replace(p_attribute, '([A-Z])', '_\1', 'g')) AS name)
    SELECT coalesce(
        (SELECT CASE WHEN r.low_column LIKE '%\_earliest' THEN 'year' ELSE 'number' END
           FROM claim_range r WHERE r.subject_kind = p_kind AND r.attribute = p_attribute),
        (SELECT CASE WHEN t.typname = 'date' THEN 'date'
                     WHEN t.typname IN ('int2', 'int4', 'int8') AND c.name ~ '(^|_)year(_|$)' THEN 'year'
                     WHEN t.typname IN ('int2', 'int4', 'int8', 'numeric', 'float4', 'float8') THEN 'number'
                END
           FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid, c
          WHERE a.attrelid = to_regclass('public.' || quote_ident(p_kind)) AND a.attname = c.name
            AND a.attnum > 0 AND NOT a.attisdropped),
        'text')
      FROM c
$$;

ALTER TABLE claim ADD COLUMN value_type text;
UPDATE claim SET value_type = claim_value_type(subject_kind, attribute);
ALTER TABLE claim ALTER COLUMN value_type SET NOT NULL,
                  ADD CHECK (value_type IN ('year', 'number', 'date', 'text'));

-- Kept on every insert and update; a value that does not read as its type (the README asks for plain digits and
-- ISO dates) fails the migration that writes it rather than reaching the data as text only.
CREATE FUNCTION claim_value_typed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.value_type := claim_value_type(NEW.subject_kind, NEW.attribute);
    IF (NEW.value_type = 'year' AND NEW.value !~ '^-?[0-9]{1,4}$')
       OR (NEW.value_type = 'number' AND NEW.value !~ '^-?[0-9]+(\.[0-9]+)?$')
       OR (NEW.value_type = 'date' AND NEW.value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN
        RAISE EXCEPTION 'claim on %.% : "%" is not a % (write plain digits, or a date as YYYY-MM-DD)',
            NEW.subject_kind, NEW.attribute, NEW.value, NEW.value_type;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_value_typed BEFORE INSERT OR UPDATE OF subject_kind, attribute, value, value_type ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_value_typed();

-- The typed forms, NULL when the claim is not of that type; filters and sorts read them as columns.
ALTER TABLE claim
    ADD COLUMN value_year integer GENERATED ALWAYS AS (CASE WHEN value_type = 'year' THEN value::integer END) STORED,
    ADD COLUMN value_number numeric GENERATED ALWAYS AS (CASE WHEN value_type = 'number' THEN value::numeric END) STORED,
    ADD COLUMN value_date date GENERATED ALWAYS AS (CASE WHEN value_type = 'date'
        THEN make_date(substr(value, 1, 4)::integer, substr(value, 6, 2)::integer, substr(value, 9, 2)::integer) END) STORED;

-- Every attribute that has claims, per kind of fact: its value type, how many claims, on how many facts, and on how
-- many of those the sources disagree (two or more different claimed values; see claim_dispute).
CREATE VIEW claim_attribute AS
SELECT c.subject_kind, c.attribute, min(c.value_type) AS value_type, count(*) AS claims,
       count(DISTINCT c.subject_id) AS subjects,
       (SELECT count(*) FROM claim_dispute d WHERE d.subject_kind = c.subject_kind AND d.attribute = c.attribute) AS disputed
  FROM claim c
 GROUP BY c.subject_kind, c.attribute;

-- The quoted sentences join full-text search: a generated tsvector and a GIN index on every citation table, and one
-- view over them that names each citing fact by its GraphQL type (quote_search.kind, as search_graph returns it).
-- search_graph's condition on the view reaches each table's index (an Append of bitmap index scans).
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'quote'
              WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname LIKE '%\_source'
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector(''english'', quote)) STORED', t);
        EXECUTE format('CREATE INDEX %I ON %I USING gin (search)', t || '_search_idx', t);
    END LOOP;
END
$$;

CREATE VIEW quote_search (kind, id, source_id, quote, search) AS
              SELECT 'Model', model_id, source_id, quote, search FROM model_source
    UNION ALL SELECT 'Organization', organization_id, source_id, quote, search FROM organization_source
    UNION ALL SELECT 'PlantName', plant_name_id, source_id, quote, search FROM plant_name_source
    UNION ALL SELECT 'Place', place_id, source_id, quote, search FROM place_source
    UNION ALL SELECT 'Person', person_id, source_id, quote, search FROM person_source
    UNION ALL SELECT 'Event', event_id, source_id, quote, search FROM event_source
    UNION ALL SELECT 'EventPerson', event_person_id, source_id, quote, search FROM event_person_source
    UNION ALL SELECT 'Engine', engine_id, source_id, quote, search FROM engine_source
    UNION ALL SELECT 'ModelEngine', model_engine_id, source_id, quote, search FROM model_engine_source
    UNION ALL SELECT 'Succession', succession_id, source_id, quote, search FROM succession_source
    UNION ALL SELECT 'ModelPlant', model_plant_id, source_id, quote, search FROM model_plant_source
    UNION ALL SELECT 'DesignInfluence', design_influence_id, source_id, quote, search FROM design_influence_source
    UNION ALL SELECT 'ModelComparison', model_comparison_id, source_id, quote, search FROM model_comparison_source
    UNION ALL SELECT 'Assembly', assembly_id, source_id, quote, search FROM assembly_source
    UNION ALL SELECT 'Ownership', ownership_id, source_id, quote, search FROM ownership_source
    UNION ALL SELECT 'Figure', figure_id, source_id, quote, search FROM figure_source
    UNION ALL SELECT 'Export', export_id, source_id, quote, search FROM export_source
    UNION ALL SELECT 'Claim', claim_id, source_id, quote, search FROM claim_source
    UNION ALL SELECT 'Inference', inference_id, source_id, quote, search FROM inference_source
    UNION ALL SELECT 'NegativeFact', negative_fact_id, source_id, quote, search FROM negative_fact_source;

-- search_graph as in 0023, with a fourth kind of hit: a fact whose citation quotes the text (full text, as the passing
-- mentions), the fact itself (a model, an event, a figure, a design influence, a claim, …), ranked with the mentions
-- below 1. A fact quoted by several citations keeps its best quote's rank; an entity also found by name keeps its name's.
CREATE OR REPLACE FUNCTION search_graph(p_text text, p_limit integer)
RETURNS TABLE (kind text, id integer, rank real)
LANGUAGE sql STABLE AS $$
    WITH q AS (SELECT websearch_to_tsquery('english', p_text) AS query, search_fold(p_text) AS folded),
    named AS (
        (SELECT 'Model'::text AS kind, m.id, m.search_key AS key, true AS is_name,
                q.folded = ANY (ARRAY[search_fold(m.name), search_fold(m.code), search_fold(m.designation)]
                                || ARRAY(SELECT search_fold(a) FROM unnest(m.aliases) a)) AS exact
           FROM model m, q
          WHERE search_fold(p_text) <% m.search_key ORDER BY search_fold(p_text) <<-> m.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Organization', o.id, o.search_key, true, q.folded IN (search_fold(o.name), search_fold(o.short_name))
           FROM organization o, q
          WHERE search_fold(p_text) <% o.search_key ORDER BY search_fold(p_text) <<-> o.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Event', e.id, e.search_key, false, false FROM event e, q
          WHERE search_fold(p_text) <% e.search_key ORDER BY search_fold(p_text) <<-> e.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Source', s.id, s.search_key, false, false FROM source s, q
          WHERE search_fold(p_text) <% s.search_key ORDER BY search_fold(p_text) <<-> s.search_key LIMIT p_limit)
    ),
    mentioned AS (
              SELECT 'Model'::text AS kind, m.id, ts_rank(m.search, q.query) AS rank FROM model m, q WHERE m.search @@ q.query
    UNION ALL SELECT 'Organization', o.id, ts_rank(o.search, q.query) FROM organization o, q WHERE o.search @@ q.query
    UNION ALL SELECT 'Event', e.id, ts_rank(e.search, q.query) FROM event e, q WHERE e.search @@ q.query
    UNION ALL SELECT 'Source', s.id, ts_rank(s.search, q.query) FROM source s, q WHERE s.search @@ q.query
    ),
    quoted AS (
        SELECT qs.kind, qs.id, max(ts_rank(qs.search, q.query)) AS rank
          FROM quote_search qs, q
         WHERE qs.search @@ q.query
         GROUP BY qs.kind, qs.id
    )
    SELECT kind, id, max(rank)::real AS rank FROM (
        SELECT n.kind, n.id,
               CASE WHEN n.is_name
                    THEN 2 + word_similarity(q.folded, n.key) + similarity(q.folded, n.key) / 2 + CASE WHEN n.exact THEN 1 ELSE 0 END
                    ELSE 1 + (word_similarity(q.folded, n.key) + similarity(q.folded, n.key) / 2) / 2
               END AS rank
          FROM named n, q
        UNION ALL
        SELECT kind, id, least(rank, 0.99) FROM mentioned
        UNION ALL
        SELECT kind, id, least(rank, 0.99) FROM quoted
    ) hits
    GROUP BY kind, id
    ORDER BY rank DESC, kind, id
    LIMIT p_limit
$$;
