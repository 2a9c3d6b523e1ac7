-- 0005: the models — Moskvitch / Moskvich models by generation, then the foreign and reference models — with their
-- successions, plants and comparisons. Engines and design influences follow in 0006.
--
-- The nine rows of 0001 are completed with UPDATE; every other model is INSERTed. Columns whose values the sources
-- dispute stay NULL (year_from of the 400, 408 and 2141 among them); the competing values are in 0010_claims.sql.
-- maker_id: the plant's name at the time (KIM, MZMA, AZLK, ...) where the sources place the model in an era; the plant
-- itself (moscow-plant) where they do not.

------------------------------------------------------------------------------------------------------------------------
-- Before the brand: KIM-10 (1940-1941)
------------------------------------------------------------------------------------------------------------------------

-- units_built disputed (around 450 / fewer than 1,000): see claims.
WITH f AS (INSERT INTO model (slug, code, name, aliases, series, body_type, status, year_from, year_to, top_speed_kmh,
                              fuel_consumption_min_l_100km, fuel_consumption_max_l_100km, maker_id, brand, description)
           VALUES ('kim-10', 'KIM-10', 'KIM-10', '{"KIM 10"}', 'KIM-10', 'sedan', 'produced', 1940, 1941, 85, 8, 10,
                   org_ref('kim'), 'KIM',
                   'The Soviet Union''s first small car engineered for mass output, built before the Moskvich brand: prototypes April 1940, '
                   'serial production from mid-1940, halted in June 1941; sedans and convertibles.')
           RETURNING id)
SELECT cite('model', f.id,
            'seed-long', 'This shift culminated in the KIM-10, the Soviet Union''s inaugural engineered for mass output … Prototypes emerged in April 1940, followed by serial production starting mid-year … KIM-10 sedans and convertibles … a top speed of 85 km/h and of 8-10 liters per 100 km',
            'ref-5', 'The KIM-10 was the first model of the Soviet subcompact cars') FROM f;

WITH f AS (INSERT INTO model (slug, code, name, aliases, series, status, year_from, parent_model_id, maker_id, brand, description)
           VALUES ('kim-10-50', 'KIM-10-50', 'KIM-10-50', '{"KIM 10-50"}', 'KIM-10', 'produced', 1940, model_ref('kim-10'),
                   org_ref('kim'), 'KIM',
                   'The KIM-10-50, "the first Soviet serial compact car", made in 1940, its design based on the British Ford Prefect of 1939.')
           RETURNING id)
SELECT cite('model', f.id,
            'ref-4', 'KIM-10-50 - the first Soviet serial compact car, the basis of which the design was taken by the British «Ford Prefect» of 1939',
            'ref-6', 'The Soviet KIM 10-50 subcompact. Made in 1940') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- First generation: 400 / 401 and variants (1946-1956)
------------------------------------------------------------------------------------------------------------------------

-- 400: year_from (1946 / 1947), year_to (1954 / 1956), units_built (five totals) and layout are disputed: see claims.
UPDATE model SET year_from = NULL, designation = '400-420', aliases = '{"Moskvitch 400-420","Moskvich-400"}',
       generation = 'first', series = '400', body_type = 'sedan', status = 'produced', top_speed_kmh = 90,
       maker_id = org_ref('mzma'), brand = 'Moskvitch',
       description = 'The first Moskvich-badged car, a near-copy of the pre-war Opel Kadett K38 built with German tooling; '
                     'four-door, four-seat sedan with a 23 hp inline-four; first car assembled on 4 December 1946.'
WHERE slug = 'moskvitch-400';
SELECT cite('model', model_ref('moskvitch-400'),
            'seed-long', 'the first Moskvich-badged car, the 400 series, entering serial production in 1946 as a near-copy of the pre-war K38 … the debut of the Moskvitch 400 sedan in December 1946 … This four-seater compact … achieving a top speed of 90 km/h',
            'ref-2', 'Moskvich 400 is a prominent representative of the Soviet midget car of the post-war years, which was produced on MZMA plant',
            'ref-12', 'the company built the Moskvitch 400-420 starting in December 1946');

INSERT INTO model (slug, code, name, designation, aliases, generation, series, body_type, status, year_from, year_to,
                   units_built, parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-400-420a', '400-420A', 'Moskvitch 400-420A', '400-420A', '{"Moskvitch-420 cabriolet"}', 'first', '400',
        'cabriolet', 'produced', 1949, 1954, 17000, model_ref('moskvitch-400'), org_ref('mzma'), 'Moskvitch',
        'Cabriolet (convertible) variant of the 400; "17,000 cabriolets" (seed-long, Achievements), "over 17,000 convertibles" (Historic Models).');
SELECT cite('model', model_ref('moskvitch-400-420a'),
            'seed-long', 'Variants included the Moskvitch-420 cabriolet and the -421 , produced in smaller numbers from 1949. … Variants included convertibles (400-420A, produced 1949-1954) … including over 17,000 convertibles … delivered 216,000 sedans and 17,000 cabriolets');

-- 400-421: year_from disputed (1948 / 1949): see claims.
INSERT INTO model (slug, code, name, designation, aliases, generation, series, body_type, status, year_to,
                   parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-400-421', '400-421', 'Moskvitch 400-421', '400-421', '{"Moskvitch-421"}', 'first', '400',
        'station_wagon', 'produced', 1950, model_ref('moskvitch-400'), org_ref('mzma'), 'Moskvitch',
        'Wagon variant of the 400, built until 1950; the start year is disputed.');
