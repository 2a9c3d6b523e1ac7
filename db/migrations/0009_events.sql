-- 0009: events in date order, and the people in them.
--
-- occurred_on holds the first day of the month or year when the sources give only that (date_precision says which);
-- year is always set. An event whose place the sources dispute keeps place_id NULL (claims in 0010).

------------------------------------------------------------------------------------------------------------------------
-- 1929-1945: Ford, KIM, the KIM-10, the war
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('ford-cooperation-agreement-1929', 'Cooperation agreement with Ford', 'agreement', 1929,
                   'The beginnings of Moskvitch lie in a cooperation agreement signed in 1929 between Russia and the Ford Motor Company.',
                   org_ref('ford')) RETURNING id)
SELECT cite('event', f.id, 'ref-16', 'The beginnings of Moskvitch lie in a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id, place_id)
           VALUES ('plant-operations-begin-1930', 'The assembly plant begins operations', 'founding', DATE '1930-11-01', 'month', 1930,
                   'Operations began in November 1930 on a large site in Proletarsky District, assembling cars and trucks from imported CKD kits.',
                   org_ref('moscow-plant'), place_ref('proletarsky-district')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'The plant that would later produce Moskvitch vehicles originated in late 1930 as an automotive assembly facility … with operations commencing in November of that year on a large site in ''s Proletarsky District') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('kim-named-1930', 'Plant named KIM', 'rename', DATE '1930-12-01', 'month', 1930,
                   'Named the KIM factory after the Communist Youth International.', org_ref('kim')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Named the KIM factory after the Communist Youth International () in December 1930',
            'ref-6', 'In December, 1930 the Moscow State Automotive') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('mzma-reorganisation-1939', 'Reorganised and renamed Small Car Factory (MZMA)', 'rename', 1939,
                   'Seed-long''s Pre-war section: reorganised and renamed MZMA in 1939, moving from assembly to own design '
                   '(the Wartime section instead dates the MZMA name to 1945).', org_ref('mzma')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA), signaling a transition from mere assembly to indigenous design and production.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('kim-10-prototypes-1940', 'KIM-10 prototypes', 'prototype', DATE '1940-04-01', 'month', 1940,
                   'Prototypes of the KIM-10 emerged in April 1940.', model_ref('kim-10'), org_ref('kim')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'Prototypes emerged in April 1940') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('kim-10-production-start-1940', 'KIM-10 serial production begins', 'production_start', 1940,
                   'Serial production started "mid-year" 1940.', model_ref('kim-10'), org_ref('kim')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'Prototypes emerged in April 1940, followed by serial production starting mid-year') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('production-halted-1941', 'Car production halted by the German invasion', 'production_halt', DATE '1941-06-01', 'month', 1941,
                   'The KIM plant ceased automobile production in June 1941 and turned to military hardware.',
                   model_ref('kim-10'), org_ref('kim')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'In June 1941, following the German invasion of the , the Komsomolsky Avtomobilny Zavod (KIM plant), precursor to Moskvitch, ceased automobile production',
            'ref-7', 'the plant managed to assemble just 450 units before the Nazi invasion in June 1941') FROM f;

-- Where to is disputed (the Urals / Sverdlovsk): place_id NULL, see claims.
WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('evacuation-1941', 'Plant evacuated east', 'evacuation', 1941,
                   'Partially evacuated eastward to safeguard equipment and personnel; production converted to military equipment.',
                   org_ref('kim')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'was partially evacuated eastward to the to safeguard equipment and personnel from advancing forces',
            'ref-84', 'In 1941 the plant was evacuated to Ural and the entire production converted for the manufacture of the military equipment') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id, place_id)
           VALUES ('postwar-reconversion-1945', 'Postwar reconversion; plant redesignated MZMA', 'reconstruction', 1945,
                   'Evacuated assets returned to Moscow and the plant was redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA).',
                   org_ref('mzma'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'Postwar reconversion began in 1945 as hostilities ended, with evacuated assets returned to Moscow and the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory).') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('stalin-selects-opel-kadett-1945', 'Stalin selects the Opel Kadett', 'decision', DATE '1945-06-01', 'month', 1945,
                   'Joseph Stalin selected the pre-war Opel Kadett design; tooling, blueprints and expertise came from Opel to equip MZMA.',
                   model_ref('opel-kadett-k38'), org_ref('mzma')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'in June 1945, Joseph Stalin selected the pre-war Opel Kadett design, leading to the transfer of tooling, blueprints, and expertise') FROM f;

WITH f AS (INSERT INTO event_person (event_id, person_id, role)
           VALUES (event_ref('stalin-selects-opel-kadett-1945'), person_ref('joseph-stalin'), 'selected the design') RETURNING id)
SELECT cite('event_person', f.id, 'seed-long', 'in June 1945, Joseph Stalin selected the pre-war Opel Kadett design') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- 1946-1991: MZMA and AZLK
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id, place_id)
           VALUES ('first-moskvitch-400-1946', 'First Moskvitch 400 assembled', 'first_car', DATE '1946-12-04', 'day', 1946,
                   'The first Moskvich-400 rolled off the line, restarting series production.',
                   model_ref('moskvitch-400'), org_ref('mzma'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'The first postwar model, the Moskvitch-400 sedan, rolled off the assembly line on December 4, 1946, marking the restart of series production.',
            'ref-13', 'On Dec. 4, 1946 the first “Moskvich-400” car was assembled at the Moscow Compact Car Factory (AZLK).') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('moskvitch-400-approved-1947', 'Moskvitch 400 approved for mass production', 'approval', DATE '1947-04-28', 'day', 1947,
                   'Approved for mass production by the Soviet government.', model_ref('moskvitch-400'), org_ref('soviet-government')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'was approved for mass production by Soviet authorities on April 28, 1947',
            'ref-14', 'Approved for mass production by the Soviet government on 28 April 1947') FROM f;

-- The seed lost the exhibition's and the award's names ("award at the 1958 ,"; "earned a at in .").
WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id)
           VALUES ('moskvitch-407-award-1958', 'Award for the Moskvitch 407 (1958)', 'award', 1958,
                   'The 407 was "noted for its success and award at the 1958" [event name lost in the seed]; the award''s name is lost too.',
                   model_ref('moskvitch-407')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'the Moskvich-407, produced from 1958 to 1963 and noted for its success and award at the 1958 … making it suitable for export markets where it earned a at in') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('moskvitch-408-prototypes-1960', 'Moskvitch 408 prototypes', 'prototype', 1960,
                   'The 408 debuted following prototypes from 1960.', model_ref('moskvitch-408'), org_ref('mzma')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'The next major generation, the Moskvitch-408, debuted in 1964 following prototypes from 1960') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id, place_id)
           VALUES ('millionth-car-1967', 'The millionth car, a Moskvitch 408', 'milestone', DATE '1967-05-18', 'day', 1967,
                   'The plant assembled its one millionth vehicle, a Moskvitch 408 sedan.',
                   model_ref('moskvitch-408'), org_ref('moscow-plant'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'The AZLK Moskvitch plant reached a key production milestone on May 18, 1967, when it assembled its one millionth vehicle, a Moskvitch 408 sedan',
            'ref-18', 'In May 1967, a millionth car came out of the line of the Moskvitch factory in Mocow. It was the Moskvitch 408.',
            'ref-108', 'MOSCOW''S MILLIONTH CAR (1967)') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('moskvitch-412-introduced-1967', 'Moskvitch 412 introduced', 'launch', 1967,
                   'Introduced as an upgraded variant of the 408 with the UZAM-412 engine.', model_ref('moskvitch-412'), org_ref('azlk')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'In 1967, AZLK introduced the Moskvitch-412 as an upgraded variant of the 408 series') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('renamed-azlk-1968', 'Plant renamed AZLK', 'rename', 1968,
                   'Renamed Avtomobilny Zavod imeni Leninskogo Komsomola to honour the Leninist Komsomol.', org_ref('azlk')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'The factory, renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968 to honor the Leninist Komsomol youth organization') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('reconstruction-1971', 'Major reconstruction', 'reconstruction', 1971,
                   'New assembly lines and conveyors nearly doubled annual production capacity.', org_ref('azlk')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'underwent major reconstruction in 1971. New assembly lines and conveyors were installed, nearly doubling annual production capacity') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('moskvitch-2141-announced-1985', 'Moskvitch 2141 "Aleko" announced', 'announcement', 1985,
                   'The front-wheel-drive 2141 was first announced in 1985.', model_ref('moskvitch-2141'), org_ref('azlk')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'the front-wheel-drive Moskvitch-2141 "Aleko," announced in 1985',
            'ref-25', 'It was first announced in 1985') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('moskvitch-2141-unveiled-1986', 'Moskvitch 2141 unveiled', 'launch', 1986,
                   'Unveiled in 1986 as a front-wheel-drive hatchback (its production start is disputed, see claims).',
                   model_ref('moskvitch-2141'), org_ref('azlk')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'The Moskvich 2141, unveiled in 1986 as a front-wheel-drive hatchback') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('reorganised-oao-moskvitch-1991', 'AZLK reorganised as OAO Moskvitch', 'reorganisation', 1991,
                   'After the Soviet collapse in December 1991 the plant was reorganised as the joint-stock OAO Moskvitch and privatised.',
                   org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Following the in December 1991, was reorganized as OAO Moskvitch',
            'ref-100', 'Following the Soviet Union''s collapse, the car''s manufacturer was privatised') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- 1997-2006: decline and bankruptcy
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('bankruptcy-attempt-1997', 'Government fails to bankrupt the tax-defaulting maker', 'bankruptcy', 1997,
                   'Unsuccessful government bankruptcy attempt over tax defaults.', org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Tax defaults accumulated, prompting unsuccessful government bankruptcy attempts as early as 1997',
            'ref-28', 'RUSSIAN GOVERNMENT FAILS TO BANKRUPT TAX-DEFAULTING AUTO-MAKER') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('avtoframos-founded-1998', 'Avtoframos joint venture founded', 'founding', 1998,
                   'Joint venture of the City of Moscow (38%) and Renault (62%).', org_ref('avtoframos')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) and SA (62% stake)') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('assembly-line-stopped-2001', 'Moskvitch assembly line stopped', 'production_halt', 2001,
                   'The line stopped after minimal output of the final 2141 variants.', model_ref('moskvitch-2141'), org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'ref-32', 'The assembly line was stopped in 2001',
            'seed-long', 'idling the assembly line after minimal output of the final 2141 variants in 2001') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('mosenergo-power-cut-2002', 'Mosenergo cuts the plant''s power', 'power_cut', DATE '2002-03-01', 'month', 2002,
                   'The utility turned off the lights over unpaid bills ("early 2002"; reported 4 March 2002).', org_ref('mosenergo')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'By early 2002, escalating debts led to operational shutdowns, including a power cut by Mosenergo for unpaid bills',
            'ref-29', 'Mosenergo officials said the lights were turned off because the plant had failed to pay even part of its debt.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('bankruptcy-filing-2002', 'OAO Moskvitch files for bankruptcy', 'bankruptcy', 2002,
                   'The filing halted all vehicle production at the facility.', org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'OAO Moskvitch filed for in 2002',
            'ref-32', 'the company filed for bankruptcy in 2002') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('bankruptcy-proceedings-2003', 'City of Moscow begins bankruptcy proceedings', 'bankruptcy', DATE '2003-04-01', 'month', 2003,
                   'Moscow City Hall began bankruptcy proceedings against the Moskvich factory (debts of 33 billion roubles) to attract investment.',
                   org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'culminating in proceedings in 2003',
            'ref-30', 'The Moscow City Government has begun bankruptcy proceedings against the Moskvich factory',
            'ref-31', 'City Hall has begun bankruptcy proceedings against the comatose Moskvich car factory in a push to attract investment') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id, place_id)
           VALUES ('avtoframos-moves-to-site-2004', 'Avtoframos moves onto the Moskvitch grounds', 'relocation', 2004,
                   'Avtoframos relocated from a smaller site and built new assembly lines on the Moskvitch grounds.',
                   org_ref('avtoframos'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'relocated and expanded operations to the Moskvitch grounds in 2004, constructing new assembly lines',
            'ref-34', 'The plant was built on the Moskvich site in 2004') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, model_id, organization_id)
           VALUES ('avtoframos-production-start-2005', 'Avtoframos starts Renault Logan production', 'production_start', 2005,
                   'CKD assembly of the Renault Logan began.', model_ref('renault-logan'), org_ref('avtoframos')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Production commenced in 2005 with the assembly of the',
            'ref-41', 'A portion of a former Moskvich factory reopened in 2005 as a joint venture between Renault and the city of Moscow.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('declared-bankrupt-2006', 'OAO Moskvitch officially declared bankrupt', 'bankruptcy', 2006,
                   'The Soviet-era car maker "closes shop".', org_ref('oao-moskvitch')) RETURNING id)
