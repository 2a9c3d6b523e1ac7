-- 0008: figures by year (production, sales, money, people ...) and exports.
--
-- figure.value is as stated and never NULL, so a quantity the sources dispute is NOT stored here: its competing
-- values are claims (0010_claims.sql), e.g. the 2023 sales of the revived plant (claim 'sales2023').
-- qualifier records "about" / "over" / "under" / "up to" / "nearly" as written; period narrows the year.

------------------------------------------------------------------------------------------------------------------------
-- Figures: the Soviet plant
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit, note)
           VALUES (model_ref('moskvitch-400'), 'production', 1947, 1501, 'units', 'First year of series production after approval.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'Initial output was limited, with 1,501 units built in 1947',
            'ref-14', '1,501 were built the first year') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit) VALUES (model_ref('moskvitch-400'), 'production', 1948, 4808, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'rising to 4,808 in 1948',
            'ref-14', 'with 4,808 for 1948') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit) VALUES (model_ref('moskvitch-400'), 'production', 1949, 19906, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'rising to 4,808 in 1948 and 19,906 in 1949',
            'ref-14', 'and 19,906 in 1949') FROM f;

-- A cumulative figure, not the annual one; as written it cannot be squared with 1,501 built in 1947.
WITH f AS (INSERT INTO figure (model_id, metric, year, period, value, unit, note)
           VALUES (model_ref('moskvitch-400'), 'production', 1947, 'cumulative from December 1946', 26000, 'units',
                   'Wartime section: "achieving 26,000 units by 1947"; conflicts with the 1,501 built in 1947 (figure above, ref 14).') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'achieving 26,000 units by 1947 despite material shortages and retooling delays') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, period, value, unit, qualifier, note)
           VALUES (model_ref('moskvitch-402'), 'production', 'series lifetime', 500000, 'units', 'nearly',
                   'The whole 402/403/407 series, "produced in nearly 500,000 copies".') RETURNING id)
SELECT cite('figure', f.id, 'seed-short', 'there’s got to be something special about a car that was produced in nearly 500,000 copies') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, period, value, unit, qualifier, note)
           VALUES (model_ref('moskvitch-407'), 'production', 'annual, early 1960s', 100000, 'units', 'over', 'Annual output "by the early 1960s".') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Successor models like the Moskvitch 407 (1958–1964) achieved higher volumes, with annual output exceeding 100,000 vehicles by the early 1960s') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, period, value, unit, qualifier)
           VALUES (model_ref('moskvitch-408'), 'production', 1967, 'annual', 100000, 'units', 'over') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'By 1967, the 408 series had solidified MZMA''s role in Soviet compact car production, with over 100,000 units annually') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier, note)
           VALUES (org_ref('moscow-plant'), 'production_quota', 'annual', 200000, 'units', 'over',
                   'Quotas for the 408 and 412 series; the decade was lost in the seed ("by the .").') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Engine blocks for models like the 408 and 412 series were cast in aluminum heads with iron blocks, machined on multi-spindle transfer lines adapted from imported designs, with honing and grinding performed in batches to meet annual production quotas exceeding 200,000 units by the') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier)
           VALUES (org_ref('moscow-plant'), 'hires', '1950s', 1500, 'people', 'over') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'efforts in the 1950s involved rapid hiring of over 1,500 new workers at Moskvich amid growing production demands') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moscow-plant'), 'employees', 1980, 30000, 'people', 'seed-long: "up to 30,000 workers" (decade lost); ref 82: 30,000 in 1980.') RETURNING id)
SELECT cite('figure', f.id,
            'ref-82', 'By 1980, 30,000 people worked at the plant',
            'seed-long', 'employing up to 30,000 workers') FROM f;

-- As stated by ref 82; seed-long instead says cumulative production "approached several million units".
WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier, note)
           VALUES (org_ref('moscow-plant'), 'production', 1980, 'per year', 5000000, 'units', 'over',
                   'Ref 82 as written ("more than 5 million cars a year"); seed-long gives only a cumulative "several million units" '
                   'for a decade it lost.') RETURNING id)