SELECT cite('model', model_ref('moskvitch-400-421'),
            'seed-long', 'Variants included the Moskvitch-420 cabriolet and the -421 , produced in smaller numbers from 1949. … wagons (400-421, 1948-1950)');

-- The seed lost the body word before "(400-422, 1948-1956)"; ref 69 calls it a "woodie".
INSERT INTO model (slug, code, name, designation, generation, series, body_type, status, year_from, year_to,
                   parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-400-422', '400-422', 'Moskvitch 400-422', '400-422', 'first', '400', 'woodie', 'produced', 1948, 1956,
        model_ref('moskvitch-400'), org_ref('mzma'), 'Moskvitch',
        'Variant of the 400 built 1948-1956; seed-long lost its body type, ref 69 lists it as a "woodie" station ... (snippet cut).');
SELECT cite('model', model_ref('moskvitch-400-422'),
            'seed-long', 'and (400-422, 1948-1956)',
            'ref-69', 'Moskvitch 400/422 ("woodie" station');

UPDATE model SET designation = '401-420', generation = 'first', series = '400', body_type = 'sedan', status = 'produced',
       year_to = 1956, maker_id = org_ref('mzma'), brand = 'Moskvitch',
       description = 'Update of the 400 from 1954 with a higher-compression engine of 26 hp; the series ran until 1956.'
WHERE slug = 'moskvitch-401';
SELECT cite('model', model_ref('moskvitch-401'),
            'seed-long', 'In 1954, the updated Moskvitch-401 introduced a higher-compression yielding 26 horsepower and minor improvements, extending production of the series until 1956 … the Moskvitch 400 and 401 series sedans',
            'ref-69', 'Moskvitch 401/420 (1954)');

------------------------------------------------------------------------------------------------------------------------
-- Second generation: 402 / 403 / 407 and variants (1956-1965)
------------------------------------------------------------------------------------------------------------------------

-- 402: year_to disputed (1956 in seed-long; the short seed has 94,080 built "two years later", i.e. by 1958): see claims.
UPDATE model SET series = '402/403/407', layout = 'front_engine_rear_drive', status = 'produced', units_built = 94080,
       maker_id = org_ref('mzma'), brand = 'Moskvitch',
       description = 'Compact car launched in 1956 in Moscow as the successor of the 401: a facelifted evolution with a pontoon-style body '
                     'on the 401''s mechanicals, independent double-wishbone suspension, telescopic shock absorbers and 12-volt electrics; '
                     '1.2-litre flathead engine and three-speed gearbox. The short seed calls the 402/403/407 the first Soviet car offered in '
                     'customer-adapted trim levels and application-based body versions, cheaper than the Fords of its segment.'
WHERE slug = 'moskvitch-402';
SELECT cite('model', model_ref('moskvitch-402'),
            'seed-short', 'Production of the 402 started in 1956 in Moscow and two years later 94,080 units were assembled. … At the first, the model had a classic front-engine, rear-wheel-drive layout … offered in customer-adapted trim levels and application-based body versions',
            'seed-long', 'MZMA transitioned to the , a facelifted evolution with a more modern pontoon-style body while retaining the core 401 mechanicals');

-- 407: year_to disputed (1963 / 1964): see claims.
UPDATE model SET generation = 'second', series = '402/403/407', body_type = 'sedan', layout = 'front_engine_rear_drive',
       status = 'produced', units_built = 359980, units_exported = 120903, top_speed_kmh = 115,
       maker_id = org_ref('mzma'), brand = 'Moskvitch',
       description = 'The core model of the second generation from 1958 and the most luxurious of the 402/403/407 series (heater, radio, '
                     'different dashboard); 359,980 built; award at the 1958 [name lost in the seed].'
WHERE slug = 'moskvitch-407';
SELECT cite('model', model_ref('moskvitch-407'),
            'seed-short', 'In 1958 the 407 hit the assembly lines to reach a production run of 359,980 copies. … The 407, for example, was the most luxurious model in the series',
            'seed-long', 'introduced the Moskvitch 407 as the core model … a top speed of 115 km/h … the Moskvitch 407 (1958–1963) yielded 359,980 units, with exports accounting for 120,903 vehicles … producing standardized, rear-wheel-drive sedans',
            'ref-76', 'Moskvich-407 is a Soviet car of series production which belonged to class "B"');

-- 403: year_to disputed (1964 / 1965): see claims.
INSERT INTO model (slug, code, name, generation, series, layout, status, year_from, maker_id, brand, description)
VALUES ('moskvitch-403', '403', 'Moskvitch 403', 'second', '402/403/407', 'front_engine_rear_drive', 'produced', 1962,
        org_ref('mzma'), 'Moskvitch', 'Transitional model that replaced the 407 in 1962.');
SELECT cite('model', model_ref('moskvitch-403'),
            'seed-short', 'In 1962 it was replaced by the 403 that remained in production until 1965.',
            'seed-long', 'Key variants included the 403 transitional model (1962-1964)');

-- 423: year_from disputed (1957 / 1958): see claims.
INSERT INTO model (slug, code, name, generation, series, body_type, status, year_to, payload_kg, parent_model_id,
                   maker_id, brand, description)
VALUES ('moskvitch-423', '423', 'Moskvitch 423', 'second', '402/403/407', 'station_wagon', 'produced', 1959, 250,
        model_ref('moskvitch-407'), org_ref('mzma'), 'Moskvitch',
        'Station wagon of the second generation, named the USSR''s first such variant; carried 250 kg.');
