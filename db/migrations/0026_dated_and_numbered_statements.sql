-- 0026: the dated and numbered sentences the coverage walk (tests/…/Truth/SourceCoverageTests.cs) found uncited, now
-- cited by the facts they state: mostly a second sentence giving a value already recorded (cite_also), a few new facts.
-- What stays uncited is listed with its reason in db/coverage-exceptions.tsv.

-- Events the long seed dates again in other sections.
SELECT cite_also('event', event_ref('evacuation-1941'), 'seed-long', 'with itself coming under threat from German advances by late 1941');
SELECT cite_also('event', event_ref('millionth-car-1967'), 'seed-long', 'By May 1967, the plant had assembled its millionth vehicle, a Moskvitch-408.');
SELECT cite_also('event', event_ref('millionth-car-1967'), 'ref-108',
                 'MOSCOW''S MILLIONTH CAR (1967) ; Issue Date: 1967 ; Colour: Black & White ; Sound: Mute ; Resolution: SD (HD scan on request) ; Canister: UN 4275 C.');
SELECT cite_also('event', event_ref('moskvitch-2141-announced-1985'), 'seed-long', 'By the late 1980s, AZLK initiated development of the front-wheel-drive Moskvitch-2141');
SELECT cite_also('event', event_ref('bankruptcy-filing-2002'), 'seed-long', 'In the aftermath of OAO Moskvitch''s filing in 2002');
SELECT cite_also('event', event_ref('renault-sells-plant-2022'), 'seed-long',
                 'The era ended abruptly in May 2022 … Following ''s exit from in May 2022 amid Western sanctions related to the conflict, the city government acquired the former for a symbolic one');
SELECT cite_also('event', event_ref('renault-suspends-moscow-plant-2022'), 'seed-long',
                 'In the 2022 revival, following Renault''s suspension of operations at its Moscow plant in March 2022 amid Western sanctions');
SELECT cite_also('event', event_ref('first-moskvitch-400-1946'), 'seed-long',
                 'The Moskvich 400 series, introduced with the first unit assembled on December 4, 1946');
SELECT cite_also('event', event_ref('first-moskvitch-400-1946'), 'ref-13', '71 years ago: The first Moskvich-400 car assembled in Moscow');
SELECT cite_also('event', event_ref('production-relaunch-2022'), 'seed-long',
                 'the brand name was subsequently revived in 2022 … The 2022 revival of Moskvich production at the former plant … Production of the crossover commenced on November 23, 2022, at the repurposed plant');
SELECT cite_also('event', event_ref('top-ten-2023'), 'seed-long',
                 'contributing to the brand''s entry into Russia''s top-10 sellers by late 2023 … achieved top-10 rankings in by late 2023');
SELECT cite_also('event', event_ref('m70-plan-announced-2025'), 'seed-long', 'a potential M70 model based on the by late 2025');
SELECT cite_also('event', event_ref('m70-plan-announced-2025'), 'ref-55', 'Moskvich may begin assembling a new model by the end of 2025.');
SELECT cite('event', event_ref('m70-plan-announced-2025'), 'ref-47', 'Moskvich will launch new model by the end of 2025');

-- The city of Moscow's ownership of the revived plant from Renault's exit in 2022, and the revived company running it.
SELECT cite_also('ownership', (SELECT id FROM ownership WHERE owner_id = org_ref('city-of-moscow') AND owned_id = org_ref('moskvich-automobile-plant')),
                 'seed-long', 'initiated after ''s 2022 exit for a nominal one-rouble');
SELECT cite_also('ownership', (SELECT id FROM ownership WHERE owner_id = org_ref('moskvich-automobile-plant') AND owned_id = org_ref('moscow-plant') AND role = 'operator'),
                 'seed-long', 'The revived Moskvitch brand, operating from the former Moscow plant under state control since 2022');

