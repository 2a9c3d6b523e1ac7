-- 0006: engines, which model used which engine, and design influences (who copied, cloned or drew on what).
--
-- Litre figures are stored as cubic centimetres as stated ("1.2-liter" -> 1200) unless a source gives the exact
-- displacement (ref 21: 1478 and 1760 cc for the 2140). Disputed values stay NULL: see 0010_claims.sql.

------------------------------------------------------------------------------------------------------------------------
-- Engines
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, cylinders, cylinder_layout, power_hp, note)
           VALUES ('kim-10-engine', 'KIM-10 1.2-litre inline-four', 1200, 4, 'inline', 26, 'Stated as "1.2-liter inline-four rated at 26 horsepower".')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'including a 1.2-liter inline-four rated at 26 horsepower') FROM f;

-- displacement disputed (1.1 litres / 660 cc): see claims.
WITH f AS (INSERT INTO engine (slug, designation, cylinders, cylinder_layout, power_hp, note)
           VALUES ('moskvitch-400-engine', 'Moskvitch 400 inline-four', 4, 'inline', 23,
                   'Domestically produced 23 hp inline-four substituted for the Opel''s original unit.')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'powered by a 1.1-liter four-cylinder engine producing 23 horsepower … a 660 cc inline-four engine producing 23 horsepower … substituting a domestically produced 23-horsepower inline-four engine for the original unit') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, power_hp, note)
           VALUES ('moskvitch-401-engine', 'Moskvitch 401 higher-compression engine', 26,
                   'Higher-compression development giving 26 hp (seed-long: "through improved carburetion"). Displacement not given.')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'the updated Moskvitch-401 introduced a higher-compression yielding 26 horsepower … through improved carburetion') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, valvetrain, power_hp, power_kw, fuel, note)
           VALUES ('moskvitch-402-engine', 'Moskvitch 402 1.2-litre flathead', 1200, 'flathead', 35, 26, 'petrol',
                   'First engine of the 402/403/407 series, with a three-speed manual gearbox; replaced in 1958.')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-short', 'a 1.2-liter flathead petrol engine with 35 horsepower (26 kilowatts) and a three-speed manual gearbox') FROM f;

-- displacement (1.3 / 1.2 litres), power (45 / about 40 / 35 hp) and kW disputed: see claims.
WITH f AS (INSERT INTO engine (slug, designation, note)
           VALUES ('moskvitch-407-engine', 'Moskvitch 407 engine',
                   'The 1958 engine of the 407, with a four-speed manual gearbox. The seeds disagree on its size and power.')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-short', 'In 1958 the motor was replaced by a slightly bigger 1.3-liter engine, channeling 45 hp (34 kW) to the rear wheels through a new four-speed manual gearbox.',
            'seed-long', 'a 1.2-liter delivering about 40 horsepower',
            'ref-75', 'In 1958, the Russian factory produced the 45 bhp 407') FROM f;