SELECT cite('model', model_ref('moskvitch-423'),
            'seed-long', 'the 423/424 station wagons (1958-1959, first Soviet production wagons capable of carrying 250 kg) … the USSR''s first variant (Moskvitch 423) in 1957');

INSERT INTO model (slug, code, name, generation, series, body_type, status, year_from, year_to, payload_kg,
                   parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-424', '424', 'Moskvitch 424', 'second', '402/403/407', 'station_wagon', 'produced', 1958, 1959, 250,
        model_ref('moskvitch-407'), org_ref('mzma'), 'Moskvitch', 'Station wagon of the second generation; carried 250 kg.');
SELECT cite('model', model_ref('moskvitch-424'),
            'seed-long', 'the 423/424 station wagons (1958-1959, first Soviet production wagons capable of carrying 250 kg)');

INSERT INTO model (slug, code, name, generation, series, body_type, status, parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-431', '431', 'Moskvitch 431', 'second', '402/403/407', 'pickup', 'produced', model_ref('moskvitch-407'),
        org_ref('mzma'), 'Moskvitch', 'Pickup truck of the second generation; no years given.');
SELECT cite('model', model_ref('moskvitch-431'), 'seed-long', 'and pickup trucks like the 431');

------------------------------------------------------------------------------------------------------------------------
-- Third generation: 408 / 412 and variants (1964-1997, Izhevsk to 2001)
------------------------------------------------------------------------------------------------------------------------

-- 408: year_from (1964 / 1965) and year_to (1975 / 1976) disputed: see claims.
UPDATE model SET generation = 'third', series = '408/412', body_type = 'sedan', status = 'produced', top_speed_kmh = 130,
       aliases = '{"Moskvitch Elite"}', maker_id = org_ref('mzma'), brand = 'Moskvitch',
       description = 'Unibody family car following prototypes from 1960; 50 hp, four-speed manual gearbox; the millionth car of the plant '
                     '(18 May 1967) was a 408; exported to the West as the "Moskvitch Elite".'
WHERE slug = 'moskvitch-408';
SELECT cite('model', model_ref('moskvitch-408'),
            'seed-long', 'The next major generation, the Moskvitch-408, debuted in 1964 following prototypes from 1960, featuring a unibody construction … a top speed of 130 km/h … encompassed the Moskvitch 408 and 412 sedans',
            'ref-77', 'The car exported to Western Countries was called the Moskvitch Elite');

-- 412: year_to (1976 / 1982 / 1997 / 2001) and units_built (over 800,000 / over 900,000) disputed: see claims.
UPDATE model SET generation = 'third', series = '408/412', body_type = 'sedan', status = 'produced', top_speed_kmh = 150,
       parent_model_id = model_ref('moskvitch-408'), maker_id = org_ref('azlk'), brand = 'Moskvitch',
       description = 'Upgraded variant of the 408 from 1967 with the 75 hp UZAM-412 1.5-litre engine (a BMW 1500-series clone); '
                     'top speed "near 150 km/h"; built in parallel with the 408 in Moscow and under licence by IZh in Izhevsk. '
                     'Owners report many small faults (high-voltage system, interior light, brake glands; ref 94).'
WHERE slug = 'moskvitch-412';
SELECT cite('model', model_ref('moskvitch-412'),
            'seed-long', 'In 1967, AZLK introduced the Moskvitch-412 as an upgraded variant of the 408 series … achieving top speeds near 150 km/h',
            'ref-20', 'related to the 408, with a new engine, safety improvements, and a new body design',
            'ref-94', 'Lots of small problems starting with high voltage system, not working inside light, worn out glands in hydraulic brake system.');

INSERT INTO model (slug, code, name, generation, series, body_type, status, maker_id, brand, description)
VALUES ('moskvitch-410', '410', 'Moskvitch 410', 'third', '408/412', 'off_road', 'produced', org_ref('moscow-plant'), 'Moskvitch',
        'Off-road adaptation listed among the third-generation variants; no years given.');
SELECT cite('model', model_ref('moskvitch-410'), 'seed-long', 'Variants included export-oriented models, taxis (411), and off-road adaptations (410)');

INSERT INTO model (slug, code, name, generation, series, body_type, status, maker_id, brand, description)
VALUES ('moskvitch-411', '411', 'Moskvitch 411', 'third', '408/412', 'taxi', 'produced', org_ref('moscow-plant'), 'Moskvitch',
        'Taxi listed among the third-generation variants; no years given.');
SELECT cite('model', model_ref('moskvitch-411'), 'seed-long', 'Variants included export-oriented models, taxis (411), and off-road adaptations (410)');

INSERT INTO model (slug, code, name, series, body_type, status, parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-426', '426', 'Moskvitch 426', '408/412', 'station_wagon', 'produced', model_ref('moskvitch-412'),
        org_ref('moscow-plant'), 'Moskvitch', 'Station wagon variant of the 412 lineup; no years given.');
SELECT cite('model', model_ref('moskvitch-426'), 'seed-long', 'Variants such as station wagons (Moskvitch-426 and -2136) and pickup trucks expanded the lineup, with the 412 series');

------------------------------------------------------------------------------------------------------------------------
-- 2140 family (1976-1988)
------------------------------------------------------------------------------------------------------------------------

UPDATE model SET series = '2140', body_type = 'sedan', layout = 'rear_wheel_drive', status = 'produced', year_to = 1988,
       units_built = 500000, units_built_qualifier = 'over', maker_id = org_ref('azlk'), brand = 'Moskvitch',
       description = 'Facelifted modernization of the 412 from 1976 with updated styling, a better interior and front disc brakes; '
                     '1.5-litre 75 hp carburetted engine, later 1.7 litres and up to 80 hp; over 500,000 built to 1988.'
