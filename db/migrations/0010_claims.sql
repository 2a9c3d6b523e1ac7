-- 0010: claims — the values the sources disagree on, side by side, each with its own citations.
--
-- For every attribute below the entity's column is NULL (or, for quantities without a column, no figure row exists);
-- a reader gets the competing values from claim and the view claim_dispute. The claim value is as stated, normalised
-- (numbers as plain digits, litres as cc); the note says how the source worded it and what it covers.
-- A single claim with a NULL column marks a statement recorded but not promoted to the column (see db/README.md).
--
-- Pattern: SELECT cite('claim', add_claim(subject_kind, subject_id, attribute, value, note), source, quote, ...);

------------------------------------------------------------------------------------------------------------------------
-- Models: years
------------------------------------------------------------------------------------------------------------------------

-- Moskvitch 400: first year. 0001 had 1946; ref 79 says the first model "appeared in 1947".
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'yearFrom', '1946', 'Series production from December 1946.'),
            'seed-long', 'the first Moskvich-badged car, the 400 series, entering serial production in 1946',
            'ref-11', 'from December 1946 to 1954',
            'ref-13', 'On Dec. 4, 1946 the first “Moskvich-400” car was assembled');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'yearFrom', '1947', '"The first Moskvitch model appeared in 1947".'),
            'ref-79', 'The first Moskvitch model appeared in 1947');

-- Moskvitch 400: last year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'yearTo', '1954', 'Produced "from December 1946 to 1954" (the 401 followed in 1954).'),
            'ref-11', 'from December 1946 to 1954',
            'ref-72', 'The very first ''Moskvich'' was produced from 1946 to 1954.');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'yearTo', '1956', 'Produced to 1956, with the 400-series variants.'),
            'ref-2', 'which was produced on MZMA plant from 1946 to 1956',
            'seed-long', 'Production of variants like the 400, 401, and 402 continued until 1956');

-- Moskvitch 400-421 wagon: first year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400-421'), 'yearFrom', '1948', 'Historic Models section: "wagons (400-421, 1948-1950)".'),
            'seed-long', 'wagons (400-421, 1948-1950)');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400-421'), 'yearFrom', '1949', 'Postwar section: the 420 and 421 "produced in smaller numbers from 1949".'),
            'seed-long', 'Variants included the Moskvitch-420 cabriolet and the -421 , produced in smaller numbers from 1949');

-- Moskvitch 402: last year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-402'), 'yearTo', '1956', 'Seed-long groups the 402 with the 400 and 401 "until 1956".'),
            'seed-long', 'Production of variants like the 400, 401, and 402 continued until 1956');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-402'), 'yearTo', '1958',
                               'Implied by the short seed, which names no end year: 94,080 assembled "two years later" (1958), when the 407 took over.'),
            'seed-short', 'Production of the 402 started in 1956 in Moscow and two years later 94,080 units were assembled. In 1958 the 407 hit the assembly lines');

-- Moskvitch 403: last year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-403'), 'yearTo', '1965', 'Short seed.'),
            'seed-short', 'In 1962 it was replaced by the 403 that remained in production until 1965.');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-403'), 'yearTo', '1964', 'Seed-long: "(1962-1964)"; the 402/403/407 series "continued through 1964".'),
            'seed-long', 'Key variants included the 403 transitional model (1962-1964) … Production of the 402/403/407 series continued through 1964');

-- Moskvitch 407: last year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-407'), 'yearTo', '1963', 'Intro and Achievements sections of seed-long; ref 76.'),
            'seed-long', 'the Moskvich-407, produced from 1958 to 1963 … the Moskvitch 407 (1958–1963) yielded 359,980 units',
            'ref-76', 'was produced at MPMC (Moscow Plant of Midget Cars) since 1958 up to 1963');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-407'), 'yearTo', '1964', 'Exports, Contributions and Historic Models sections of seed-long.'),
            'seed-long', 'totaling 120,903 units over its run from 1958 to 1964 … Successor models like the Moskvitch 407 (1958–1964) … The second generation, spanning 1958 to 1964, introduced the Moskvitch 407 as the core model');

-- Moskvitch 423 wagon: first year.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-423'), 'yearFrom', '1957', '"the USSR''s first [station wagon] variant (Moskvitch 423) in 1957".'),
            'seed-long', 'the USSR''s first variant (Moskvitch 423) in 1957');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-423'), 'yearFrom', '1958', '"the 423/424 station wagons (1958-1959 ...)".'),
            'seed-long', 'the 423/424 station wagons (1958-1959, first Soviet production wagons capable of carrying 250 kg)');

