-- 0030: how many models have each combination of start year, brand side, status and body type, kept with the rows.
--
-- `totalCount` of a models list filtered on these columns only (models(where: { yearFrom: { gt: 1960 } }), by status,
-- by body type, Moskvitch or not, and/or of these) is the sum of the matching rows of this table: the filter gives every
-- model of a combination the same answer, so it gives the combination's row that answer too. At 100k models a count of
-- two thirds of them read 67,000 index entries (about 3 ms, 0029); the same count sums about 3,000 rows here.
-- The service sums here when a count's filter reads nothing else (CountSummary); other counts read model.
--
-- The triggers run in the writing transaction, so every snapshot sees the table agree with model, and a combination
-- left with no model is removed: the table holds exactly what GROUP BY over model returns.

CREATE TABLE model_tally (
    year_from    integer,
    is_moskvitch boolean NOT NULL,
    -- The values model allows (its CHECK lists).
    status       text    NOT NULL CHECK (status IN ('produced', 'prototype', 'planned')),
    body_type    text CHECK (body_type IN ('sedan', 'cabriolet', 'convertible', 'station_wagon', 'woodie', 'van', 'pickup',
                                           'hatchback', 'liftback', 'crossover', 'racer', 'off_road', 'taxi', 'coupe')),
    models       bigint  NOT NULL,
    CONSTRAINT model_tally_combination UNIQUE NULLS NOT DISTINCT (year_from, is_moskvitch, status, body_type)
);

INSERT INTO model_tally (year_from, is_moskvitch, status, body_type, models)
SELECT year_from, is_moskvitch, status, body_type, count(*) FROM model GROUP BY 1, 2, 3, 4;

-- Each writing statement adds its net change per combination once (COPY included), in the order of the combinations:
-- two statements that change the same combinations lock their rows in the same order, so concurrent writers wait for
-- each other but never deadlock on the tally. A combination left with no model is removed by its place. An update
-- that changes none of the four columns adds nothing. The changes are read from the statement's transition tables.
CREATE FUNCTION model_tally_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    columns constant text := 'year_from, is_moskvitch, status, body_type';
    changes text;
    emptied tid;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM model_tally;
        RETURN NULL;
    END IF;
    changes := concat_ws(' UNION ALL ',
        CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN format('SELECT %s, 1 AS change FROM added', columns) END,
        CASE WHEN TG_OP IN ('DELETE', 'UPDATE') THEN format('SELECT %s, -1 AS change FROM removed', columns) END);
    FOR emptied IN EXECUTE format(
        'INSERT INTO model_tally AS t (%1$s, models)
         SELECT %1$s, sum(change) FROM (%2$s) AS c GROUP BY %1$s HAVING sum(change) <> 0 ORDER BY %1$s
         ON CONFLICT ON CONSTRAINT model_tally_combination DO UPDATE SET models = t.models + excluded.models
         RETURNING CASE WHEN t.models = 0 THEN t.ctid END', columns, changes)
    LOOP
        IF emptied IS NOT NULL THEN
            DELETE FROM model_tally WHERE ctid = emptied;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER model_tally_insert AFTER INSERT ON model
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION model_tally_apply();
CREATE TRIGGER model_tally_update AFTER UPDATE ON model
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION model_tally_apply();
CREATE TRIGGER model_tally_delete AFTER DELETE ON model
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION model_tally_apply();
CREATE TRIGGER model_tally_truncate AFTER TRUNCATE ON model
    FOR EACH STATEMENT EXECUTE FUNCTION model_tally_apply();