WHERE slug = 'moskvitch-2140';
SELECT cite('model', model_ref('moskvitch-2140'),
            'seed-long', 'The 2140 series succeeded the 412 in 1976 as a facelifted modernization … continued until 1988, with over 500,000 units built … criticisms of outdated rear-wheel-drive layout',
            'ref-21', 'Cars belonging to Moskvich 2140 Sedan submodel, manufactured or offered in the years 1976-1988 with sedan body type');

INSERT INTO model (slug, code, name, series, body_type, status, parent_model_id, maker_id, brand, description)
VALUES ('moskvitch-2136', '2136', 'Moskvitch 2136', '2140', 'station_wagon', 'produced', model_ref('moskvitch-412'),
        org_ref('moscow-plant'), 'Moskvitch',
        'Station wagon listed with the 426 as a variant of the 412 lineup (seed-long) and catalogued with the 2140 family (ref 21); no years given.');
SELECT cite('model', model_ref('moskvitch-2136'),
            'seed-long', 'Variants such as station wagons (Moskvitch-426 and -2136) and pickup trucks expanded the lineup',
            'ref-21', 'Moskvich 2138-2140-2136-2137 data and specifications catalogue');

INSERT INTO model (slug, code, name, series, status, maker_id, brand, description)
VALUES ('moskvitch-2137', '2137', 'Moskvitch 2137', '2140', 'produced', org_ref('moscow-plant'), 'Moskvitch',
        'Named only in the title of ref 21, catalogued with the 2140 family; body and years not given.'),
       ('moskvitch-2138', '2138', 'Moskvitch 2138', '2140', 'produced', org_ref('moscow-plant'), 'Moskvitch',
        'Named only in the title of ref 21, catalogued with the 2140 family; body and years not given.');
SELECT cite('model', model_ref('moskvitch-2137'), 'ref-21', 'Moskvich 2138-2140-2136-2137 data and specifications catalogue');
SELECT cite('model', model_ref('moskvitch-2138'), 'ref-21', 'Moskvich 2138-2140-2136-2137 data and specifications catalogue');

------------------------------------------------------------------------------------------------------------------------
-- Fourth generation: 2141 "Aleko" (1986/1988-2001/2002)
------------------------------------------------------------------------------------------------------------------------

-- 2141: year_from (1986 / 1988 / 1990), year_to (2001 / 2002) and body_type (hatchback / sedan) disputed: see claims.
UPDATE model SET aliases = '{"Aleko","AZLK Aleko 2141"}', generation = 'fourth', series = '2141', layout = 'front_wheel_drive',
       status = 'produced', units_built = 716000, units_built_qualifier = 'over', maker_id = org_ref('azlk'), brand = 'Moskvitch',
       description = 'Front-wheel-drive successor of the 412, announced in 1985, with independent front suspension inspired by the '
                     'Renault 9, elements borrowed from the (Simca) 1308 and a 1.6-litre engine derived from VAZ components; '
                     'over 716,000 built; notorious for electrical problems and body leakage. An upgraded Aleko of 1997-2001 was renamed '
                     '(new name cut off in ref 25).'
WHERE slug = 'moskvitch-2141';
SELECT cite('model', model_ref('moskvitch-2141'),
            'seed-long', 'the front-wheel-drive Moskvitch-2141 "Aleko," announced in 1985 … over 716,000 units were built until 2002',
            'ref-25', 'From 1997-2001 an upgraded Aleko, which was renamed to',
            'ref-73', 'This car is a member of the Moskvitch-2141 (Москвич-2141) family, the first genuinely modern Moskvitch model produced by the AZLK factory in Moscow.',
            'ref-74', 'These cars were notorious for electrical problems and body leakage',
            'ref-15', 'Moskvitch-2141 and decline of the 90s And the problem was not in copying, but in everything else: poor quality of components');

------------------------------------------------------------------------------------------------------------------------
-- Racers
------------------------------------------------------------------------------------------------------------------------

INSERT INTO model (slug, code, name, body_type, status, maker_id, brand, description)
VALUES ('moskvitch-g4', 'G-4', 'Moskvitch G-4', 'racer', 'produced', org_ref('moscow-plant'), 'Moskvitch',
        'Lightweight racer that won victories in a series whose name was lost in the seed; no years given.');
SELECT cite('model', model_ref('moskvitch-g4'), 'seed-long', 'victories with the lightweight G-4 racer in the');

-- Ref 1 describes a racing car first built in 1965 without naming it (it may or may not be the G-4).
INSERT INTO model (slug, code, name, body_type, status, year_from, units_built, maker_id, brand, description)
VALUES ('moskvitch-racing-car-1965', 'racing car (1965)', 'Moskvitch racing car of 1965 (name not given)', 'racer', 'produced',
        1965, 3, org_ref('moscow-plant'), 'Moskvitch',
        'Racing car "first created in 1965"; not a mass model, only three built (ref 1, which does not name it).');
SELECT cite('model', model_ref('moskvitch-racing-car-1965'),
            'ref-1', 'It was first created in 1965. As it wasn''t a mass model, only three cars were ever produced. The construction of this racing car was based on');

------------------------------------------------------------------------------------------------------------------------
-- Modern Moskvich models (from 2022), rebadged JAC / SAIC designs
------------------------------------------------------------------------------------------------------------------------