-- Models: start years, a top speed and dated photographs stated again elsewhere; the 2141's disputed start, restated.
SELECT cite_also('model', model_ref('moskvitch-402'), 'seed-long', 'By 1956, MZMA transitioned to the , a facelifted evolution with a more modern pontoon-style body');
SELECT cite_also('model', model_ref('moskvitch-401'), 'seed-long', 'Introduced models like the Moskvich-401 in 1954');
-- The 400's citation from the long seed is full: its top speed, stated three times, is quoted more tightly.
DELETE FROM model_source WHERE model_id = model_ref('moskvitch-400') AND source_id = source_ref('seed-long');
SELECT cite('model', model_ref('moskvitch-400'), 'seed-long',
            'the first Moskvich-badged car, the 400 series, entering serial production in 1946 as a near-copy of the pre-war K38 … the debut of the Moskvitch 400 sedan in December 1946 … This four-seater compact … top speed of 90 km/h … top speed of around 90 km/h');
SELECT cite_also('model', model_ref('moskvitch-412'), 'ref-17', 'Curbside Classic: 1974 AZLK Moskvich 412');
SELECT cite_also('model', model_ref('moskvitch-407'), 'ref-84', 'Moskvich 407 - 1961 - BK Group');
SELECT cite_also('model', model_ref('kim-10-50'), 'ref-6', 'The Soviet KIM 10-50 subcompact. Made in 1940 … Made in 1940.');
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-400') AND attribute = 'yearFrom' AND value = '1946'),
                 'ref-69', 'Moskvitch 400/420 (1946)');
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-408') AND attribute = 'yearFrom' AND value = '1964'),
                 'seed-long', 'The transition to the 408/412 series from 1964 onward');

SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-2141') AND attribute = 'yearFrom' AND value = '1990'),
                 'seed-long', 'restricted output to prototypes and small batches before 1991');
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'model' AND subject_id = model_ref('moskvitch-2141') AND attribute = 'yearFrom' AND value = '1988'),
                 'seed-long', 'the 2141 "" series introduced in the late 1980s');

-- Engines: ratings given again in other sections and in a reference title.
SELECT cite_also('engine', engine_ref('moskvitch-400-engine'), 'seed-long', 'powered by a 23-horsepower inline-four engine');
SELECT cite_also('engine', engine_ref('uzam-412'), 'seed-long',
                 'while the upgraded 412 from 1967 introduced a 1.5-liter unit producing 75 horsepower … a noisy, rough 1.5-liter');
SELECT cite_also('engine', engine_ref('moskvitch-2140-1500'), 'ref-22', 'Moskvich 2140 1.5 (75 Hp)');

-- Design influences: the Opel copy (the postwar MZMA's designs "derived from the K38 platform", beside the
-- reverse-engineered chassis) and the JAC rebadge, named again.
SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('moskvitch-400')
                                        AND source_model_id = model_ref('opel-kadett-k38') AND kind = 'reverse_engineering'),
                 'seed-long', 'leveraging pre-war designs derived from the K38 platform captured as reparations');
SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('moskvitch-400')
                                        AND source_model_id = model_ref('opel-kadett-k38') AND kind = 'captured_tooling_copy'),
                 'ref-7', 'Moskvich: a Soviet trendsetter, inspired by Ford and Opel');
SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('kim-10')
                                        AND source_model_id = model_ref('ford-prefect-1939') AND kind = 'inspiration'),
                 'ref-7', 'Moskvich: a Soviet trendsetter, inspired by Ford and Opel');
SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('moskvich-3')
                                        AND source_model_id = model_ref('jac-js4') AND kind = 'rebadge'),
                 'seed-long', 'The 2022 revival, rebranding Chinese JAC JS4 as the Moskvich 3 … the vehicles, such as the Moskvich 3 crossover, are essentially rebadged JAC models');
SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('moskvich-3')
                                        AND source_model_id = model_ref('jac-js4') AND kind = 'rebadge'),
                 'ref-42', 'Soviet-Era Moskvich Returns With A Rebadged Chinese Crossover');

SELECT cite_also('design_influence', (SELECT id FROM design_influence WHERE model_id = model_ref('moskvitch-412')
                                        AND source_model_id = model_ref('bmw-1500') AND kind = 'clone'),
                 'ref-68', 'What Western car was the Soviet Moskvich 408/412 based on?');