-- Moskvitch 408: first and last years.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-408'), 'yearFrom', '1964', 'Debut / start of production.'),
            'seed-long', 'The next major generation, the Moskvitch-408, debuted in 1964 … The Moskvich 408, entering production in 1964 … Models such as the 408, produced from 1964 to 1975');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-408'), 'yearFrom', '1965', 'Start of mass production.'),
            'seed-long', 'The 408, entering mass production in 1965');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-408'), 'yearTo', '1975', 'Quality section of seed-long.'),
            'seed-long', 'Models such as the 408, produced from 1964 to 1975');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-408'), 'yearTo', '1976', 'Built in parallel with the 412 at AZLK until 1976.'),
            'ref-19', 'At AZLK, both models were produced in parallel until 1976');

-- Moskvitch 412: last year (the brief: "1976 / 1982 / 1997, Izhevsk 2001").
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'yearTo', '1976', 'At AZLK until 1976, then production "continued under the" next name after a restyling.'),
            'ref-19', 'At AZLK, both models were produced in parallel until 1976, and then, after another restyling and modernization, production continued under the');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'yearTo', '1982', 'Quality section of seed-long.'),
            'seed-long', 'The Moskvich 412, manufactured from 1967 to 1982');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'yearTo', '1997', 'In Moscow.'),
            'ref-20', 'The Moskvich-412 was produced from 1967-1997 (Moscow)');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'yearTo', '2001', 'In Izhevsk (IZh).'),
            'ref-20', 'and 2001 (Izhevsk)');

-- Moskvitch 412 in Moscow (model_plant): last year there.
SELECT cite('claim', add_claim('model_plant',
                               (SELECT id FROM model_plant WHERE model_id = model_ref('moskvitch-412') AND plant_id = org_ref('moscow-plant')),
                               'yearTo', '1976', 'At AZLK, in parallel with the 408.'),
            'ref-19', 'At AZLK, both models were produced in parallel until 1976');
SELECT cite('claim', add_claim('model_plant',
                               (SELECT id FROM model_plant WHERE model_id = model_ref('moskvitch-412') AND plant_id = org_ref('moscow-plant')),
                               'yearTo', '1997', 'Moscow.'),
            'ref-20', 'The Moskvich-412 was produced from 1967-1997 (Moscow)');

-- Moskvitch 2141: first and last years.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'yearFrom', '1986', 'Introduced / manufactured from 1986.'),
            'seed-long', 'the front-wheel-drive Moskvich-2141 introduced in 1986',
            'ref-25', 'was manufactured between 1986 and 2001 years');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'yearFrom', '1988', '"limited serial production around 1988-1990".'),
            'seed-long', 'entering limited serial production around 1988-1990');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'yearFrom', '1990', '"entering limited production by 1990" (also "around 1988-1990").'),
            'seed-long', 'Designed from 1986 and entering limited production by 1990');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'yearTo', '2001', 'Last output in 2001.'),
            'ref-25', 'was manufactured between 1986 and 2001 years',
            'seed-long', 'after minimal output of the final 2141 variants in 2001');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'yearTo', '2002', '"over 716,000 units were built until 2002".'),
            'seed-long', 'over 716,000 units were built until 2002');

------------------------------------------------------------------------------------------------------------------------
-- Models: units built
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('model', model_ref('kim-10'), 'unitsBuilt', '450', '"around 450" sedans and convertibles by June 1941.'),
            'seed-long', 'By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled',
            'ref-7', 'the plant managed to assemble just 450 units before the Nazi invasion in June 1941');
SELECT cite('claim', add_claim('model', model_ref('kim-10'), 'unitsBuilt', '1000', '"fewer than 1,000" (an upper bound).'),
            'seed-long', 'ceased automobile production after assembling fewer than 1,000 KIM-10 vehicles');