SELECT cite('figure', f.id, 'ref-82', 'By 1980, 30,000 people worked at the plant, which produced more than 5 million cars a year.') FROM f;

WITH f AS (INSERT INTO figure (place_id, metric, year, value, unit, qualifier, note)
           VALUES (place_ref('soviet-union'), 'employees', 1972, 722000, 'people', 'over',
                   'The Soviet automotive industry (ref 86: "more than 722,000 man-years").') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'the broader automotive sector''s labor force of over 722,000 by 1972',
            'ref-86', 'Employment in the Soviet automotive industry in 1972 totaled more than 722,000 man-years.') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier, note)
           VALUES (org_ref('kamaz'), 'employees', 'added since 1972', 100000, 'people', 'over', 'Ref 86: "at least 100,000 workers".') RETURNING id)
SELECT cite('figure', f.id, 'ref-86', 'Since 1972, the KamAZ plant added at least 100,000 workers.') FROM f;

WITH f AS (INSERT INTO figure (place_id, metric, year, value, unit, note)
           VALUES (place_ref('soviet-union'), 'plants_evacuated', 1941, 1523, 'plants',
                   'Soviet plants moved east in 1941 (ref 10); seed-long: "over 1,500 factories".') RETURNING id)
SELECT cite('figure', f.id,
            'ref-10', 'In 1941, 1,523 Soviet plants, including 100 aviation facilities, were moved east',
            'seed-long', 'over 1,500 factories, including automotive , were displaced eastward') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('oao-moskvitch'), 'debt', 2003, 33000000000, 'rub', 'Liabilities when the bankruptcy proceedings were formalised (ref 30: "£680m").') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'with proceedings formalized amid 33 billion rubles in liabilities',
            'ref-30', 'which has reported debts of 33bn roubles (£680m; $1.1') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Figures: Avtoframos / Renault Russia
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit) VALUES (org_ref('avtoframos'), 'production', 2007, 69000, 'units') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Output rapidly scaled, reaching 69,000 vehicles in 2007') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit) VALUES (org_ref('avtoframos'), 'production', 2008, 73000, 'units') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'reaching 69,000 vehicles in 2007 and 73,000 in 2008') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier)
           VALUES (org_ref('avtoframos'), 'production', 2019, 'cumulative since 2005', 1200000, 'units', 'over') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'producing over 1.2 million vehicles cumulatively by 2019',
            'ref-34', 'It has since built 1.2m cars') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier)
           VALUES (org_ref('avtoframos'), 'capacity', 'annual, mid-2010s', 200000, 'units', 'about') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Annual capacity expanded to around 200,000 units by the mid-2010s') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier, note)
           VALUES (org_ref('renault'), 'market_share', 'peak, before 2022', 30, 'percent', 'over', 'Renault''s peak market share (the market''s name was lost in the seed).') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'contributing to Renault''s peak market share in exceeding 30% before geopolitical tensions') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Figures: the revived Moskvich plant (2022-2025)
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'production_target', 2022, 'December', 600, 'units', 'Including 200 electric vehicles.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'The plant targeted output of 600 units by December , including 200 electric models',
            'ref-44', 'it hoped to produce about 600 cars this year, including 200 electric vehicles',
            'ref-3', 'With just 600 vehicles slated for production') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, period, value, unit, note)
           VALUES (model_ref('moskvich-3e'), 'production_target', 2022, 'December', 200, 'units', 'The electric share of the 600 planned for 2022.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'including 200 electric models',
            'ref-44', 'including 200 electric vehicles') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier)
           VALUES (org_ref('moskvich-automobile-plant'), 'production', 2022, 'December', 600, 'units', 'about') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'with initial output limited to around 600 vehicles in December 2022',
            'ref-106', 'In December, 600 vehicles will roll off the production lines of the') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'production_target', 2023, 50000, 'units', 'Target set in 2022 ("50,000 cars in 2023").') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'to scale up to 50,000 units annually by 2023',
            'ref-44', 'and 50,000 cars in 2023') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'production_target', 'annual (projection of 2022)', 100000, 'units', 'up_to',
                   'Including electric variants; the Industry Ministry tied 40,000 jobs to it.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Earlier projections from 2022 targeted annual production of up to 100,000 units, including electric variants … tied to a target of 100,000 vehicles annually') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'jobs_projection', 40000, 'people', 'Industry Ministry projection for full-scale production.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Industry Ministry projections claimed full-scale production could add 40,000 jobs') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'investment', 'planned in 2022', 5000000000, 'rub', 'To scale up to 50,000 units a year.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'plans to invest five billion s (approximately $82 million at the time) to scale up to 50,000 units annually by 2023') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, period, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'investment', 'planned in 2022', 82000000, 'usd', 'about', 'The same five billion, in dollars at the time.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'approximately $82 million at the time') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'employees', 2022, 2045, 'people', 'Headcount in November 2022 (mos.ru).') RETURNING id)