SELECT cite('event', f.id,
            'ref-32', 'was finally officially declared bankrupt in 2006',
            'ref-35', 'Goodbye Moskvitch: Soviet-era car maker closes shop',
            'seed-long', 'culminating in official by 2006') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('avtoframos-renamed-2008', 'Avtoframos renamed Renault Russia', 'rename', 2008,
                   'The seed lost the new name; refs 36 and 50 call the company Renault Russia / Renault Russie.', org_ref('avtoframos')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'had acquired full ownership of Avtoframos (renamed in 2008)',
            'ref-36', 'Renault Group signs agreements to sell Renault Russia') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('plant-closure-2010', 'Moskvitch plant closed', 'closure', 2010,
                   'The intro of seed-long: bankruptcy proceedings in 2003 culminated in "plant closure by 2010".', org_ref('moscow-plant')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'culminating in proceedings in 2003 and plant closure by 2010') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('renault-full-ownership-2012', 'Renault takes full ownership of Avtoframos', 'acquisition', 2012,
                   'Renault increased its stake to 100% "by 2012".', org_ref('avtoframos')) RETURNING id)
SELECT cite('event', f.id, 'seed-long', 'By 2012, had acquired full ownership of Avtoframos (renamed in 2008), increasing its stake to 100%') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- 2014-2025: the film, Renault's exit and the revival
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO event (slug, title, kind, year, description)
           VALUES ('film-moskvitch-mon-amour-2014', 'Film "Moskvitch, Mon Amour"', 'film', 2014,
                   'Film whose immigrant protagonist saved for decades to own a Moskvitch.') RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Its presence in films like the 2014 production Moskvitch, Mon Amour underscores a nostalgic attachment',
            'ref-113', 'A Film of Our Time: "Moskvitch, Mon Amour" Captures the Post') FROM f;