-- The 400 series total: five figures with different scopes; see each note.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'unitsBuilt', '247439', 'Exact: "the Moskvich-400 and its variants", 1946-1956.'),
            'seed-long', 'The Moskvich-400 and its variants, powered by a 1.1-liter four-cylinder engine producing 23 horsepower, represented the Soviet Union''s initial foray into mass-producing affordable personal cars, with 247,439 units built between 1946 and 1956');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'unitsBuilt', '200000', '"exceeding 200,000 units across models" of the series to 1956.'),
            'seed-long', 'extending production of the series until 1956 with a total output exceeding 200,000 units across models');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'unitsBuilt', '247000', '"exceeding 247,000 units, including over 17,000 convertibles" (first generation with variants).'),
            'seed-long', 'with total production exceeding 247,000 units, including over 17,000 convertibles');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'unitsBuilt', '248000', '"approximately 248,000 sedans and convertibles" of the 400, 401 and 402 to 1956.'),
            'seed-long', 'Production of variants like the 400, 401, and 402 continued until 1956, yielding approximately 248,000 sedans and convertibles');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'unitsBuilt', '216000', 'Sedans only: "216,000 sedans and 17,000 cabriolets" (1946-1956).'),
            'seed-long', 'the postwar Moskvitch 400 series (1946–1956), which delivered 216,000 sedans and 17,000 cabriolets');

SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'unitsBuilt', '800000', '"over 800,000 units across variants" (the 408/412 series in Moscow and at licensees).'),
            'seed-long', 'with the 412 alone continuing production into the late 1970s at and licensees like IZh, contributing to over 800,000 units across variants');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-412'), 'unitsBuilt', '900000', '"over 900,000 units produced", 1967-1982.'),
            'seed-long', 'manufactured from 1967 to 1982 with over 900,000 units produced');

------------------------------------------------------------------------------------------------------------------------
-- Models: body and layout
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'bodyType', 'hatchback', NULL),
            'seed-long', 'unveiled in 1986 as a front-wheel-drive hatchback … aiming to modernize the lineup with hatchback styling',
            'ref-73', 'AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street');
SELECT cite('claim', add_claim('model', model_ref('moskvitch-2141'), 'bodyType', 'sedan', 'Licensed Assemblies section: "The [2141] sedan, introduced in 1986".'),
            'seed-long', 'The sedan, introduced in 1986 as AZLK''s front-wheel-drive successor to earlier rear-drive models');

SELECT cite('claim', add_claim('model', model_ref('moskvich-6'), 'bodyType', 'sedan', NULL),
            'seed-long', 'the Moskvich 6 sedan (derived from a JAC platform) … including 2,400 Moskvich 6 sedans',
            'ref-50', 'including 2.4 thousand Moskvich 6 sedans');
SELECT cite('claim', add_claim('model', model_ref('moskvich-6'), 'bodyType', 'liftback', NULL),
            'ref-64', 'The Moskvich plant certified the Moskvich 6 liftback',
            'ref-65', 'This model is a licensed copy of the Chinese liftback JAC Sehol A5.');

-- Stated once, about the plant's designs in the sentence on 400 production; not promoted to model.layout.
SELECT cite('claim', add_claim('model', model_ref('moskvitch-400'), 'layout', 'rear_engine',
                               'Only statement on the 400''s layout: "prioritizing compact, rear-engine designs"; the 400 copied the Opel K38 '
                               'and its successor 402 had a "classic front-engine, rear-wheel-drive layout" (short seed). Left out of the column.'),
            'seed-long', 'production of the Moskvitch 400 series commenced in December 1946, ramping from 1,501 units in 1947 to 19,906 by 1949, aiding economic recovery by prioritizing compact, rear-engine designs');

------------------------------------------------------------------------------------------------------------------------
-- Engines
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-400-engine'), 'displacementCc', '1100', 'Stated as "1.1-liter".'),
            'seed-long', 'powered by a 1.1-liter four-cylinder engine producing 23 horsepower … The initial 400 sedan featured a 1.1-liter inline-four engine producing 23 horsepower');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-400-engine'), 'displacementCc', '660', 'Stated as "660 cc".'),
            'seed-long', 'This four-seater compact featured a 660 cc inline-four engine producing 23 horsepower');

SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'displacementCc', '1300', 'Stated as "1.3-liter".'),
            'seed-short', 'In 1958 the motor was replaced by a slightly bigger 1.3-liter engine');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'displacementCc', '1200', 'Stated as "1.2-liter".'),
            'seed-long', 'The 407 featured a restyled with a more rounded aesthetic, a 1.2-liter delivering about 40 horsepower');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'powerHp', '45', NULL),
            'seed-short', 'channeling 45 hp (34 kW) to the rear wheels',
            'ref-75', 'In 1958, the Russian factory produced the 45 bhp 407');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'powerHp', '40', '"about 40 horsepower".'),
            'seed-long', 'a 1.2-liter delivering about 40 horsepower');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'powerHp', '35', '"an optional 35-horsepower engine variant as the [...]-407 by 1961".'),
            'seed-long', 'including an optional 35-horsepower engine variant as the -407 by 1961');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-407-engine'), 'powerKw', '34',
                               'Given only with the 45 hp rating; kept with it rather than in the column while the power is disputed.'),
            'seed-short', 'channeling 45 hp (34 kW) to the rear wheels');

SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-408-engine'), 'displacementCc', '1078', 'Stated as "1,078 cc".'),
            'seed-long', 'featuring a unibody construction, 1,078 cc engine with 50 horsepower');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-408-engine'), 'displacementCc', '1400', 'Stated as "1.4-liter".'),
            'seed-long', 'compared to the 408''s 1.4-liter unit with 50 horsepower');
SELECT cite('claim', add_claim('engine', engine_ref('moskvitch-408-engine'), 'displacementCc', '1300', 'Stated as "1.3-liter".'),
            'seed-long', 'The 408, entering mass production in 1965, offered a 1.3-liter engine with 50 horsepower');

------------------------------------------------------------------------------------------------------------------------
-- The plant's names and companies: when MZMA began (and KIM ended)
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('plant_name', plant_name_ref('MZMA'), 'yearFrom', '1930', 'Manufacturing section: "originally established as MZMA in 1930".'),
            'seed-long', 'originally established as MZMA in 1930');
SELECT cite('claim', add_claim('plant_name', plant_name_ref('MZMA'), 'yearFrom', '1939', 'Pre-war section: reorganised and renamed in 1939.'),
            'seed-long', 'In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA)');
SELECT cite('claim', add_claim('plant_name', plant_name_ref('MZMA'), 'yearFrom', '1945', 'Wartime section: redesignated MZMA with the postwar reconversion of 1945.'),
            'seed-long', 'Postwar reconversion began in 1945 as hostilities ended, with evacuated assets returned to Moscow and the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory)');

SELECT cite('claim', add_claim('plant_name', plant_name_ref('KIM'), 'yearTo', '1939', 'Renamed MZMA in 1939 (Pre-war section).'),
            'seed-long', 'In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA)');
SELECT cite('claim', add_claim('plant_name', plant_name_ref('KIM'), 'yearTo', '1945', 'Redesignated MZMA in 1945 (Wartime section).'),
            'seed-long', 'Postwar reconversion began in 1945 as hostilities ended, with evacuated assets returned to Moscow and the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley');

SELECT cite('claim', add_claim('organization', org_ref('mzma'), 'foundedYear', '1930', 'Manufacturing section: "originally established as MZMA in 1930".'),
            'seed-long', 'originally established as MZMA in 1930');
SELECT cite('claim', add_claim('organization', org_ref('mzma'), 'foundedYear', '1939', 'Pre-war section.'),
            'seed-long', 'In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA)');
SELECT cite('claim', add_claim('organization', org_ref('mzma'), 'foundedYear', '1945', 'Wartime section.'),
            'seed-long', 'the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory)');

SELECT cite('claim', add_claim('organization', org_ref('kim'), 'dissolvedYear', '1939', 'Renamed MZMA in 1939 (Pre-war section).'),
            'seed-long', 'In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA)');
SELECT cite('claim', add_claim('organization', org_ref('kim'), 'dissolvedYear', '1945', 'Redesignated MZMA in 1945 (Wartime section).'),
            'seed-long', 'Postwar reconversion began in 1945 as hostilities ended, with evacuated assets returned to Moscow and the plant redesignated');

-- Sales of the revived plant in 2023 (no figure row: the value is disputed).
SELECT cite('claim', add_claim('organization', org_ref('moskvich-automobile-plant'), 'sales2023', '15300',
                               '"over 15,300" sold from the sales start in March 2023 to the year-end.'),
            'seed-long', 'with over 15,300 vehicles sold in Russia from March 2023 through year-end',
            'ref-48', 'More than 15,300 Moskvich cars were sold in Russia from the sales start last March');
SELECT cite('claim', add_claim('organization', org_ref('moskvich-automobile-plant'), 'sales2023', '40000', '"over 40,000 units sold that year".'),
            'seed-long', 'reaching the top 10 best-selling brands by December 2023 with over 40,000 units sold that year');