SELECT cite('figure', f.id, 'ref-90', 'There are 2,045 people working at Moskvich today.') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'employee_average_age', 2022, 38, 'years') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'preserving employment for 2,045 workers with an average age of 38',
            'ref-90', 'Their average age is 38 years') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'employee_average_tenure', 2022, 8, 'years') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'with an average age of 38 and 8 years of tenure',
            'ref-90', 'with 8 years') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit, note)
           VALUES (model_ref('moskvich-3'), 'price_premium', 2022, 40, 'percent', 'Price under the Moskvich badge compared with the JAC JS4 in China.') RETURNING id)
SELECT cite('figure', f.id, 'ref-61', 'is offered under the Moskvich brand name at a price 40% higher than in China') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'production', 2023, 'monthly', 1000, 'units', 'about', 'Output capped by supply disruptions.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'with bottlenecks from supply disruptions reported in 2023, capping output at around 1,000 units monthly against a 100,000 annual target') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'shipments', 2023, 'March–December', 19000, 'units', 'about', 'Vehicles shipped to dealers from the sales start.') RETURNING id)
SELECT cite('figure', f.id, 'ref-48', 'about 19,000 vehicles were shipped to dealers') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit, qualifier)
           VALUES (model_ref('moskvich-3'), 'price', 2023, 2500000, 'rub', 'about') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Both 3 and 3e models prioritize affordability for the , with base prices starting near 2.5 million rubles in 2023') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit, qualifier)
           VALUES (model_ref('moskvich-3e'), 'price', 2023, 2500000, 'rub', 'about') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Both 3 and 3e models prioritize affordability for the , with base prices starting near 2.5 million rubles in 2023') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'revenue', 2023, 59200000000, 'rub', 'Russian Accounting Standards (RAS).') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'generating 59.2 billion rubles in revenue',
            'ref-49', 'Revenues increased 38.9% to 59.2 billion rubles',
            'ref-117', 'The company''s revenue increased by 38.9% to 59.2 billion rubles') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit) VALUES (org_ref('moskvich-automobile-plant'), 'revenue_change', 2023, 38.9, 'percent') RETURNING id)
SELECT cite('figure', f.id,
            'ref-49', 'Revenues increased 38.9%',
            'ref-117', 'The company''s revenue increased by 38.9%') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'net_loss', 2023, 8600000000, 'rub', 'Under RAS.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'In 2023, the company reported a net loss of 8.6 billion rubles under Accounting Standards',
            'ref-49', 'Moskvich RAS net loss increases 3.6-fold in 2023 to 8.6 bln rubles',
            'ref-117', 'Moskvich''s net loss under RAS for 2023 increased 3.6 times, to 8.6') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'net_loss_change', 2023, 3.6, 'times', 'Year-on-year increase of the net loss.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'a 3.6-fold increase from the prior year',
            'ref-117', 'increased 3.6 times') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'cost_of_sales', 2023, 57500000000, 'rub') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'high costs of sales at 57.5 billion rubles in 2023',
            'ref-49', 'as did cost of sales, by 59.2%, to 57.5 billion rubles',
            'ref-117', 'the cost of sales increased by 59.2% to 57.5 billion rubles') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'cost_of_sales_change', 2023, 59.2, 'percent') RETURNING id)