-- displacement disputed (1,078 cc / 1.3 / 1.4 litres): see claims.
WITH f AS (INSERT INTO engine (slug, designation, power_hp, note)
           VALUES ('moskvitch-408-engine', 'Moskvitch 408 engine', 50,
                   'All sources agree on 50 hp; the seeds disagree on displacement. Blocks of iron with aluminium heads (408 and 412 series).')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', '1,078 cc engine with 50 horsepower … the 408''s 1.4-liter unit with 50 horsepower … a 1.3-liter engine with 50 horsepower … cast in aluminum heads with iron blocks',
            'ref-18', 'It was the Moskvitch 408. Power – 50 hp.') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, cylinders, cylinder_layout, power_hp, note)
           VALUES ('uzam-412', 'UZAM-412', 1500, 4, 'inline', 75,
                   'New 1.5-litre inline-four of the 412, a clone of the BMW 1500-series engine; aluminium head, iron block.')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', 'a new 1.5-liter inline-four engine (UZAM-412) producing 75 horsepower … incorporated a cloned 1500-series engine producing 75 horsepower',
            'ref-68', 'The engine is an outright clone.') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, power_hp, aspiration, fuel_system, compression_ratio, note)
           VALUES ('moskvitch-2140-1500', 'Moskvich 2140 1.5 (75 hp)', 1478, 75, 'naturally_aspirated', 'carburettor', 8.8,
                   'The 2140''s initial carburetted 1.5-litre; 1478 cc is the lower end of ref 21''s "1478 - 1760 cc".')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', 'Powered initially by a 1.5-liter carbureted delivering 75 horsepower',
            'ref-22', 'Specs of Moskvich 2140 1.5 (75 Hp) /1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988/ ; 8.8:1 · 2 · Carburettor · Naturally aspirated',
            'ref-21', 'equipped with engines of 1478 - 1760 cc') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, power_hp, note)
           VALUES ('moskvitch-2140-1700', 'Moskvich 2140 1.7 (up to 80 hp)', 1760, 80,
                   'Later 2140 engine, "up to 80 horsepower"; 1760 cc is the upper end of ref 21''s range.')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', 'later versions adopted a 1.7-liter unit with up to 80 horsepower',
            'ref-21', 'equipped with engines of 1478 - 1760 cc') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, note)
           VALUES ('moskvitch-2141-engine', 'Moskvitch 2141 1.6-litre (VAZ-derived)', 1600, 'Derived from VAZ components; power not given.')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'it featured a 1.6-liter derived from VAZ components') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, power_hp, power_hp_max, fuel, note)
           VALUES ('scaldia-diesel-1600', 'Scaldia 1.6-litre diesel', 1600, 42, 50, 'diesel',
                   'Retrofitted by Scaldia-Volvo to CKD-assembled Moskvitch 402, 407 and 412 ("around 42-50 hp"); maker not given.')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'often retrofitted with 1.6-liter diesel engines (producing around 42-50 hp)') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, power_hp, fuel, aspiration, note)
           VALUES ('moskvich-3-engine', 'Moskvich 3 1.5-litre turbo', 1500, 150, 'petrol', 'turbocharged',
                   'JAC-sourced 1.5-litre turbocharged engine, "approximately 150 horsepower"; the Moskvich 3 is the "gasoline" model.')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', 'a 1.5-liter turbocharged (150 ) … a 1.5-liter turbocharged producing approximately 150 horsepower … 25 gasoline models and 25 electric Moskvitch 3e') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, power_hp, fuel, note)
           VALUES ('moskvich-3e-motor', 'Moskvich 3e electric motor', 174, 'electric', 'Single electric motor of 174 hp (the seed lost the word "motor").')
           RETURNING id)
SELECT cite('engine', f.id, 'seed-long', 'a single output of 174 horsepower') FROM f;

WITH f AS (INSERT INTO engine (slug, designation, displacement_cc, power_hp, fuel, aspiration, note)
           VALUES ('moskvich-6-engine', 'JAC 1.5-litre turbo (Moskvich 6 / Sehol A5 Plus)', 1500, 174, 'petrol', 'turbocharged',
                   'The Chinese design''s 1.5-litre turbocharged gasoline engine, kept in the Moskvich 6.')
           RETURNING id)
SELECT cite('engine', f.id,
            'seed-long', 'maintaining the Chinese design''s 1.5-liter turbocharged gasoline engine rated at 174 horsepower',
            'ref-64', 'a non-alternative 1.5-liter gasoline turbo engine') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Which model used which engine
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from, year_to)
           VALUES (model_ref('kim-10'), engine_ref('kim-10-engine'), 1940, 1941) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'This shift culminated in the KIM-10 … including a 1.2-liter inline-four rated at 26 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id)
           VALUES (model_ref('moskvitch-400'), engine_ref('moskvitch-400-engine')) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'The Moskvich-400 and its variants, powered by a 1.1-liter four-cylinder engine producing 23 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from, year_to)
           VALUES (model_ref('moskvitch-401'), engine_ref('moskvitch-401-engine'), 1954, 1956) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'In 1954, the updated Moskvitch-401 introduced a higher-compression yielding 26 horsepower and minor improvements, extending production of the series until 1956') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from, transmission, note)
           VALUES (model_ref('moskvitch-402'), engine_ref('moskvitch-402-engine'), 1956, 'three-speed manual',
                   'The series'' first engine; "in 1958 the motor was replaced".') RETURNING id)
