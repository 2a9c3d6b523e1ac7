-- 0018: every figure says what kind of figure it is, so that aggregates never add figures that cannot be added, and a
-- figure about a whole series belongs to the series rather than to one of its models.
--   annual     : a flow over one calendar year (production in 1947, revenue in 2023); figures of this kind add up
--   cumulative : a running total up to the year, or over a model's or series' life (26,000 "by 1947")
--   period     : a flow over a stated part of a year or span of years (December, H1, January–July, the 1950s)
--   rate       : a typical amount per year or month, not tied to one year ("over 100,000 units annually", capacity)
--   share      : a percentage of a whole (market share, imported content, localization)
--   change     : a change against an earlier value (year on year, "3.6 times", a price premium)
--   level      : an amount standing at a point in time (employees, debt, a price, an average age, a planned sum)
-- The kind follows from the metric and the period the citations already state.

ALTER TABLE figure
    ADD COLUMN kind   text CHECK (kind IN ('annual', 'cumulative', 'period', 'rate', 'share', 'change', 'level')),
    ADD COLUMN series text;                                   -- a series-level figure: the model family, as model.series

UPDATE figure SET kind = CASE
    WHEN metric IN ('market_share', 'import_content', 'localization', 'localization_target') THEN 'share'
    WHEN metric LIKE '%\_change' OR metric IN ('localization_growth', 'price_premium') OR period LIKE 'added since%' THEN 'change'
    WHEN metric IN ('employees', 'employee_average_age', 'employee_average_tenure', 'debt', 'price', 'investment',
                    'jobs_projection') THEN 'level'
    WHEN period LIKE 'cumulative%' OR period = 'series lifetime' THEN 'cumulative'
    WHEN metric = 'capacity' OR period LIKE 'annual%' OR period IN ('per year', 'monthly') THEN 'rate'
    WHEN period IS NOT NULL THEN 'period'
    ELSE 'annual' END;

ALTER TABLE figure ALTER COLUMN kind SET NOT NULL;
ALTER TABLE figure DROP CONSTRAINT figure_check;
ALTER TABLE figure ADD CONSTRAINT figure_subject_check CHECK (num_nonnulls(model_id, organization_id, place_id, series) >= 1);

-- "A car that was produced in nearly 500,000 copies" is the 402/403/407 series (seed-short), not the 402 alone; "the
-- 408 series ... with over 100,000 units annually" by 1967 is the 408 series, to which the 412 belongs.
UPDATE figure SET series = '402/403/407', model_id = NULL
 WHERE model_id = model_ref('moskvitch-402') AND metric = 'production' AND period = 'series lifetime';
UPDATE figure SET series = '408/412', model_id = NULL
 WHERE model_id = model_ref('moskvitch-408') AND metric = 'production' AND year = 1967 AND period = 'annual';

