-- 0016: successions between series and generations. The sources say which generation or series followed which
-- ("The next major generation, the Moskvitch-408"); each such succession links the models that head them, with its
-- level, so the lineage walks the whole family from the KIM-10 to the 2141.
--   model      : one model replaced another within a series
--   series     : one series (the model's `series`) followed another
--   generation : one generation (the model's `generation`) followed another

ALTER TABLE succession
    ADD COLUMN level text NOT NULL DEFAULT 'model' CHECK (level IN ('model', 'series', 'generation'));

-- The existing successions between series (401 -> 402/403/407, 412 -> 2140) and between generations (412 -> 2141).
UPDATE succession SET level = 'series'
 WHERE (predecessor_id, successor_id) IN ((model_ref('moskvitch-401'), model_ref('moskvitch-402')),
                                          (model_ref('moskvitch-412'), model_ref('moskvitch-2140')));
UPDATE succession SET level = 'generation'
 WHERE (predecessor_id, successor_id) = (model_ref('moskvitch-412'), model_ref('moskvitch-2141'));

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, level, note)
           VALUES (model_ref('kim-10'), model_ref('moskvitch-400'), 'series',
                   'The KIM-10 of 1940 preceded the Moskvich brand at the same plant; the postwar 400 series adapted prewar KIM designs.')
           RETURNING id)
SELECT cite('succession', f.id,
            'seed-long', 'Preceding the Moskvich brand, the Moscow plant''s KIM-10 prototype of 1940 … the postwar Moskvitch 400 series (1946–1956), which delivered 216,000 sedans and 17,000 cabriolets, adapting prewar KIM designs') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, level, note)
           VALUES (model_ref('moskvitch-401'), model_ref('moskvitch-407'), 'generation',
                   'The second generation, with the 407 as its core model, followed the first (the 400 and 401 series).')
           RETURNING id)
SELECT cite('succession', f.id,
            'seed-long', 'The first generation of Moskvitch vehicles, produced from 1946 to 1956, consisted primarily of the Moskvitch 400 and 401 series sedans … The second generation, spanning 1958 to 1964, introduced the Moskvitch 407 as the core model') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, level, note)
           VALUES (model_ref('moskvitch-407'), model_ref('moskvitch-408'), 'generation',
                   'The 408 was the next major generation after the second generation (the 402/403/407 series, with the 407 as its core model).')
           RETURNING id)
SELECT cite('succession', f.id,
            'seed-long', 'The next major generation, the Moskvitch-408, debuted in 1964 … The second generation, spanning 1958 to 1964, introduced the Moskvitch 407 as the core model … The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412 sedans') FROM f;
