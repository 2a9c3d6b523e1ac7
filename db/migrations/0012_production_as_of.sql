-- 0012: when the sources last describe a model as in production, and two readings the question tests asked for.

-- A model with no end year may still be in production. in_production_as_of is the latest year a source describes it
-- as current; as-of questions use it as the known end of production when year_to is empty.
ALTER TABLE model ADD COLUMN in_production_as_of integer CHECK (in_production_as_of BETWEEN 1900 AND 2100),
    ADD CONSTRAINT model_in_production_as_of_after_start CHECK (in_production_as_of >= year_from);

-- Ref 47 (October 2025): "all current Moskvich models (3, 3e, 6, 8)".
UPDATE model SET in_production_as_of = 2025 WHERE slug IN ('moskvich-3', 'moskvich-3e', 'moskvich-6', 'moskvich-8');
SELECT cite('model', model_ref(m), 'ref-47', 'all current Moskvich models (3, 3e, 6, 8) are vehicles developed in collaboration with JAC')
FROM unnest(ARRAY['moskvich-3', 'moskvich-3e', 'moskvich-6']) AS m;   -- the 8 already cites ref 47

-- The 3e's start: production began on "November 23, [year lost]" with the Moskvich 3 and its 3e variant; the same
-- date is 2022 in "assembled in since November 23, 2022". One reading, so one claim (not promoted to the column).
SELECT cite('claim', add_claim('model', model_ref('moskvich-3e'), 'yearFrom', '2022',
                'Production began on "November 23, [year lost]" with the Moskvich 3 and "electric powertrain options in the Moskvich 3e variant"; the Moskvich 3 is "assembled in since November 23, 2022".'),
            'seed-long', 'Production officially commenced on November 23, , with the debut of the Moskvich 3 compact crossover, a rebadged featuring a 1.5-liter turbocharged (150 ) or electric powertrain options in the Moskvich 3e variant');

-- The 6's start: "certified in July 2023 and entering thereafter" puts the start in 2023 at the earliest.
SELECT cite('claim', add_claim('model', model_ref('moskvich-6'), 'yearFrom', '2023',
                '"certified in July 2023 and entering thereafter": the earliest year production can have begun.'),
            'seed-long', 'The Moskvitch 6, certified in July 2023 and entering thereafter');

-- "up to 70% imported content as of 2023": the figure is an upper bound.
UPDATE figure SET qualifier = 'up_to' WHERE metric = 'import_content' AND year = 2023 AND value = 70 AND qualifier IS NULL;