UPDATE model SET generation = 'modern', body_type = 'crossover', status = 'produced', maker_id = org_ref('moskvich-automobile-plant'),
       brand = 'Moskvich', fuel_consumption_min_l_100km = 11, fuel_consumption_max_l_100km = 12,
       description = 'Compact crossover assembled in Moscow since 23 November 2022 from JAC kits: a rebadged JAC JS4 (Sehol X4) with a '
                     '1.5-litre turbocharged petrol engine of about 150 hp; base price near 2.5 million rubles in 2023. '
                     'The fuel consumption columns hold the projected real-world 11-12 l/100 km, "far exceeding official figures".'
WHERE slug = 'moskvich-3';
SELECT cite('model', model_ref('moskvich-3'),
            'seed-long', 'The is a compact crossover SUV assembled in since November 23, 2022 … with the debut of the Moskvich 3 compact crossover … projected real-world fuel consumption of 11-12 liters per 100 km—far exceeding official figures',
            'ref-38', 'Russia on Wednesday launched production of the Moskvich car brand at a plant near Moscow');

INSERT INTO model (slug, code, name, generation, body_type, status, parent_model_id, maker_id, brand, description)
VALUES ('moskvich-3e', '3e', 'Moskvich 3e', 'modern', 'crossover', 'produced', model_ref('moskvich-3'),
        org_ref('moskvich-automobile-plant'), 'Moskvich',
        'Electric variant of the Moskvich 3 with a single motor of 174 hp (range lost in the seed); 1,300 sold in 2024.');
SELECT cite('model', model_ref('moskvich-3e'),
            'seed-long', 'or electric powertrain options in the Moskvich 3e variant … its electric variant Moskvich 3e',
            'ref-62', 'The electric Moskvich 3 appears to be a copy of the JAC S4 from China');

INSERT INTO model (slug, code, name, generation, body_type, status, planned_start_year, maker_id, brand, description)
VALUES ('moskvich-5', '5', 'Moskvich 5', 'modern', 'crossover', 'planned', 2024, org_ref('moskvich-automobile-plant'), 'Moskvich',
        'Planned crossover, "starting in 2024".');
SELECT cite('model', model_ref('moskvich-5'), 'seed-long', 'Planned expansions include the Moskvitch 5 crossover starting in 2024');

-- 6: body_type disputed (sedan / liftback): see claims.
INSERT INTO model (slug, code, name, generation, status, maker_id, brand, description)
VALUES ('moskvich-6', '6', 'Moskvich 6', 'modern', 'produced', org_ref('moskvich-automobile-plant'), 'Moskvich',
        'Certified in July 2023; derived from the 2021 JAC Sehol A5 Plus, with its 1.5-litre turbocharged petrol engine of 174 hp; '
        'assembled from SKD kits; 2,400 sold in 2024. First presented in Russia in July 2022 under another name (cut off in ref 65).');
SELECT cite('model', model_ref('moskvich-6'),
            'seed-long', 'The Moskvitch 6, certified in July 2023 and entering thereafter, is a derived from the 2021 JAC',
            'ref-64', 'It is based on the Chinese JAC Sehol A5 Plus of 2021');

INSERT INTO model (slug, code, name, generation, body_type, status, maker_id, brand, description)
VALUES ('moskvich-8', '8', 'Moskvich 8', 'modern', 'crossover', 'produced', org_ref('moskvich-automobile-plant'), 'Moskvich',
        'Crossover developed with JAC; on sale from 22 July 2025 from 2.98 million rubles.');
SELECT cite('model', model_ref('moskvich-8'),
            'seed-long', 'the Moskvich 8 crossover launched for sale on July 22, 2025, starting at 2.98 million rubles',
            'ref-47', 'all current Moskvich models (3, 3e, 6, 8) are vehicles developed in collaboration with JAC');

INSERT INTO model (slug, code, name, generation, status, planned_start_year, maker_id, brand, description)
VALUES ('moskvich-m70', 'M70', 'Moskvich M70', 'modern', 'planned', 2025, org_ref('moskvich-automobile-plant'), 'Moskvich',
        'New model whose large-scale assembly was planned by the end of 2025 (announced 15 October 2025); its base model was lost in the seed.');
SELECT cite('model', model_ref('moskvich-m70'),
            'seed-long', 'The Moskvich automobile plant announced plans in October 2025 to commence large-scale assembly of the new M70 model by the end of the year',
            'ref-55', 'The Moskvich automobile plant plans to begin large-scale assembly of the new M70 model by the end of 2025.');

INSERT INTO model (slug, code, name, generation, status, maker_id, brand, description)
VALUES ('moskvich-m90', 'M90', 'Moskvich M90', 'modern', 'planned', org_ref('moskvich-automobile-plant'), 'Moskvich',
        'Possible new model based on the MG RX9, to be produced in cooperation with SAIC (reports of October 2025).');
SELECT cite('model', model_ref('moskvich-m90'),
            'seed-long', 'reports in October 2025 indicated potential expansion to SAIC platforms for a new M90 model based on the MG RX9',
            'ref-54', 'It will be produced in cooperation with the Chinese SAIC concern, based on the MG RX9 model');

------------------------------------------------------------------------------------------------------------------------
-- Foreign and reference models (is_moskvitch = false)
------------------------------------------------------------------------------------------------------------------------

INSERT INTO model (slug, code, name, aliases, year_from, year_to, status, maker_id, brand, is_moskvitch, description)
VALUES ('opel-kadett-k38', 'Kadett K38', 'Opel Kadett K38', '{"Opel Kadet/Olympia K38"}', 1938, 1940, 'produced',
        org_ref('opel'), 'Opel', false, 'The pre-war Opel copied as the Moskvitch 400.');