WITH f AS (INSERT INTO event_person (event_id, person_id, role)
           VALUES (event_ref('film-moskvitch-mon-amour-2014'), person_ref('hmayak-avanesyan'), 'main character') RETURNING id)
SELECT cite('event_person', f.id, 'ref-113', 'The main character of the film is an elderly refugee named Hmayak Avanesyan') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('renault-suspends-moscow-plant-2022', 'Renault suspends its Moscow plant', 'suspension', DATE '2022-03-23', 'day', 2022,
                   'Renault Group activities at its Moscow plant suspended amid Western sanctions.', org_ref('avtoframos')) RETURNING id)
SELECT cite('event', f.id,
            'ref-91', 'Renault Group activities in its manufacturing plant in Moscow are suspended as of today.',
            'seed-long', 'following Renault''s suspension of operations at its Moscow plant in March 2022') FROM f;

-- jobsPreserved is disputed (11,000 / 2,500 / 2,045): see claims.
WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id, place_id)
           VALUES ('renault-sells-plant-2022', 'Renault sells its Moscow plant to the City of Moscow', 'sale', DATE '2022-05-16', 'day', 2022,
                   'Renault agreed to sell 100% of Renault Russia to the City of Moscow for a nominal one rouble with a six-year buyback option; '
                   'called the first Russian nationalisation of a major foreign business since the invasion of Ukraine.',
                   org_ref('city-of-moscow'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id,
            'ref-36', 'The Board of Directors of Renault Group unanimously approved the signing of agreements to sell 100% of Renault Group''s shares in Renault Russia to Moscow City',
            'seed-long', 'On May 16, , the city government acquired ''s plant—historically the original Moskvitch facility—for a nominal sum of 1',
            'ref-101', 'It is the first Russian nationalisation of a major foreign business since the invasion of Ukraine.',
            'ref-102', 'Russia has nationalized a major factory that belonged to Renault and intends to use it to revive the famous Soviet-era Moskvitch car.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('sobyanin-announces-revival-2022', 'Sobyanin announces the Moskvich revival', 'announcement', DATE '2022-05-16', 'day', 2022,
                   'Moscow''s mayor announced the reacquisition and the plant''s role in producing vehicles under the Moskvich marque.',
                   org_ref('city-of-moscow')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Moscow Mayor Sergei Sobyanin announced the reacquisition on May 16, 2022, emphasizing the plant''s role in producing vehicles under the Moskvich marque',
            'ref-39', 'The Moscow city government is to take over a factory belonging to the French carmaker Renault and use it to revive the Soviet-era Moskvitch.',
            'ref-40', 'reviving a legendary Soviet-era car brand, Moskvich, to save jobs at a Moscow car plant sold by French auto maker') FROM f;

WITH f AS (INSERT INTO event_person (event_id, person_id, role)
           VALUES (event_ref('sobyanin-announces-revival-2022'), person_ref('sergei-sobyanin'), 'announced the reacquisition') RETURNING id)
SELECT cite('event_person', f.id, 'seed-long', 'Moscow Mayor Sergei Sobyanin announced the reacquisition on May 16, 2022') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description)
           VALUES ('soviet-brands-revival-plan-2022', 'Russia says it will revive Pobeda, Volga and Moskvitch', 'announcement', 2022,
                   'Reported in June 2022, with problems sourcing enough parts.') RETURNING id)