SELECT cite('figure', f.id,
            'ref-49', 'as did cost of sales, by 59.2%',
            'ref-117', 'the cost of sales increased by 59.2%') FROM f;

-- Ref 49's snippet is cut after "1.6"; billions of rubles is read from the revenue (59.2) less the cost of sales (57.5).
WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'gross_profit', 2023, 1600000000, 'rub', 'over',
                   'Snippet cut after "1.6"; the unit (billion rubles) is inferred from revenue 59.2 bn less cost of sales 57.5 bn.') RETURNING id)
SELECT cite('figure', f.id, 'ref-49', 'Gross profit totaled more than 1.6') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'market_share', 2023, 'November', 1.7, 'percent', 'Share of the Russian market.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'with sales concentrated in where it captured a 1.7% in November 2023') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'import_content', 2023, 70, 'percent', '"up to 70% imported content as of 2023".') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'with ongoing processes involving up to 70% imported content as of 2023') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'localization', 20, 'percent', 'under', 'Full localization "limited to under 20%" (no year given).') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'yet full localization remains limited to under 20% due to sanctions') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'localization_target', 2026, 50, 'percent', 'Per government mandates.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'localization efforts aim to increase content to 50% by 2026 per government mandates') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'localization_growth', 2024, 'to May', 18, 'times') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'which only achieved 18-fold localization gains by May 2024') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, value, unit, qualifier)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales', 2024, 23000, 'units', 'over') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'In 2024, sales exceeded 23,000 units',
            'ref-50', 'sold more than 23 thousand cars in 2024') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit) VALUES (model_ref('moskvich-6'), 'sales', 2024, 2400, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'including 2,400 Moskvich 6 sedans',
            'ref-50', 'including 2.4 thousand Moskvich 6 sedans') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit) VALUES (model_ref('moskvich-3e'), 'sales', 2024, 1300, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'and 1,300 Moskvich 3e electrics',
            'ref-50', '1.3 thousand Moskvich 3e electric') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales', 2024, 'April', 2200, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'with monthly figures reaching 2,200 in April',
            'ref-51', 'Moskvich car sales stood at 2,200 units in April 2024') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales', 2025, 'H1', 7400, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'Through the first half of 2025, cumulative sales totaled 7,400 units',
            'ref-52', 'in the first half of 2025, 7,400 units were sold') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales', 2025, 'June', 1100, 'units') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'with June alone at 1,100',
            'ref-52', 'In June 2025, 1,100 Moskvich cars were sold in Russia') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales_change', 2025, 'June', 4, 'percent', 'Year on year.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'By June 2025, monthly sales reached 1,100 units, a modest 4% year-over-year increase') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, qualifier, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'market_share', 2025, 'June', 0.1, 'percent', 'under',
                   'June 2025 sales against the 2024 Russian new-car market of about 1.57 million.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'representing under 0.1% of Russia''s total new car market of approximately 1.57 million units in 2024') FROM f;

WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales_change', 2025, 'Q1', -55, 'percent',
                   'Year on year; Q1 2024 had been boosted by bulk fleet purchases by legal entities.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'First-quarter 2025 sales dropped 55% year-over-year, partly due to the exhaustion of bulk fleet purchases',
            'ref-58', 'At Moskvich, sales dropped by 55% in Q1 2025 against the same period in 2024.') FROM f;