-- Figures stated again, with the reference titles that give them.
SELECT cite_also('figure', (SELECT id FROM figure WHERE organization_id = org_ref('moskvich-automobile-plant') AND metric = 'production_target' AND year = 2023),
                 'seed-long', 'scaling to 50,000 annually thereafter');
SELECT cite_also('figure', (SELECT id FROM figure WHERE organization_id = org_ref('moskvich-automobile-plant') AND metric = 'production_target' AND value = 100000),
                 'seed-long', 'falling short of initial targets of 100,000 units annually');
SELECT cite_also('figure', (SELECT id FROM figure WHERE organization_id = org_ref('moskvich-automobile-plant') AND metric = 'net_loss' AND year = 2023),
                 'seed-long', 'but a net loss of 8.6 billion rubles due to high costs');
SELECT cite_also('figure', (SELECT id FROM figure WHERE organization_id = org_ref('moskvich-automobile-plant') AND metric = 'revenue' AND year = 2023),
                 'seed-long', 'despite revenue growth to 59.2 billion rubles');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'plants_evacuated' AND year = 1941),
                 'ref-10', 'The evacuation of the Soviet aviation industry in 1941 … with 10 million workers, to avoid German annihilation');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'sales' AND year = 2024 AND period = 'April'),
                 'ref-51', 'Moskvich car sales on the rise in April 2024');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'sales' AND year = 2025 AND period = 'H1'),
                 'ref-52', 'The results of Moskvich car sales in June and the 1H 2025');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'sales_change' AND year = 2025 AND period = 'August'),
                 'ref-56', 'Earlier, on September 3, it was reported that');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'sales_change' AND year = 2025 AND period = 'Q1'),
                 'ref-58', 'The drop was mainly because Q1 2024 saw legal entities purchase 3');
SELECT cite_also('figure', (SELECT id FROM figure WHERE metric = 'production_change' AND year = 2025),
                 'ref-60', 'Cars production in Russia down 2% in 7M 2025');
SELECT cite_also('claim', (SELECT id FROM claim WHERE subject_kind = 'organization' AND subject_id = org_ref('moskvich-automobile-plant')
                                                 AND attribute = 'sales2023' AND value = '15300'),
                 'ref-48', 'Over 15000 Moskvich cars sold from March 2023');

-- A negative fact: the revived brand has no substantial exports (as of October 2025).
SELECT cite('negative_fact',
            add_negative_fact('organization', org_ref('moskvich-automobile-plant'), 'substantialInternationalExports', 'did_not_happen', NULL,
                              'The revived brand had shown no substantial international exports as of October 2025; its sales were concentrated in its home market (name lost in the seed).'),
            'seed-long', 'The 2022 revival of Moskvitch, utilizing rebadged Chinese JAC designs produced at the former plant, has shown no substantial international exports as of October 2025');

-- Two market figures the long seed gives in passing: Chinese brands' share of the Russian market by 2024, and the whole
-- Soviet passenger-car output (the decade it was "below 1 million annually" by is lost).
WITH f AS (INSERT INTO figure (place_id, metric, year, period, value, unit, qualifier, kind, note)
           VALUES (place_ref('russia'), 'market_share', 2024, NULL, 50, 'percent', 'over', 'share',
                   'Share of Russia''s car market held by Chinese brands ("established Chinese entrants").')
           RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'established Chinese entrants dominating Russia''s market, which captured over 50% share by 2024') FROM f;
WITH f AS (INSERT INTO figure (place_id, metric, year, period, value, unit, qualifier, kind, note)
           VALUES (place_ref('soviet-union'), 'production', NULL, 'annually, by a decade lost in the seed', 1000000, 'units', 'under', 'rate',
                   'Total Soviet passenger car production, "below 1 million annually".')
           RETURNING id)
SELECT cite('figure', f.id, 'seed-long', 'total Soviet passenger car production hovered below 1 million annually by the') FROM f;