SELECT cite('event', f.id, 'ref-71', 'Russia has said it will revive production of the Pobeda, Volga and Moskvitch brands but is facing problems sourcing the required number of') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id)
           VALUES ('moskvich-6-presented-2022', 'Future Moskvich 6 first presented in Russia', 'presentation', DATE '2022-07-01', 'month', 2022,
                   'First presented in July 2022 under another name ("Model ...", cut off in ref 65).', model_ref('moskvich-6')) RETURNING id)
SELECT cite('event', f.id, 'ref-65', 'In Russia, the car was first presented in July 2022 under the name “Model') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id, place_id)
           VALUES ('production-relaunch-2022', 'Moskvich production relaunched with the Moskvich 3', 'relaunch', DATE '2022-11-23', 'day', 2022,
                   'Serial SKD assembly of the Moskvich 3 began at the former Renault plant, with KAMAZ as partner.',
                   model_ref('moskvich-3'), org_ref('moskvich-automobile-plant'), place_ref('moscow')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'Production officially commenced on November 23, , with the debut of the Moskvich 3 compact crossover',
            'ref-43', 'Production of the Soviet-era Moskvich car relaunched in Russia on Wednesday at a former Renault factory',
            'ref-3', 'Russia revives Soviet-era Moskvich brand with Chinese model',
            'ref-33', 'After Renault''s decision to leave Russia, the Moscow factory is being repurposed to build a new family of Moskvich cars, including EVs.') FROM f;