SELECT cite('model', model_ref('opel-kadett-k38'),
            'seed-long', 'a near-direct copy of the 1938-1940 Opel Kadett K38',
            'ref-12', 'Using the schematics left over from the Opel Kadet/Olympia K38 platform');

-- The seed lost the model name in "influenced by the 1962 ,"; the next sentence names its maker ("the Opel's influence").
INSERT INTO model (slug, code, name, year_from, status, maker_id, brand, is_moskvitch, description)
VALUES ('opel-1962', '1962', 'Opel model of 1962 (name lost in the seed)', 1962, 'produced', org_ref('opel'), 'Opel', false,
        'The 1962 Opel that influenced the 408''s styling and the 412''s layout; the seed lost its model name.');
SELECT cite('model', model_ref('opel-1962'),
            'seed-long', 'The Moskvich 408, entering production in 1964, was influenced by the 1962 , featuring updated styling with a boxier profile and expanded interior space over prior models. This evolved into the 412 variant in 1967, which retained the Opel''s influence in layout');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('opel-kapitan', 'Kapitan', 'Opel Kapitan', 'produced', org_ref('opel'), 'Opel', false,
        'Western contemporary with which the 412 competed in performance.');
SELECT cite('model', model_ref('opel-kapitan'), 'seed-long', 'competing in performance with Western contemporaries like the Opel Kapitan');

-- The seed lost "Ford Prefect" in "the 1939 British for its"; refs 4 and 5 name it.
INSERT INTO model (slug, code, name, year_from, status, maker_id, brand, is_moskvitch, description)
VALUES ('ford-prefect-1939', 'Prefect', 'Ford Prefect (1939)', 1939, 'produced', org_ref('ford'), 'Ford', false,
        'British Ford of 1939 on which the KIM-10 drew for its body styling and mechanical layout.');
SELECT cite('model', model_ref('ford-prefect-1939'),
            'ref-4', 'the British «Ford Prefect» of 1939',
            'ref-5', 'inspired by the British Ford Prefect',
            'seed-long', 'drawing directly from the 1939 British for its , body styling, and mechanical layout');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('ford-prefect-100e', 'Prefect 100E', 'Ford Prefect 100E', 'produced', org_ref('ford'), 'Ford', false,
        'One of the foreign rivals that inspired the design of the 402/403/407.');
SELECT cite('model', model_ref('ford-prefect-100e'), 'seed-short', 'such as the Hillman Minx, Fiat 1100, Ford Prefect 100E, and Jowett Javelin');

-- The seed writes only "Model A"; ref 16 ties the plant's beginnings to Ford, the design card names Ford.
INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('ford-model-a', 'Model A', 'Ford Model A', 'produced', org_ref('ford'), 'Ford', false,
        'Assembled under licence at the plant from 1930 (seed-long); maker Ford per ref 16''s 1929 Ford cooperation agreement.');
SELECT cite('model', model_ref('ford-model-a'),
            'seed-long', 'building on earlier licensed assembly of Model A vehicles starting in 1930',
            'ref-16', 'The beginnings of Moskvitch lie in a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA');

-- The seed lost "Simca" in "the 1308 (also known as 1308)"; the design card supplies Simca as maker.
INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('simca-1308', '1308', 'Simca 1308', 'produced', org_ref('simca'), 'Simca', false,
        'The 1308 from which the 2141 borrowed elements; its alternative name was lost in the seed.');
SELECT cite('model', model_ref('simca-1308'),
            'seed-long', 'borrowed elements from the 1308 (also known as 1308)',
            'design-card', 'design influences (Opel, Ford, Simca)');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('bmw-1500', '1500', 'BMW 1500', 'produced', org_ref('bmw'), 'BMW', false,
        'The Moskvitch 412''s engine is a clone of its engine.');
SELECT cite('model', model_ref('bmw-1500'),
            'ref-68', 'Moskvich-412 is generally based on BMW 1500. The engine is an outright clone.',
            'seed-long', 'incorporated a cloned 1500-series engine producing 75 horsepower');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('hillman-minx', 'Minx', 'Hillman Minx', 'produced', org_ref('hillman'), 'Hillman', false,
        'One of the foreign rivals that inspired the design of the 402/403/407.'),
       ('fiat-1100', '1100', 'Fiat 1100', 'produced', org_ref('fiat'), 'Fiat', false,
        'One of the foreign rivals that inspired the design of the 402/403/407.'),
       ('jowett-javelin', 'Javelin', 'Jowett Javelin', 'produced', org_ref('jowett'), 'Jowett', false,
        'One of the foreign rivals that inspired the design of the 402/403/407.'),
       ('gaz-21-volga', 'GAZ-21', 'GAZ-21 Volga', 'produced', org_ref('gaz'), 'GAZ', false,
        'Its designers took part in creating the 402/403/407.');
SELECT cite('model', model_ref('hillman-minx'), 'seed-short', 'design inspired by foreign rivals, such as the Hillman Minx');
SELECT cite('model', model_ref('fiat-1100'), 'seed-short', 'such as the Hillman Minx, Fiat 1100');
SELECT cite('model', model_ref('jowett-javelin'), 'seed-short', 'Ford Prefect 100E, and Jowett Javelin');
SELECT cite('model', model_ref('gaz-21-volga'), 'seed-short', 'the designers of the GAZ-21 Volga took part in the creation of the compact Moskvitch');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('renault-9', '9', 'Renault 9', 'produced', org_ref('renault'), 'Renault', false,
        'Western design that inspired the 2141''s independent front suspension.');
