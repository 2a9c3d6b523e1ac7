-- 0027: search_graph planned once per session, and names matched exactly without folding them again.
--
-- As a SQL function search_graph was inlined into the statement that calls it, and PostgreSQL planned the whole of it
-- (four trigram look-ups, five full-text ones, twenty citation tables) on every call: about 2 ms of planning for about
-- 1 ms of execution, prepared or not, since a parameter's value changes the plan's estimates. As PL/pgSQL with
-- plan_cache_mode = force_generic_plan its statement is planned once per session and reused; enable_seqscan = off makes
-- that plan read every table through its index (a trigram or full-text index answers from the matching rows, where a scan
-- of even a small table computes the similarity of every row, or reads every seed document's text). The folded text and
-- the full-text query are computed once, into variables, which the indexes can use as they could the written-out calls.
--
-- Whether a hit is one of an entity's names exactly was computed by folding each name again for every candidate (about
-- 15 µs a name, most of the execution time); the folded names are now stored (search_exact), kept by PostgreSQL as the
-- search keys are. The results are the same as 0024's.

CREATE FUNCTION search_fold_all(p_names text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(search_fold(n)) FILTER (WHERE n IS NOT NULL), '{}') FROM unnest(p_names) n
$$;

ALTER TABLE model ADD COLUMN search_exact text[] GENERATED ALWAYS AS (
    search_fold_all(ARRAY[name, code, designation] || coalesce(aliases, '{}'))) STORED;
ALTER TABLE organization ADD COLUMN search_exact text[] GENERATED ALWAYS AS (
    search_fold_all(ARRAY[name, short_name])) STORED;

CREATE OR REPLACE FUNCTION search_graph(p_text text, p_limit integer)
RETURNS TABLE (kind text, id integer, rank real)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
#variable_conflict use_column
DECLARE
    v_folded text := search_fold(p_text);
    v_query tsquery := websearch_to_tsquery('english', p_text);
BEGIN
    RETURN QUERY
    WITH named AS (
        (SELECT 'Model'::text AS kind, m.id, m.search_key AS key, true AS is_name,
                v_folded = ANY (m.search_exact) AS exact
           FROM model m
          WHERE v_folded <% m.search_key ORDER BY v_folded <<-> m.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Organization', o.id, o.search_key, true, v_folded = ANY (o.search_exact)
           FROM organization o
          WHERE v_folded <% o.search_key ORDER BY v_folded <<-> o.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Event', e.id, e.search_key, false, false FROM event e
          WHERE v_folded <% e.search_key ORDER BY v_folded <<-> e.search_key LIMIT p_limit)
        UNION ALL
        (SELECT 'Source', s.id, s.search_key, false, false FROM source s
          WHERE v_folded <% s.search_key ORDER BY v_folded <<-> s.search_key LIMIT p_limit)
    ),
    mentioned AS (
              SELECT 'Model'::text AS kind, m.id, ts_rank(m.search, v_query) AS rank FROM model m WHERE m.search @@ v_query
    UNION ALL SELECT 'Organization', o.id, ts_rank(o.search, v_query) FROM organization o WHERE o.search @@ v_query
    UNION ALL SELECT 'Event', e.id, ts_rank(e.search, v_query) FROM event e WHERE e.search @@ v_query
    UNION ALL SELECT 'Source', s.id, ts_rank(s.search, v_query) FROM source s WHERE s.search @@ v_query
    ),
    quoted AS (
        SELECT qs.kind, qs.id, max(ts_rank(qs.search, v_query)) AS rank
          FROM quote_search qs
         WHERE qs.search @@ v_query
         GROUP BY qs.kind, qs.id
    )
    SELECT kind, id, max(rank)::real AS rank FROM (
        SELECT n.kind, n.id,
               CASE WHEN n.is_name
                    THEN 2 + word_similarity(v_folded, n.key) + similarity(v_folded, n.key) / 2 + CASE WHEN n.exact THEN 1 ELSE 0 END
                    ELSE 1 + (word_similarity(v_folded, n.key) + similarity(v_folded, n.key) / 2) / 2
               END AS rank
          FROM named n
        UNION ALL
        SELECT kind, id, least(rank, 0.99) FROM mentioned
        UNION ALL
        SELECT kind, id, least(rank, 0.99) FROM quoted
    ) hits
    GROUP BY kind, id
    ORDER BY rank DESC, kind, id
    LIMIT p_limit;
END
$$;
