-- 0025: every sentence that ends a model's production is a fact or a claim, and "over N" totals are bounds.
--
-- cite_also(table, id, source, quote) adds a quote to a fact's citation from that source: a citation holds one quote per
-- source, so the new fragment is joined to the one already there with ' … ' (and checked verbatim by cite(), like every
-- quote); without one it is a new citation.

CREATE FUNCTION cite_also(p_table text, p_id integer, p_source text, p_quote text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_source integer := source_ref(p_source);
    v_quote  text;
BEGIN
    IF p_table !~ '^[a-z_]+$' OR to_regclass(p_table || '_source') IS NULL THEN
        RAISE EXCEPTION 'cite_also: % is not a fact table', p_table;
    END IF;
    EXECUTE format('DELETE FROM %I WHERE %I = $1 AND source_id = $2 RETURNING quote', p_table || '_source', p_table || '_id')
        INTO v_quote USING p_id, v_source;
    RETURN cite(p_table, p_id, p_source, CASE WHEN v_quote IS NULL THEN p_quote ELSE v_quote || ' … ' || p_quote END);
END
$$;

-- Moskvitch 400: three more sentences of the long seed end the first generation, the 400 "and its variants" and the 400
-- series in 1956 (beside refs 11 and 72's 1954).
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-400')
                                                  AND attribute = 'yearTo' AND value = '1956'),
                 'seed-long', 'with 247,439 units built between 1946 and 1956 … The first generation of Moskvitch vehicles, produced from 1946 to 1956 … the postwar Moskvitch 400 series (1946–1956)');

-- Moskvitch 407: the series sentence "continued through 1964" is a 1964 end for the 407 as well as the 403.
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-407')
                                                  AND attribute = 'yearTo' AND value = '1964'),
                 'seed-long', 'Production of the 402/403/407 series continued through 1964');

-- Moskvitch 412: the Historic Models section ends the third generation, "the Moskvitch 408 and 412 sedans", "around
-- 1986": a fifth end year for the 412, the generation's last-built model (as the second generation's "1958 to 1964" is
-- the 407's). The 408 keeps its own end years (1975, 1976): the 412 replaced it within the generation.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'yearTo', '1986',
                               'Generation span: "The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412" (approximate).'),
            'seed-long', 'The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412 sedans');

-- Moskvitch 412: "over 900,000 units produced" and "over 800,000 units across variants" state only lower bounds; the
-- sources give no count for the 412, so it has none, and the two bounds (one of them on the whole 408/412 range) are not
-- a dispute.
UPDATE claim SET bound = 'lower', note = '"over 900,000 units produced", 1967-1982 (a lower bound on the units built).'
 WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-412') AND attribute = 'unitsBuilt' AND value = '900000';
UPDATE claim SET bound = 'lower', note = '"over 800,000 units across variants", the 408/412 series in Moscow and at licensees (a lower bound).'
 WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-412') AND attribute = 'unitsBuilt' AND value = '800000';
SELECT refresh_claim_range('model', model_ref('moskvitch-412'), 'unitsBuilt');
SELECT refresh_claim_range('model', model_ref('moskvitch-412'), 'yearTo');