WITH f AS (INSERT INTO event_person (event_id, person_id, role)
           VALUES (event_ref('production-relaunch-2022'), person_ref('sergei-sobyanin'), 'opened serial production') RETURNING id)
SELECT cite('event_person', f.id, 'ref-90', 'Sergei Sobyanin opens serial production at Moskvich plant') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('fully-national-car-plan-2022', 'Plan for a "fully national" car by 2025', 'announcement', DATE '2022-11-01', 'month', 2022,
                   'Plan, reported 29 November 2022, to produce a "fully national" car at the plant in 2025 through growing localization.',
                   org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'ref-57', '“In 2025, we plan to produce a fully national car at the Moskvitch plant. The degree of production localization at Moskvitch will grow at',
            'seed-long', 'with gradual increases in localization to achieve a "fully national" vehicle by 2025') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('sales-start-2023', 'Sales of the revived Moskvich begin', 'launch', DATE '2023-03-01', 'month', 2023,
                   'Sales started in March 2023.', org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'ref-48', 'More than 15,300 Moskvich cars were sold in Russia from the sales start last March',
            'seed-long', 'sold in Russia from March 2023 through year-end') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('moskvich-6-certified-2023', 'Moskvich 6 certified', 'certification', DATE '2023-07-01', 'month', 2023,
                   'The plant certified the Moskvich 6 (reported 26 July 2023).', model_ref('moskvich-6'), org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'The Moskvitch 6, certified in July 2023',
            'ref-64', 'The Moskvich plant certified the Moskvich 6 liftback') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, year, description, organization_id)
           VALUES ('us-sanctions-listing-2023', 'Moskvich on the US SDN sanctions list', 'sanctions', 2023,
                   'Reported in October 2023: the updated SDN list includes Moskvich and Sollers, another JAC partner.',
                   org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id, 'ref-104', 'It is noteworthy that along with Moskvich, the updated SDN list now includes Sollers, i.e. another JAC partner.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('top-ten-2023', 'Moskvich breaks into Russia''s top 10 brands', 'milestone', DATE '2023-12-01', 'month', 2023,
                   'The revived brand reached the top 10 best-selling brands by December 2023.', org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'reaching the top 10 best-selling brands by December 2023',
            'ref-67', 'Revived Moskvich car brand breaks into Russia''s top 10',
            'ref-115', 'Revived Moskvich car brand breaks into Russia''s top 10') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('complete-production-cycle-2024', 'Switch to a complete production cycle', 'milestone', DATE '2024-05-01', 'month', 2024,
                   'Reported 14 May 2024: the plant switched automobile production to a complete cycle.', org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id, 'ref-120', 'Moscow Automobile Plant, the former Russian plant of French automaker Renault, has switched automobile production to a complete cycle.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('moskvich-8-sales-start-2025', 'Moskvich 8 goes on sale', 'launch', DATE '2025-07-22', 'day', 2025,
                   'The Moskvich 8 crossover went on sale from 2.98 million rubles.', model_ref('moskvich-8'), org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'the Moskvich 8 crossover launched for sale on July 22, 2025',
            'ref-53', 'Sales of the Moskvich 8 crossover began in Russia on July 22.') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, organization_id)
           VALUES ('rnd-centre-launch-2025', 'In-house R&D centre launched', 'launch', DATE '2025-09-01', 'month', 2025,
                   'Research and development centre to support independent engineering.', org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'the September 2025 launch of an in-house center, intended to support independent engineering',
            'ref-56', 'Moskvich Automobile Plant launches research and development') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('m90-reported-2025', 'M90 on an MG RX9 base reported', 'announcement', DATE '2025-10-01', 'month', 2025,
                   'Reports (7 October 2025) that a new M90 may be built with SAIC on the basis of the MG RX9.',
                   model_ref('moskvich-m90'), org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'seed-long', 'reports in October 2025 indicated potential expansion to SAIC platforms for a new M90 model based on the MG RX9',
            'ref-54', 'The new Moskvich M90 may be developed on the basis of the') FROM f;

WITH f AS (INSERT INTO event (slug, title, kind, occurred_on, date_precision, year, description, model_id, organization_id)
           VALUES ('m70-plan-announced-2025', 'Plan to assemble the M70 by the end of 2025', 'announcement', DATE '2025-10-15', 'day', 2025,
                   'The plant announced large-scale assembly of the new M70 by the end of 2025.',
                   model_ref('moskvich-m70'), org_ref('moskvich-automobile-plant')) RETURNING id)
SELECT cite('event', f.id,
            'ref-55', 'The Moskvich automobile plant plans to begin large-scale assembly of the new M70 model by the end of 2025. This was reported on October 15',
            'seed-long', 'The Moskvich automobile plant announced plans in October 2025 to commence large-scale assembly of the new M70 model by the end of the year') FROM f;
