-- 0023: search that fits a search box. Names and codes are matched by trigrams on a folded form (type-ahead prefixes,
-- spelling variants, transliteration, typos); the full text of the seed documents joins the full-text search.
--
-- The folded form (search_fold): Cyrillic transliterated (Москвич -> moskvich, АЗЛК -> azlk), accents removed
-- (unaccent), lower case, then the spellings of one sound made one: "tsch" and "tch" -> "ch", "w" -> "v" (Moskwitsch,
-- Moskvitch, Moskvich and Москвич all fold to "moskvich"). The same folding applies to what is indexed and to what is
-- asked, so a rule can only merge spellings, never lose a match.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION search_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary,
        translate(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(p_text,
                'Щ', 'Shch'), 'щ', 'shch'), 'Ж', 'Zh'), 'ж', 'zh'), 'Х', 'Kh'), 'х', 'kh'), 'Ц', 'Ts'), 'ц', 'ts'),
                'Ч', 'Ch'), 'ч', 'ch'), 'Ш', 'Sh'), 'ш', 'sh'), 'Ю', 'Yu'), 'ю', 'yu'), 'Я', 'Ya'), 'я', 'ya'),
                'Ё', 'E'), 'ё', 'e'),
            'АБВГДЕЗИЙКЛМНОПРСТУФЫЭабвгдезийклмнопрстуфыэЪЬъь',
            'ABVGDEZIYKLMNOPRSTUFYEabvgdeziyklmnoprstufye'))),
        'tsch', 'ch'), 'tch', 'ch'), 'w', 'v')
$$;

-- The names a search box is for, folded, with a trigram GiST index (which also orders by similarity): a model's name,
-- code, designation and aliases ("Aleko"). A 64-byte signature (the default is 12) keeps the index precise enough for
-- keys of a few words: at 100k models the ten best of thousands of equal matches take about 3 ms instead of 7.
CREATE FUNCTION search_names(p_names text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT search_fold(array_to_string(p_names, ' '))
$$;

ALTER TABLE model ADD COLUMN search_key text GENERATED ALWAYS AS (
    search_names(ARRAY[name, code, designation] || coalesce(aliases, '{}'))) STORED;
CREATE INDEX model_search_key_idx ON model USING gist (search_key gist_trgm_ops(siglen = 64));

ALTER TABLE organization ADD COLUMN search_key text GENERATED ALWAYS AS (
    search_fold(coalesce(name, '') || ' ' || coalesce(short_name, ''))) STORED;
CREATE INDEX organization_search_key_idx ON organization USING gist (search_key gist_trgm_ops(siglen = 64));

ALTER TABLE event ADD COLUMN search_key text GENERATED ALWAYS AS (search_fold(coalesce(title, ''))) STORED;
CREATE INDEX event_search_key_idx ON event USING gist (search_key gist_trgm_ops(siglen = 64));

ALTER TABLE source ADD COLUMN search_key text GENERATED ALWAYS AS (search_fold(coalesce(title, ''))) STORED;
CREATE INDEX source_search_key_idx ON source USING gist (search_key gist_trgm_ops(siglen = 64));

-- The seed documents' text (body) joins a source's full-text search, below its title, publisher and snippet.
ALTER TABLE source DROP COLUMN search;
ALTER TABLE source ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(publisher, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(snippet, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'D')) STORED;
CREATE INDEX source_search_idx ON source USING gin (search);

-- Hits of three kinds, names first:
--   * a name: a model's name, code, designation or alias, an organization's name or short name, that contains the
--     folded text as a word or the start of one, or close to it (pg_trgm's word similarity of at least 0.6: "alek"
--     finds the Aleko, "moskvch" the Moskvich): rank 2 + word similarity + half the similarity of the whole key (the
--     shorter, closer names first) + 1 when the text is one of the names exactly (the organization whose short name is
--     "AZLK", the model whose code is "2141"): between 2 and 4.5;
--   * a title (an event's, a source's) matched the same way: rank 1 + half of (word similarity + half the
--     similarity), between 1 and 1.75;
--   * a passing mention, by full text as before (English stemming, web-search syntax; descriptions, snippets, the
--     seed documents' text): ts_rank, below 1.
-- An entity found several ways keeps its best rank. Ties go by kind and id. Each kind's names are read in the trigram
-- index's order of word similarity, the best p_limit only (the folded text written out, not taken from the CTE, so that
-- the index can order by it): among names equally similar to the text, which ones are read is the index's choice.
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
    ) hits
    GROUP BY kind, id
    ORDER BY rank DESC, kind, id
    LIMIT p_limit
$$;