-- The seed lost the month ("Sales in fell 42% in 2025"); ref 56 gives August.
WITH f AS (INSERT INTO figure (organization_id, metric, year, period, value, unit, note)
           VALUES (org_ref('moskvich-automobile-plant'), 'sales_change', 2025, 'August', -42, 'percent', 'Against August 2024.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'Sales in fell 42% in 2025 compared to the prior year',
            'ref-56', 'sales of Moskvich cars in Russia in August 2025 decreased by 42% compared to the same period last') FROM f;

WITH f AS (INSERT INTO figure (model_id, metric, year, value, unit, note)
           VALUES (model_ref('moskvich-8'), 'price', 2025, 2980000, 'rub', 'Base version at the sales start (22 July 2025).') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'the Moskvich 8 crossover launched for sale on July 22, 2025, starting at 2.98 million rubles',
            'ref-53', 'The basic version of the model was estimated at 2.98 million rubles.') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Figures: the Russian market
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO figure (place_id, metric, year, value, unit, qualifier, note)
           VALUES (place_ref('russia'), 'sales', 2024, 1570000, 'units', 'about', 'Total new car market.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'Russia''s total new car market of approximately 1.57 million units in 2024') FROM f;

WITH f AS (INSERT INTO figure (place_id, metric, year, period, value, unit, note)
           VALUES (place_ref('russia'), 'production', 2025, 'January–July', 441700, 'units', 'Cars produced by Russian plants (Avtostat).') RETURNING id)
SELECT cite('figure', f.id, 'ref-60', 'Cars production by Russian plants dropped by 2% year on year in January - July 2025 to 441,700 units') FROM f;

WITH f AS (INSERT INTO figure (place_id, metric, year, period, value, unit, note)
           VALUES (place_ref('russia'), 'production_change', 2025, 'January–July', -2, 'percent', 'Year on year.') RETURNING id)
SELECT cite('figure', f.id,
            'seed-long', 'Overall vehicle production declined 2% in the first seven months of 2025',
            'ref-60', 'Cars production by Russian plants dropped by 2% year on year in January - July 2025') FROM f;

WITH f AS (INSERT INTO figure (place_id, metric, year, period, value, unit, note)
           VALUES (place_ref('russia'), 'production_change', 2022, 'mid-year', -96.7, 'percent', 'Domestic production after the 2022 sanctions.') RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'where production plummeted 96.7% in mid-2022') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Exports
------------------------------------------------------------------------------------------------------------------------

-- Short seed: the 402/403/407 series as a whole (recorded on the series' first model, the 402).
WITH f AS (INSERT INTO export (model_id, destination, units, note)
           VALUES (model_ref('moskvitch-402'), 'all export markets', 18019,
                   'Total for the whole 402/403/407 series (short seed). Seed-long gives 120,903 exported for the 407 alone.') RETURNING id)
SELECT cite('export', f.id, 'seed-short', 'During its lifecycle, the model was exported to several Western countries … A total of 18,019 units were exported.') FROM f;

WITH f AS (INSERT INTO export (model_id, destination, destination_place_id, note)
           VALUES (model_ref('moskvitch-402'), 'Norway', place_ref('norway'),
                   'The 402/403/407 series sold well there, "considering its low import taxes and good durability".') RETURNING id)
SELECT cite('export', f.id, 'seed-short', 'including Norway where it was a good offering on the market, considering its low import taxes and good durability') FROM f;

-- 407: share (up to 50% / roughly one-third) and end year (1963 / 1964) disputed: see claims.
WITH f AS (INSERT INTO export (model_id, destination, year_from, units, note)
           VALUES (model_ref('moskvitch-407'), 'all export markets', 1958, 120903,
                   'Exports over the 407''s run, "primarily to [lost] nations and select Western markets".') RETURNING id)
SELECT cite('export', f.id, 'seed-long', 'with up to 50% of Moskvitch 407 production allocated for foreign sales, totaling 120,903 units over its run from 1958 to 1964 … with exports accounting for 120,903 vehicles, or roughly one-third of output') FROM f;

WITH f AS (INSERT INTO export (model_id, destination, market_name, note)
           VALUES (model_ref('moskvitch-408'), 'Western countries', 'Moskvitch Elite',
                   'Seed-long: marketed as the "Moskvitch Elite" in [country lost]; ref 77: the car exported to Western countries.') RETURNING id)
SELECT cite('export', f.id,
            'seed-long', 'with the 408 model marketed as the "Moskvitch Elite" in',
            'ref-77', 'The car was widely exported both to Eastern Bloc countries and to the West. The car exported to Western Countries was called the Moskvitch Elite') FROM f;

WITH f AS (INSERT INTO export (model_id, destination) VALUES (model_ref('moskvitch-408'), 'Eastern Bloc countries') RETURNING id)
SELECT cite('export', f.id, 'ref-77', 'The car was widely exported both to Eastern Bloc countries and to the West.') FROM f;

WITH f AS (INSERT INTO export (model_id, destination, destination_place_id, note)
           SELECT model_ref(m), 'Cuba', place_ref('cuba'), 'Third generation (408/412): "exports reached markets like Cuba".'
           FROM unnest(ARRAY['moskvitch-408', 'moskvitch-412']) AS m
           RETURNING id)
SELECT cite('export', f.id, 'seed-long', 'The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412 sedans … exports reached markets like Cuba') FROM f;

WITH f AS (INSERT INTO export (destination, destination_place_id, note)
           VALUES ('Cuba', place_ref('cuba'),
                   'Moskvitch cars arrived "by the thousands" in past decades (ref 78; no exact number); the seed lost the country''s name.') RETURNING id)
SELECT cite('export', f.id,
            'seed-long', 'Significant shipments went to , where thousands of Moskvitch cars arrived in past decades',
            'ref-78', 'Moskvitch cars, which in past decades arrived to Cuba by the thousands') FROM f;

WITH f AS (INSERT INTO export (destination, year_from, year_to, share_percent, note)
           VALUES ('all export markets', 1968, 1968, 55, 'Share of the plant''s output exported in 1968 (destinations lost in the seed).') RETURNING id)
SELECT cite('export', f.id, 'seed-long', 'In 1968, exports accounted for 55% of output') FROM f;

WITH f AS (INSERT INTO export (destination, note)
           VALUES ('Eastern Bloc countries', 'The 1971 reconstruction nearly doubled capacity partly to support exports to the Eastern Bloc.') RETURNING id)
SELECT cite('export', f.id, 'seed-long', 'nearly doubling annual production capacity to support growing domestic demand and exports to Eastern Bloc countries') FROM f;

WITH f AS (INSERT INTO export (model_id, destination, destination_place_id, note)
           SELECT model_ref('moskvitch-400'), d, place_ref(p), 'The first Moskvitch model, exported "a few years" after its appearance.'
           FROM (VALUES ('Egypt', 'egypt'), ('France', 'france')) AS v (d, p)
           RETURNING id)
SELECT cite('export', f.id, 'ref-79', 'The first Moskvitch model appeared in 1947 and a few years later it was already successfully exported to Egypt - and even ''capitalist'' France') FROM f;

WITH f AS (INSERT INTO export (destination, destination_place_id, status, note)
           VALUES ('United States', place_ref('united-states'), 'attempted', 'Efforts to sell in the U.S. faltered amid quality concerns (decades lost in the seed).') RETURNING id)
SELECT cite('export', f.id,
            'seed-long', 'Efforts to penetrate the U.S. in the late and faltered amid quality concerns',
            'ref-79', 'How the Soviets tried to sell Moskvitches to Americans') FROM f;

WITH f AS (INSERT INTO export (model_id, destination, destination_place_id, status, year_from, year_to, units, note)
           SELECT model_ref(m), 'Cuba', place_ref('cuba'), 'proposed', 2025, 2025, 25,
                  'Proposed as taxis, half of a 50-car shipment (25 petrol Moskvich 3, 25 electric 3e); "Moscow is considering".'
           FROM unnest(ARRAY['moskvich-3', 'moskvich-3e']) AS m
           RETURNING id)
SELECT cite('export', f.id,
            'seed-long', 'A proposed shipment of 50 units—25 gasoline models and 25 electric Moskvitch 3e—as taxis to in 2025',
            'ref-80', 'Moscow is considering sending 50 vehicles, 25 of which are the Moskvitch 3 fuel-powered models and another 25 Moskvitch 3e') FROM f;