SELECT cite('model_engine', f.id, 'seed-short', 'At the first, the model had a classic front-engine, rear-wheel-drive layout that combines the work of a 1.2-liter flathead petrol engine with 35 horsepower (26 kilowatts) and a three-speed manual gearbox.') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from, transmission)
           VALUES (model_ref('moskvitch-407'), engine_ref('moskvitch-407-engine'), 1958, 'four-speed manual') RETURNING id)
SELECT cite('model_engine', f.id,
            'seed-short', 'In 1958 the motor was replaced by a slightly bigger 1.3-liter engine, channeling 45 hp (34 kW) to the rear wheels through a new four-speed manual gearbox.',
            'seed-long', 'The 407 featured a restyled with a more rounded aesthetic, a 1.2-liter delivering about 40 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, transmission)
           VALUES (model_ref('moskvitch-408'), engine_ref('moskvitch-408-engine'), 'four-speed manual') RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'the Moskvitch-408, debuted in 1964 following prototypes from 1960, featuring a unibody construction, 1,078 cc engine with 50 horsepower, and four-speed manual transmission') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from)
           VALUES (model_ref('moskvitch-412'), engine_ref('uzam-412'), 1967) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'In 1967, AZLK introduced the Moskvitch-412 as an upgraded variant of the 408 series, featuring a new 1.5-liter inline-four engine (UZAM-412) producing 75 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from, year_to, transmission, note)
           VALUES (model_ref('moskvitch-2140'), engine_ref('moskvitch-2140-1500'), 1976, 1988, 'four-speed', 'The initial engine; the gearbox type was lost in the seed.') RETURNING id)
SELECT cite('model_engine', f.id,
            'seed-long', 'Powered initially by a 1.5-liter carbureted delivering 75 horsepower, later versions adopted a 1.7-liter unit with up to 80 horsepower, paired with a four-speed',
            'ref-22', 'Specs of Moskvich 2140 1.5 (75 Hp) /1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988/') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, transmission, note)
           VALUES (model_ref('moskvitch-2140'), engine_ref('moskvitch-2140-1700'), 'four-speed', 'Later versions; years not given.') RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'later versions adopted a 1.7-liter unit with up to 80 horsepower, paired with a four-speed') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id)
           VALUES (model_ref('moskvitch-2141'), engine_ref('moskvitch-2141-engine')) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'Designed from 1986 and entering limited production by 1990, it featured a 1.6-liter derived from VAZ components') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, note)
           SELECT model_ref(m), engine_ref('scaldia-diesel-1600'), 'Retrofit in Scaldia-Volvo''s CKD assembly (Seneffe).'
           FROM unnest(ARRAY['moskvitch-402', 'moskvitch-407', 'moskvitch-412']) AS m
           RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'Models such as the 402, 407, and 412 were built from Soviet kits, often retrofitted with 1.6-liter diesel engines (producing around 42-50 hp)') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id, year_from)
           VALUES (model_ref('moskvich-3'), engine_ref('moskvich-3-engine'), 2022) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'with the debut of the Moskvich 3 compact crossover, a rebadged featuring a 1.5-liter turbocharged (150 )') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id)
           VALUES (model_ref('moskvich-3e'), engine_ref('moskvich-3e-motor')) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'An electric variant, the , followed shortly after, mirroring the with a enabling a range of around kilometers and a single output of 174 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id)
           VALUES (model_ref('moskvich-6'), engine_ref('moskvich-6-engine')) RETURNING id)
SELECT cite('model_engine', f.id, 'seed-long', 'The Moskvitch 6, certified in July 2023 and entering thereafter, is a derived from the 2021 JAC , maintaining the Chinese design''s 1.5-liter turbocharged gasoline engine rated at 174 horsepower') FROM f;

WITH f AS (INSERT INTO model_engine (model_id, engine_id)
           VALUES (model_ref('jac-sehol-a5-plus'), engine_ref('moskvich-6-engine')) RETURNING id)
SELECT cite('model_engine', f.id, 'ref-64', 'It is based on the Chinese JAC Sehol A5 Plus of 2021, which is presented in China with a non-alternative 1.5-liter gasoline turbo engine') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Design influences: model_id was influenced by source_model_id
------------------------------------------------------------------------------------------------------------------------

