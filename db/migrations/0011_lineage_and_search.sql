-- 0011: design lineage as a recursive query, and full-text search.

------------------------------------------------------------------------------------------------------------------------
-- Lineage: every link by which one model descends from another, as "from" (the ancestor) → "to" (the descendant):
--   influence  : design_influence.source_model_id → design_influence.model_id
--   succession : succession.predecessor_id        → succession.successor_id
--   variant    : model.parent_model_id            → model.id (the variant)
------------------------------------------------------------------------------------------------------------------------

CREATE VIEW lineage_link AS
          SELECT 'influence'::text AS kind, id AS fact_id, source_model_id AS from_id, model_id AS to_id FROM design_influence
UNION ALL SELECT 'succession', id, predecessor_id, successor_id FROM succession
UNION ALL SELECT 'variant', id, parent_model_id, id FROM model WHERE parent_model_id IS NOT NULL;

-- The links reachable from p_root within p_depth steps, upstream (towards ancestors) and/or downstream (towards
-- descendants), following only the given kinds; each link once per direction, at the smallest depth it is reached.
-- Paths never revisit a model, so cycles end.
CREATE FUNCTION lineage(p_root integer, p_depth integer, p_kinds text[], p_upstream boolean, p_downstream boolean)
RETURNS TABLE (direction text, kind text, fact_id integer, from_id integer, to_id integer, depth integer)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE
    up AS (
        SELECT l.kind, l.fact_id, l.from_id, l.to_id, 1 AS depth, ARRAY[p_root, l.from_id] AS path
        FROM lineage_link l
        WHERE p_upstream AND l.to_id = p_root AND l.kind = ANY (p_kinds)
        UNION ALL
        SELECT l.kind, l.fact_id, l.from_id, l.to_id, up.depth + 1, up.path || l.from_id
        FROM up JOIN lineage_link l ON l.to_id = up.from_id
        WHERE up.depth < p_depth AND l.kind = ANY (p_kinds) AND NOT l.from_id = ANY (up.path)
    ),
    down AS (
        SELECT l.kind, l.fact_id, l.from_id, l.to_id, 1 AS depth, ARRAY[p_root, l.to_id] AS path
        FROM lineage_link l
        WHERE p_downstream AND l.from_id = p_root AND l.kind = ANY (p_kinds)
        UNION ALL
        SELECT l.kind, l.fact_id, l.from_id, l.to_id, down.depth + 1, down.path || l.to_id
        FROM down JOIN lineage_link l ON l.from_id = down.to_id
        WHERE down.depth < p_depth AND l.kind = ANY (p_kinds) AND NOT l.to_id = ANY (down.path)
    )
    SELECT 'upstream', kind, fact_id, from_id, to_id, min(depth) FROM up GROUP BY kind, fact_id, from_id, to_id
    UNION ALL
    SELECT 'downstream', kind, fact_id, from_id, to_id, min(depth) FROM down GROUP BY kind, fact_id, from_id, to_id
    ORDER BY 1 DESC, 6, 2, 3
$$;

------------------------------------------------------------------------------------------------------------------------
-- Full-text search over models, organizations, events and sources: a generated tsvector per table (names weigh most,
-- then descriptions), each with a GIN index.
------------------------------------------------------------------------------------------------------------------------

ALTER TABLE model ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(code, '') || ' ' || coalesce(designation, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(brand, '') || ' ' || coalesce(series, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
CREATE INDEX model_search_idx ON model USING gin (search);

ALTER TABLE organization ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(country, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
CREATE INDEX organization_search_idx ON organization USING gin (search);

ALTER TABLE event ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
CREATE INDEX event_search_idx ON event USING gin (search);

ALTER TABLE source ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(publisher, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(snippet, '')), 'C')) STORED;
CREATE INDEX source_search_idx ON source USING gin (search);

-- Ranked hits for a web-style query ("opel kadett", "bankruptcy -2006", "\"one rouble\"").
CREATE FUNCTION search_graph(p_text text, p_limit integer)
RETURNS TABLE (kind text, id integer, rank real)
LANGUAGE sql STABLE AS $$
    WITH q AS (SELECT websearch_to_tsquery('english', p_text) AS query)
    SELECT kind, id, rank FROM (
              SELECT 'Model'::text AS kind, m.id, ts_rank(m.search, q.query) AS rank FROM model m, q WHERE m.search @@ q.query
    UNION ALL SELECT 'Organization', o.id, ts_rank(o.search, q.query) FROM organization o, q WHERE o.search @@ q.query
    UNION ALL SELECT 'Event', e.id, ts_rank(e.search, q.query) FROM event e, q WHERE e.search @@ q.query
    UNION ALL SELECT 'Source', s.id, ts_rank(s.search, q.query) FROM source s, q WHERE s.search @@ q.query
    ) hits
    ORDER BY rank DESC, kind, id
    LIMIT p_limit
$$;
