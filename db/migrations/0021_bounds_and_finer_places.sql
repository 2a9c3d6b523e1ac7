-- 0021: compatible statements are not conflicts. An upper bound ("fewer than 1,000") and a count within it (around
-- 450), or a region and a city inside it (the Urals, Sverdlovsk), agree: the bound is recorded as a bound and the finer
-- value is the answer, both cited.
--   claim.bound : 'upper' or 'lower' for a claim that states only a bound ("fewer than", "up to" / "over", "at least");
--                 NULL for a claim of a value. An attribute is disputed only when two or more different values are
--                 claimed; a bound is kept beside the value (or the claims) it bounds, and no value may lie outside it.

ALTER TABLE claim ADD COLUMN bound text CHECK (bound IN ('upper', 'lower'));

CREATE OR REPLACE VIEW claim_dispute AS
SELECT subject_kind, subject_id, attribute,
       array_agg(value ORDER BY value) AS claim_values,
       count(*)                        AS claim_count
FROM claim
WHERE bound IS NULL
GROUP BY subject_kind, subject_id, attribute
HAVING count(DISTINCT value) > 1;

CREATE OR REPLACE FUNCTION refresh_claim_range(p_kind text, p_id integer, p_attribute text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE r claim_range;
BEGIN
    SELECT * INTO r FROM claim_range WHERE subject_kind = p_kind AND attribute = p_attribute;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    EXECUTE format(
        'UPDATE %1$I t SET %3$I = coalesce(%2$s, c.low), %4$I = coalesce(%2$s, c.high)
           FROM (SELECT CASE WHEN count(DISTINCT value::numeric) > 1 THEN min(value::numeric) END AS low,
                        CASE WHEN count(DISTINCT value::numeric) > 1 THEN max(value::numeric) END AS high
                   FROM claim WHERE subject_kind = $1 AND subject_id = $2 AND attribute = $3 AND bound IS NULL) c
          WHERE t.id = $2',
        r.subject_kind, coalesce('t.' || quote_ident(r.value_column), 'NULL'), r.low_column, r.high_column)
    USING p_kind, p_id, p_attribute;
END
$$;

-- KIM-10: "fewer than 1,000" is an upper bound on the "around 450" assembled by June 1941, not a rival count.
UPDATE claim SET bound = 'upper', note = '"fewer than 1,000" (an upper bound on the units built).'
 WHERE subject_kind = 'model' AND subject_id = model_ref('kim-10') AND attribute = 'unitsBuilt' AND value = '1000';
DELETE FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('kim-10') AND attribute = 'unitsBuilt' AND value = '450';
UPDATE model SET units_built = 450, units_built_qualifier = 'about' WHERE slug = 'kim-10';
DELETE FROM model_source WHERE model_id = model_ref('kim-10') AND source_id = source_ref('seed-long');
SELECT cite('model', model_ref('kim-10'),
            'seed-long', 'the KIM-10, the Soviet Union''s inaugural engineered for mass output … Prototypes emerged in April 1940, followed by serial production starting mid-year … By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled … a top speed of 85 km/h and of 8-10 liters per 100 km',
            'ref-7', 'the plant managed to assemble just 450 units before the Nazi invasion in June 1941');

-- The 1941 evacuation: ref 84 names the region (the Urals), seed-long the city (Sverdlovsk). The city is the answer; it
-- lies in the region (general knowledge, marked as an inference).
UPDATE place SET parent_id = place_ref('urals') WHERE slug = 'sverdlovsk';
SELECT cite('inference', add_inference('place', place_ref('sverdlovsk'), 'parent', NULL,
            'Sverdlovsk lies in the Urals: general knowledge; the sources name the city (seed-long) and the region (ref 84) for the same evacuation.'),
            'ref-84', 'In 1941 the plant was evacuated to Ural');
DELETE FROM claim WHERE subject_kind = 'event' AND subject_id = event_ref('evacuation-1941') AND attribute = 'place';
UPDATE event SET place_id = place_ref('sverdlovsk') WHERE slug = 'evacuation-1941';
DELETE FROM event_source WHERE event_id = event_ref('evacuation-1941') AND source_id = source_ref('seed-long');
SELECT cite('event', event_ref('evacuation-1941'),
            'seed-long', 'was partially evacuated eastward to the to safeguard equipment and personnel from advancing forces … the Moskvitch factory, previously evacuated to Sverdlovsk for military production');

-- Moskvitch 407 exports: "up to 50%" of production is an upper bound on the share; "roughly one-third of output" is the
-- share (the export's citation already holds both sentences).
UPDATE claim SET bound = 'upper', note = '"up to 50%" of production allocated for foreign sales (an upper bound on the share).'
 WHERE subject_kind = 'export' AND subject_id = (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets')
   AND attribute = 'sharePercent' AND value = '50';
DELETE FROM claim
 WHERE subject_kind = 'export' AND subject_id = (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets')
   AND attribute = 'sharePercent' AND value = '33.3';
UPDATE export SET share_percent = 33.3 WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets';

-- "Exceeding 200,000" and "exceeding 247,000" units of the 400 series are lower bounds; the values (216,000 sedans,
-- 247,439, 248,000) stay in dispute among themselves.
UPDATE claim SET bound = 'lower'
 WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-400') AND attribute = 'unitsBuilt' AND value IN ('200000', '247000');