-- KIM-10 <- Ford Prefect (1939). The seed lost the Ford's name; refs 4 and 5 give it.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('kim-10'), model_ref('ford-prefect-1939'), 'design', 'inspiration',
                   'Body styling and mechanical layout; "similar hood, windscreen, and compact sedan proportions".') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'with development drawing directly from the 1939 British for its , body styling, and mechanical layout … drew inspiration from the British , incorporating similar hood, windscreen, and compact sedan proportions',
            'ref-5', 'The KIM-10 was the first model of the Soviet subcompact cars inspired by the British Ford Prefect. The Soviet car got the modern design of the hood, windscreen') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('kim-10-50'), model_ref('ford-prefect-1939'), 'design', 'inspiration',
                   'Ref 4: the design was "taken" from the British Ford Prefect of 1939.') RETURNING id)
SELECT cite('design_influence', f.id, 'ref-4', 'the basis of which the design was taken by the British «Ford Prefect» of 1939') FROM f;

-- 400 <- Opel Kadett K38. Where the tooling came from is disputed (Brandenburg / Rüsselsheim): see claims.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, parts_commonality_percent, note)
           VALUES (model_ref('moskvitch-400'), model_ref('opel-kadett-k38'), 'design', 'captured_tooling_copy', 97,
                   'Tooling, blueprints and expertise taken as reparations; chassis, body panels adapted and a domestic 23 hp engine '
                   'substituted; "approximately 97% parts commonality".') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'leading to the transfer of tooling, blueprints, and expertise from Opel''s Brandenburg plant to equip MZMA for mass production … a near-direct copy of the 1938-1940 Opel Kadett K38 … achieving approximately 97% parts commonality with the original',
            'ref-12', 'Using the schematics left over from the Opel Kadet/Olympia K38 platform, the company built the Moskvitch 400-420 starting in December 1946') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvitch-400'), model_ref('opel-kadett-k38'), 'chassis', 'reverse_engineering',
                   'Seed-long''s Design Influences section: reverse-engineered with seized schematics and tooling, adapting chassis and body panels.') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'Soviet engineers reverse-engineered the model using schematics and tooling seized from ''s Rüsselsheim factory after the war''s end in , adapting the chassis, body panels, and') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, parts_commonality_percent, note)
           VALUES (model_ref('moskvitch-401'), model_ref('opel-kadett-k38'), 'design', 'captured_tooling_copy', 97,
                   'The first generation (400 and 401) were direct adaptations of the K38.') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'consisted primarily of the Moskvitch 400 and 401 series sedans, along with variants such as the 420 models. These were direct adaptations of the pre-World War II K38, utilizing captured German tooling and designs acquired from an East German factory, achieving approximately 97% parts commonality') FROM f;

-- One sentence credits "prewar KIM designs"; the same seed says the authorities chose the Opel "rather than resuming KIM models".
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvitch-400'), model_ref('kim-10'), 'design', 'inspiration',
                   'Only the Achievements section says the 400 series adapted "prewar KIM designs"; the Wartime section says the authorities '
                   'chose the Opel "rather than resuming KIM models".') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'the postwar Moskvitch 400 series (1946–1956), which delivered 216,000 sedans and 17,000 cabriolets, adapting prewar KIM designs') FROM f;

-- The 402/403/407 series <- foreign rivals (short seed), recorded on each model of the series.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           SELECT model_ref(m), model_ref(s), 'design', 'inspiration', 'Stated for the 402/403/407 series: "design inspired by foreign rivals".'
           FROM unnest(ARRAY['moskvitch-402', 'moskvitch-403', 'moskvitch-407']) AS m
           CROSS JOIN unnest(ARRAY['hillman-minx', 'fiat-1100', 'ford-prefect-100e', 'jowett-javelin']) AS s
           RETURNING id)
SELECT cite('design_influence', f.id, 'seed-short', 'it is still a well-looking vehicle with design inspired by foreign rivals, such as the Hillman Minx, Fiat 1100, Ford Prefect 100E, and Jowett Javelin') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           SELECT model_ref(m), model_ref('gaz-21-volga'), 'design', 'designer_involvement',
                  'Stated for the 402/403/407 series: the GAZ-21 Volga''s designers took part in its creation.'
           FROM unnest(ARRAY['moskvitch-402', 'moskvitch-403', 'moskvitch-407']) AS m
           RETURNING id)