SELECT cite('model', model_ref('renault-9'), 'seed-long', 'independent front suspension inspired by Western designs like the Renault 9');

-- Renault-era models at the plant. The seed lost "Renault Logan"; ref 34 names it. Sandero and Duster: brand not given.
INSERT INTO model (slug, code, name, body_type, status, maker_id, brand, is_moskvitch, description)
VALUES ('renault-logan', 'Logan', 'Renault Logan', 'sedan', 'produced', org_ref('renault'), 'Renault', false,
        'A rebadged Dacia assembled by Avtoframos on the Moskvitch grounds from CKD kits from 2005.');
SELECT cite('model', model_ref('renault-logan'),
            'ref-34', 'started off building the Renault Logan (a rebadged Dacia)',
            'seed-long', 'Production commenced in 2005 with the assembly of the (a rebadged model) from complete knock-down (CKD) kits imported from , targeting Russia''s demand for affordable sedans');

INSERT INTO model (slug, code, name, status, maker_id, is_moskvitch, description)
VALUES ('sandero', 'Sandero', 'Sandero', 'produced', org_ref('renault'), false,
        'Added to the Avtoframos output after the Logan (brand name lost in the seed).'),
       ('duster', 'Duster', 'Duster', 'produced', org_ref('renault'), false,
        'Added to the Avtoframos output later, after the Sandero (brand name and body type lost in the seed).');
SELECT cite('model', model_ref('sandero'), 'seed-long', 'primarily Logans but expanding to include models like the Sandero and later the Duster … The facility became a key hub for Renault''s operations');
SELECT cite('model', model_ref('duster'), 'seed-long', 'primarily Logans but expanding to include models like the Sandero and later the Duster … The facility became a key hub for Renault''s operations');

INSERT INTO model (slug, code, name, aliases, body_type, status, maker_id, brand, is_moskvitch, description)
VALUES ('jac-js4', 'JS4', 'JAC JS4', '{"JAC Sehol X4","Sehol X4","JAC Sehol JS4"}', 'crossover', 'produced', org_ref('jac'), 'JAC', false,
        'Chinese compact crossover rebadged and assembled as the Moskvich 3.');
SELECT cite('model', model_ref('jac-js4'),
            'ref-103', 'an identical copy of the Sehol X4 compact crossover made by China''s JAC',
            'ref-61', 'The low-cost Chinese SUV JAC JS4',
            'seed-long', 'the Chinese JAC (also known as JS4) … the JAC Sehol JS4 platform');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('jac-s4', 'S4', 'JAC S4', 'produced', org_ref('jac'), 'JAC', false, 'Chinese model of which the electric Moskvich 3 appears to be a copy (ref 62).');
SELECT cite('model', model_ref('jac-s4'), 'ref-62', 'The electric Moskvich 3 appears to be a copy of the JAC S4 from China');

INSERT INTO model (slug, code, name, body_type, status, maker_id, brand, is_moskvitch, description)
VALUES ('jac-sehol-a5', 'Sehol A5', 'JAC Sehol A5', 'liftback', 'produced', org_ref('jac'), 'JAC', false,
        'Chinese liftback of which the Moskvich 6 is a licensed copy (ref 65).');
SELECT cite('model', model_ref('jac-sehol-a5'),
            'ref-65', 'This model is a licensed copy of the Chinese liftback JAC Sehol A5.',
            'ref-63', 'have been renamed the JAC JS4 and JAC Sehol A5');

INSERT INTO model (slug, code, name, year_from, status, maker_id, brand, is_moskvitch, description)
VALUES ('jac-sehol-a5-plus', 'Sehol A5 Plus', 'JAC Sehol A5 Plus', 2021, 'produced', org_ref('jac'), 'JAC', false,
        'JAC model of 2021 with a single 1.5-litre petrol turbo engine on which the Moskvich 6 is based (ref 64).');
SELECT cite('model', model_ref('jac-sehol-a5-plus'),
            'ref-64', 'It is based on the Chinese JAC Sehol A5 Plus of 2021, which is presented in China with a non-alternative 1.5-liter gasoline turbo engine');

INSERT INTO model (slug, code, name, status, maker_id, brand, is_moskvitch, description)
VALUES ('mg-rx9', 'RX9', 'MG RX9', 'produced', org_ref('mg'), 'MG', false, 'Model "focused on export markets" on which the planned Moskvich M90 may be based.');
SELECT cite('model', model_ref('mg-rx9'), 'ref-54', 'based on the MG RX9 model, which is focused on export markets');

------------------------------------------------------------------------------------------------------------------------
-- Succession (predecessor -> successor), only where a source says so
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, note)
           VALUES (model_ref('moskvitch-400'), model_ref('moskvitch-401'), 'The 401 was the updated 400 (1954).') RETURNING id)
SELECT cite('succession', f.id, 'seed-long', 'In 1954, the updated Moskvitch-401 introduced a higher-compression yielding 26 horsepower') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, note)
           VALUES (model_ref('moskvitch-401'), model_ref('moskvitch-402'), 'The 402/403/407 series replaced the 401.') RETURNING id)
SELECT cite('succession', f.id, 'seed-short', 'It’s the successor of the 401 series … compared to the 401 that it replaced') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, note)
           VALUES (model_ref('moskvitch-407'), model_ref('moskvitch-403'), 'The 403 replaced the 407 in 1962.') RETURNING id)
SELECT cite('succession', f.id, 'seed-short', 'In 1958 the 407 hit the assembly lines to reach a production run of 359,980 copies. In 1962 it was replaced by the 403') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, note)
           VALUES (model_ref('moskvitch-412'), model_ref('moskvitch-2140'), 'The 2140 succeeded the 412 in 1976.') RETURNING id)