------------------------------------------------------------------------------------------------------------------------
-- Events
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('event', event_ref('evacuation-1941'), 'place', 'Urals',
                               'Ref 84: "evacuated to Ural"; seed-long lost the name after "eastward to the".'),
            'ref-84', 'In 1941 the plant was evacuated to Ural');
SELECT cite('claim', add_claim('event', event_ref('evacuation-1941'), 'place', 'Sverdlovsk', NULL),
            'seed-long', 'the Moskvitch factory, previously evacuated to Sverdlovsk for military production');

SELECT cite('claim', add_claim('event', event_ref('renault-sells-plant-2022'), 'jobsPreserved', '11000', '"approximately 11,000 jobs".'),
            'seed-long', 'This handover preserved approximately 11,000 jobs');
SELECT cite('claim', add_claim('event', event_ref('renault-sells-plant-2022'), 'jobsPreserved', '2500', '"approximately 2,500 jobs".'),
            'seed-long', 'was designated for revival under the historic Moskvich name to safeguard approximately 2,500 jobs');
SELECT cite('claim', add_claim('event', event_ref('renault-sells-plant-2022'), 'jobsPreserved', '2045', '2,045 workers (headcount given in November 2022).'),
            'seed-long', 'the city government assumed control to retain jobs, preserving employment for 2,045 workers',
            'ref-90', 'There are 2,045 people working at Moskvich today.');

------------------------------------------------------------------------------------------------------------------------
-- Exports, assembly, design influence
------------------------------------------------------------------------------------------------------------------------

SELECT cite('claim', add_claim('export',
                               (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets'),
                               'sharePercent', '50', '"up to 50%" of production allocated for foreign sales.'),
            'seed-long', 'with up to 50% of Moskvitch 407 production allocated for foreign sales');
SELECT cite('claim', add_claim('export',
                               (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets'),
                               'sharePercent', '33.3', '"roughly one-third of output".'),
            'seed-long', 'with exports accounting for 120,903 vehicles, or roughly one-third of output');
SELECT cite('claim', add_claim('export',
                               (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets'),
                               'yearTo', '1963', 'Exports "over its run" with the run given as 1958-1963.'),
            'seed-long', 'the Moskvitch 407 (1958–1963) yielded 359,980 units, with exports accounting for 120,903 vehicles');
SELECT cite('claim', add_claim('export',
                               (SELECT id FROM export WHERE model_id = model_ref('moskvitch-407') AND destination = 'all export markets'),
                               'yearTo', '1964', NULL),
            'seed-long', 'totaling 120,903 units over its run from 1958 to 1964');

SELECT cite('claim', add_claim('assembly', (SELECT id FROM assembly WHERE model_id = model_ref('moskvich-3')), 'kit', 'skd',
                               'Semi-knocked-down kits.'),
            'seed-long', 'The relaunch focused on semi-knocked-down (SKD) assembly of imported components … restarted in November 2022 using semi-knocked-down kits imported from');
SELECT cite('claim', add_claim('assembly', (SELECT id FROM assembly WHERE model_id = model_ref('moskvich-3')), 'kit', 'ckd',
                               'Ref 61: "assembled in the CKD collection"; seed-long once writes "semi-knocked-down (CKD) kits".'),
            'ref-61', 'The low-cost Chinese SUV JAC JS4 assembled in the CKD collection',
            'seed-long', 'utilizing semi-knocked-down (CKD) kits from Chinese automaker JAC Motors');

SELECT cite('claim', add_claim('design_influence',
                               (SELECT id FROM design_influence WHERE model_id = model_ref('moskvitch-400')
                                   AND source_model_id = model_ref('opel-kadett-k38') AND kind = 'captured_tooling_copy'),
                               'originPlace', 'Brandenburg', 'Opel''s Brandenburg plant; also "an East German factory".'),
            'seed-long', 'the transfer of tooling, blueprints, and expertise from Opel''s Brandenburg plant to equip MZMA for mass production … designs acquired from an East German factory');
SELECT cite('claim', add_claim('design_influence',
                               (SELECT id FROM design_influence WHERE model_id = model_ref('moskvitch-400')
                                   AND source_model_id = model_ref('opel-kadett-k38') AND kind = 'captured_tooling_copy'),
                               'originPlace', 'Rüsselsheim', 'Schematics and tooling "seized from [Opel]''s Rüsselsheim factory".'),
            'seed-long', 'Soviet engineers reverse-engineered the model using schematics and tooling seized from ''s Rüsselsheim factory');