SELECT cite('design_influence', f.id, 'seed-short', 'In fact, the designers of the GAZ-21 Volga took part in the creation of the compact Moskvitch.') FROM f;

-- 408 / 412 <- the 1962 Opel (name lost in the seed).
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvitch-408'), model_ref('opel-1962'), 'styling', 'inspiration',
                   'Updated, boxier styling and more interior space.') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'The Moskvich 408, entering production in 1964, was influenced by the 1962 , featuring updated styling with a boxier profile and expanded interior space over prior models.') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind)
           VALUES (model_ref('moskvitch-412'), model_ref('opel-1962'), 'layout', 'inspiration') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'This evolved into the 412 variant in 1967, which retained the Opel''s influence in layout') FROM f;

-- 412 <- BMW 1500: the engine is a clone. The seed lost "BMW"; ref 68 names it.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvitch-412'), model_ref('bmw-1500'), 'engine', 'clone',
                   'Ref 68: "generally based on BMW 1500. The engine is an outright clone. However the looks of the body are different".') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'incorporated a cloned 1500-series engine producing 75 horsepower',
            'ref-68', 'Moskvich-412 is generally based on BMW 1500. The engine is an outright clone. However the looks of the body are different') FROM f;

-- 2141 <- Simca 1308 (maker from the design card) and Renault 9.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvitch-2141'), model_ref('simca-1308'), 'design', 'inspiration',
                   'Borrowed elements "including mounting and" (the borrowed parts'' names were lost in the seed).') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'The Moskvich 2141, unveiled in 1986 as a front-wheel-drive hatchback, borrowed elements from the 1308 (also known as 1308), including mounting and',
            'design-card', 'design influences (Opel, Ford, Simca)') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind)
           VALUES (model_ref('moskvitch-2141'), model_ref('renault-9'), 'suspension', 'inspiration') RETURNING id)
SELECT cite('design_influence', f.id, 'seed-long', 'independent front suspension inspired by Western designs like the Renault 9') FROM f;

-- Modern models <- JAC / MG.
WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvich-3'), model_ref('jac-js4'), 'design', 'rebadge',
                   'Rebadged JAC JS4 (Sehol X4), "including its design, engineering, and core parts".') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'This model is a rebadged and locally assembled variant of the Chinese JAC (also known as JS4) … rebranding Chinese JAC JS4 as the Moskvich 3',
            'ref-103', 'the new Moskvitch 3 appears to be an identical copy of the Sehol X4 compact crossover made by China''s JAC',
            'ref-61', 'Moskvich-badged Clone of the JAC JS4 Chinese Crossover') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind)
           VALUES (model_ref('moskvich-3e'), model_ref('jac-s4'), 'design', 'clone') RETURNING id)
SELECT cite('design_influence', f.id, 'ref-62', 'The electric Moskvich 3 appears to be a copy of the JAC S4 from China') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvich-6'), model_ref('jac-sehol-a5-plus'), 'design', 'rebadge',
                   'Derived from the 2021 JAC model (name lost in the seed, given by ref 64), keeping its engine.') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'is a derived from the 2021 JAC , maintaining the Chinese design''s 1.5-liter turbocharged gasoline engine … These rebadged offerings',
            'ref-64', 'It is based on the Chinese JAC Sehol A5 Plus of 2021') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind)
           VALUES (model_ref('moskvich-6'), model_ref('jac-sehol-a5'), 'design', 'licence') RETURNING id)
SELECT cite('design_influence', f.id,
            'ref-65', 'This model is a licensed copy of the Chinese liftback JAC Sehol A5.',
            'ref-63', 'The Moskvich 3 and Moskvich 6 models, which are assembled at the former Renault plant in Moscow, have been renamed the JAC JS4 and JAC Sehol A5.') FROM f;

WITH f AS (INSERT INTO design_influence (model_id, source_model_id, aspect, kind, note)
           VALUES (model_ref('moskvich-m90'), model_ref('mg-rx9'), 'platform', 'derivative',
                   'Planned: "may be developed on the basis of" the MG RX9, in cooperation with SAIC.') RETURNING id)
SELECT cite('design_influence', f.id,
            'seed-long', 'potential expansion to SAIC platforms for a new M90 model based on the MG RX9',
            'ref-54', 'The new Moskvich M90 may be developed on the basis of the') FROM f;