SELECT cite('succession', f.id,
            'seed-long', 'The 2140 series succeeded the 412 in 1976',
            'ref-19', 'both models were produced in parallel until 1976, and then, after another restyling and modernization, production continued under the') FROM f;

WITH f AS (INSERT INTO succession (predecessor_id, successor_id, note)
           VALUES (model_ref('moskvitch-412'), model_ref('moskvitch-2141'), 'The 2141 was a successor to the 412 (ref 23); seed-long: "successor to earlier rear-drive models".') RETURNING id)
SELECT cite('succession', f.id,
            'ref-23', 'The Moskvitch 2141 was a successor to the 412',
            'seed-long', 'AZLK''s front-wheel-drive successor to earlier rear-drive models') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Plants that built the models (model_plant). Years only where they are plant-specific and undisputed.
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, year_to, role)
           VALUES (model_ref('kim-10'), org_ref('moscow-plant'), 1940, 1941, 'main') RETURNING id)
SELECT cite('model_plant', f.id, 'seed-long', 'serial production starting mid-year … By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, role, note)
           VALUES (model_ref('moskvitch-400'), org_ref('moscow-plant'), 'main', 'Produced by MZMA in Moscow; years disputed, see the model''s claims.') RETURNING id)
SELECT cite('model_plant', f.id,
            'ref-2', 'which was produced on MZMA plant',
            'ref-11', 'produced at the Plant of small cars in Moscow') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, role)
           VALUES (model_ref('moskvitch-402'), org_ref('moscow-plant'), 1956, 'main') RETURNING id)
SELECT cite('model_plant', f.id, 'seed-short', 'Production of the 402 started in 1956 in Moscow') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, role, note)
           VALUES (model_ref('moskvitch-407'), org_ref('moscow-plant'), 1958, 'main', 'Moscow Plant of Midget Cars (MZMA).') RETURNING id)
SELECT cite('model_plant', f.id, 'ref-76', 'was produced at MPMC (Moscow Plant of Midget Cars) since 1958') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, role, note)
           VALUES (model_ref('moskvitch-408'), org_ref('moscow-plant'), 'main', 'Built in parallel with the 412 at AZLK until 1975/1976 (disputed).') RETURNING id)
SELECT cite('model_plant', f.id,
            'seed-long', 'The 412 was produced in parallel with the 408 at the Moscow plant',
            'ref-19', 'At AZLK, both models were produced in parallel until 1976') FROM f;

-- 412 in Moscow: year_to disputed (1976 per ref 19, 1997 per ref 20): see claims.
WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, role, note)
           VALUES (model_ref('moskvitch-412'), org_ref('moscow-plant'), 1967, 'parallel', 'Built in parallel with the 408.') RETURNING id)
SELECT cite('model_plant', f.id,
            'seed-long', 'The 412 was produced in parallel with the 408 at the Moscow plant',
            'ref-20', 'The Moskvich-412 was produced from 1967-1997 (Moscow)') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_to, role, note)
           VALUES (model_ref('moskvitch-412'), org_ref('izh'), 2001, 'licensed',
                   'Licensed to IZh to expand output; its line was set up "in the mid-''60s" (ref 17); the "Izh 412" was a carbon copy.') RETURNING id)
SELECT cite('model_plant', f.id,
            'seed-long', 'licensed to the IZh factory in Izhevsk to expand overall output and meet Soviet production quotas',
            'ref-20', 'and 2001 (Izhevsk)',
            'ref-17', 'The Izh 412 was a carbon copy') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, year_to, role)
           VALUES (model_ref('moskvitch-2140'), org_ref('moscow-plant'), 1976, 1988, 'main') RETURNING id)
SELECT cite('model_plant', f.id, 'ref-21', 'Cars belonging to Moskvich 2140 Sedan submodel, manufactured or offered in the years 1976-1988') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, role)
           VALUES (model_ref('moskvitch-2141'), org_ref('moscow-plant'), 'main') RETURNING id)
SELECT cite('model_plant', f.id, 'ref-73', 'the first genuinely modern Moskvitch model produced by the AZLK factory in Moscow') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, year_from, role)
           VALUES (model_ref('moskvich-3'), org_ref('moscow-plant'), 2022, 'main') RETURNING id)
SELECT cite('model_plant', f.id, 'seed-long', 'The is a compact crossover SUV assembled in since November 23, 2022, at the former') FROM f;

WITH f AS (INSERT INTO model_plant (model_id, plant_id, role)
           SELECT model_ref(m), org_ref('moscow-plant'), 'main' FROM unnest(ARRAY['moskvich-3e', 'moskvich-6', 'moskvich-8']) AS m
           RETURNING id)
SELECT cite('model_plant', f.id, 'seed-long', 'Current models include the Moskvich 3 crossover (based on the JAC JS4/), its electric variant Moskvich 3e, the Moskvich 6 sedan (derived from a JAC platform), and the Moskvich 8 crossover, all produced via this JAC-sourced process') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Comparisons with rivals (not influences)
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO model_comparison (model_id, compared_model_id, aspect, note)
           VALUES (model_ref('moskvitch-412'), model_ref('opel-kapitan'), 'performance', 'The 412 competed in performance with the Opel Kapitan.') RETURNING id)
SELECT cite('model_comparison', f.id, 'seed-long', 'achieving top speeds near 150 km/h and competing in performance with Western contemporaries like the Opel Kapitan') FROM f;
