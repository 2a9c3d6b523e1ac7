-- 0004: places, organizations, the name history of the Moscow plant, and people.
--
-- Style: every fact is inserted next to its citations. cite(table, id, source slug, quote, source slug, quote ...)
-- checks each quote verbatim against the source (fragments of one source joined with ' … ').
-- A value the sources do not give stays NULL. Disputed values stay NULL here and are listed in 0010_claims.sql.

------------------------------------------------------------------------------------------------------------------------
-- Places
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('soviet-union', 'Soviet Union', 'country', 'Soviet Union') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'represented the Soviet Union''s initial foray into mass-producing affordable personal cars') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('russia', 'Russia', 'country', 'Russia') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'Renault Group divested its Russian operations amid Western sanctions following Russia''s invasion of Ukraine') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id, description)
           VALUES ('moscow', 'Moscow', 'city', 'Russia', place_ref('russia'), 'Seat of the plant throughout its history.') RETURNING id)
SELECT cite('place', f.id,
            'seed-long', 'with evacuated assets returned to Moscow',
            'ref-39', 'Russia to take over Renault''s Moscow factory to revive Soviet-era car') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id, description)
           VALUES ('proletarsky-district', 'Proletarsky District', 'district', 'Russia', place_ref('moscow'),
                   'District of the plant''s large site; the city''s name before it was lost in the seed, the plant is in Moscow.') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'with operations commencing in November of that year on a large site in ''s Proletarsky District') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id, description)
           VALUES ('ostapovskoe-highway', 'Ostapovskoe Highway', 'street', 'Russia', place_ref('moscow'),
                   'The plant occupied a big area along it; its later name is cut off in the snippet.') RETURNING id)
SELECT cite('place', f.id, 'ref-8', 'The plant had occupied quite a big area along the Ostapovskoe Highway (now known as') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, description)
           VALUES ('urals', 'Urals', 'region', 'Where the plant was evacuated in 1941 according to ref 84 ("Ural").') RETURNING id)
SELECT cite('place', f.id, 'ref-84', 'In 1941 the plant was evacuated to Ural') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, description)
           VALUES ('sverdlovsk', 'Sverdlovsk', 'city', 'Where the plant was evacuated for military production according to seed-long.') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'the Moskvitch factory, previously evacuated to Sverdlovsk for military production') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, description)
           VALUES ('izhevsk', 'Izhevsk', 'city', 'Seat of the IZh factory that built the 412 under licence.') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'licensed to the IZh factory in Izhevsk', 'ref-20', '2001 (Izhevsk)') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('bulgaria', 'Bulgaria', 'country', 'Bulgaria') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id)
           VALUES ('lovech', 'Lovech', 'city', 'Bulgaria', place_ref('bulgaria')) RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech') FROM f;

-- The country before "hosted significant CKD assembly" was lost in the seed, so Seneffe keeps no country.
WITH f AS (INSERT INTO place (slug, name, kind, description)
           VALUES ('seneffe', 'Seneffe', 'city', 'Site of Scaldia-Volvo''s CKD assembly of Moskvitch models; the seed lost the country''s name and a second site.') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'by importer Scaldia-Volvo SA (formerly Sobimpex) in Seneffe and from the early 1960s through the 1970s') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('germany', 'Germany', 'country', 'Germany') RETURNING id)
SELECT cite('place', f.id, 'ref-72', 'the first Soviet mass-produced automobile “born” in Germany') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id, description)
           VALUES ('brandenburg', 'Brandenburg', 'city', 'Germany', place_ref('germany'),
                   'Seat of the Opel plant whose tooling and blueprints equipped MZMA (seed-long, Wartime section).') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'Soviet authorities opted for reparations from captured German facilities … from Opel''s Brandenburg plant to equip MZMA for mass production') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country, parent_id, description)
           VALUES ('russelsheim', 'Rüsselsheim', 'city', 'Germany', place_ref('germany'),
                   'Seat of the (Opel) factory whose schematics and tooling were seized according to seed-long''s Design Influences section.') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'using schematics and tooling seized from ''s Rüsselsheim factory … utilizing captured German tooling') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('norway', 'Norway', 'country', 'Norway') RETURNING id)
SELECT cite('place', f.id, 'seed-short', 'exported to several Western countries, including Norway') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('cuba', 'Cuba', 'country', 'Cuba') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'exports reached markets like Cuba', 'ref-78', 'arrived to Cuba by the thousands') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('egypt', 'Egypt', 'country', 'Egypt') RETURNING id)
SELECT cite('place', f.id, 'ref-79', 'successfully exported to Egypt') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('france', 'France', 'country', 'France') RETURNING id)
SELECT cite('place', f.id, 'ref-79', 'even ''capitalist'' France', 'ref-109', 'modernized by France''s Renault') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('italy', 'Italy', 'country', 'Italy') RETURNING id)
SELECT cite('place', f.id, 'ref-109', 'built by Italy''s Fiat') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('china', 'China', 'country', 'China') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'semi-knocked-down (SKD) assembly of imported components, primarily from China''s') FROM f;

WITH f AS (INSERT INTO place (slug, name, kind, country) VALUES ('united-states', 'United States', 'country', 'United States') RETURNING id)
SELECT cite('place', f.id, 'seed-long', 'Efforts to penetrate the U.S.', 'ref-16', 'the Ford Motor Company in the USA') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Organizations: the Moscow plant and the companies that ran it
------------------------------------------------------------------------------------------------------------------------

-- The physical plant across all its names (see plant_name below). Models whose era-specific maker is unknown point here.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, founded_year, place_id, description)
           VALUES ('moscow-plant', 'Moskvitch plant, Moscow', 'Moscow plant', 'plant', 'Russia', 1930, place_ref('proletarsky-district'),
                   'The Moscow car plant established in 1930 as an assembly facility; later KIM, MZMA, AZLK, OAO Moskvitch, '
                   'the Avtoframos / Renault Russia factory on part of its grounds, and from 2022 the Moscow Automobile Factory Moskvich. '
                   'Ref 109 (CIA) says the Moskvich plant was "modernized by France''s Renault".')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'manufactured at a plant established in 1930 for assembling vehicles … on a large site in ''s Proletarsky District',
            'ref-8', 'The plant had occupied quite a big area along the Ostapovskoe Highway',
            'ref-109', 'the Volga and Moskvich plants, which were built by Italy''s Fiat and modernized by France''s Renault') FROM f;

-- KIM: dissolved_year disputed (renamed MZMA in 1939 or 1945): see claims.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, founded_year, place_id, description)
           VALUES ('kim', 'KIM factory', 'KIM', 'manufacturer', 'Soviet Union', 1930, place_ref('proletarsky-district'),
                   'The plant under its first name, after the Communist Youth International (seed-long also calls it the '
                   'Komsomolsky Avtomobilny Zavod, "KIM plant"). Maker of the KIM-10.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'Named the KIM factory after the Communist Youth International () in December 1930 … the Komsomolsky Avtomobilny Zavod (KIM plant), precursor to Moskvitch') FROM f;

-- MZMA: founded_year disputed (1930 / 1939 / 1945): see claims.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, dissolved_year, place_id, description)
           VALUES ('mzma', 'Moskovskiy Zavod Malolitrazhnykh Avtomobiley', 'MZMA', 'manufacturer', 'Soviet Union', 1968,
                   place_ref('proletarsky-district'),
                   'Moscow Small Car Factory; maker of the Moskvitch 400 to 408. Renamed AZLK in 1968.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory) … renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968',
            'seed-short', 'A compact car, produced by Soviet automobile maker MZMA and launched for the first time in 1956.') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, founded_year, dissolved_year, place_id, description)
           VALUES ('azlk', 'Avtomobilny Zavod imeni Leninskogo Komsomola', 'AZLK', 'manufacturer', 'Soviet Union', 1968, 1991,
                   place_ref('proletarsky-district'),
                   'The plant named after the Leninist Komsomol from 1968; reorganized as OAO Moskvitch after December 1991.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968 to honor the Leninist Komsomol youth organization',
            'ref-9', 'produced by AZLK from 1946 to 1991',
            'ref-24', 'AZLK was once the flagship of Russia''s auto industry, but growing competition from used-car importers from Western Europe forced it to the brink of bankruptcy') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, founded_year, dissolved_year, place_id, description)
           VALUES ('oao-moskvitch', 'OAO Moskvitch', 'OAO Moskvitch', 'manufacturer', 'Russia', 1991, 2006, place_ref('proletarsky-district'),
                   'The joint-stock successor of AZLK after the Soviet collapse; filed for bankruptcy in 2002 and was officially declared bankrupt in 2006.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'in December 1991, was reorganized as OAO Moskvitch … culminating in official by 2006',
            'ref-32', 'the company filed for bankruptcy in 2002 and was finally officially declared bankrupt in 2006') FROM f;

-- Avtoframos: the names of its two founders were lost in the seed sentence; refs 35 and 41 supply Renault and Moscow.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, founded_year, place_id, description)
           VALUES ('avtoframos', 'OAO Avtoframos (Renault Russia from 2008)', 'Avtoframos', 'joint_venture', 'Russia', 1998, place_ref('moscow'),
                   'Joint venture of the City of Moscow (38%) and Renault (62%) founded in 1998; moved onto the Moskvitch grounds in 2004; '
                   'renamed Renault Russia in 2008; wholly Renault''s by 2012; sold to the City of Moscow in 2022 and renamed the '
                   'Moscow Automobile Factory Moskvich (see organization moskvich-automobile-plant).')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) and SA (62% stake) … (renamed in 2008)',
            'ref-35', 'French car maker Renault SA, which installed its Avtoframos factory there',
            'ref-41', 'a joint venture between Renault and the city of Moscow',
            'ref-36', 'sell 100% of Renault Group''s shares in Renault Russia to Moscow City') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, place_id, description)
           VALUES ('moskvich-automobile-plant', 'Moscow Automobile Factory Moskvich', 'Moskvich', 'manufacturer', 'Russia', place_ref('moscow'),
                   'The former Renault Russia plant, owned by the City of Moscow from May 2022 and renamed; assembles the revived '
                   'Moskvich models from JAC kits since November 2022 (also "Moskvich Automobile Plant", "Moscow Automobile Plant").')
           RETURNING id)
SELECT cite('organization', f.id,
            'ref-3', 'It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich, for another ruble.',
            'ref-50', 'Moskvich (formerly Renault Russie) - TAdviser',
            'seed-long', 'relaunched it as the Moskvich Automobile',
            'ref-120', 'Moscow Automobile Plant, the former Russian plant of French automaker Renault') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Organizations: owners, partners, public bodies
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, description)
           VALUES ('renault', 'Renault Group', 'Renault', 'foreign_maker', 'France',
                   'French carmaker (Renault SA): 62% of Avtoframos from 1998, 100% by 2012, sold Renault Russia to the City of Moscow in May 2022. '
                   'Ref 109 also says it modernized the Moskvich plant (Soviet era).')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'In May 2022, Renault Group divested its Russian operations',
            'ref-35', 'French car maker Renault SA',
            'ref-109', 'modernized by France''s Renault') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, place_id, description)
           VALUES ('city-of-moscow', 'Moscow City Government', 'City of Moscow', 'city_government', 'Russia', place_ref('moscow'),
                   'Shareholder of Avtoframos (38%) from 1998; began bankruptcy proceedings against the Moskvich factory in 2003; '
                   'bought Renault Russia for one rouble in May 2022.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'selling its Moscow manufacturing plant to the Moscow city government for a symbolic amount',
            'ref-30', 'The Moscow City Government has begun bankruptcy proceedings against the Moskvich factory',
            'ref-41', 'a joint venture between Renault and the city of Moscow') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, description)
           VALUES ('soviet-government', 'Soviet government', 'state_body', 'Soviet Union',
                   'Approved the Moskvitch 400 for mass production on 28 April 1947; the state owned the plant until privatisation.')
           RETURNING id)
SELECT cite('organization', f.id,
            'ref-14', 'Approved for mass production by the Soviet government on 28 April 1947',
            'seed-long', 'approved for mass production by Soviet authorities on April 28, 1947') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, description)
           VALUES ('gosplan', 'Gosplan', 'state_body', 'Soviet Union',
                   'Soviet central planning body whose top-down directives the seed blames for idle machinery at the plant.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-long', 'Gosplan''s top-down directives failed to adapt to local production realities') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('industry-ministry', 'Industry Ministry', 'state_body',
                   'Projected that full-scale production at the revived plant could add 40,000 jobs.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-long', 'Industry Ministry projections claimed full-scale production could add 40,000 jobs') FROM f;

-- KAMAZ: the seed lost the name after "Russian truck manufacturer"; refs 42, 43 and 45 name it.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, description)
           VALUES ('kamaz', 'KAMAZ', 'KAMAZ', 'manufacturer', 'Russia',
                   'Russian truck maker; partner of the revived Moskvich plant for assembly, sales and distribution from 2022.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'a partnership involving Russian truck manufacturer for assembly, sales, and distribution',
            'ref-42', 'The latest is KAMAZ, which has resurrected the Moskvich brand',
            'ref-45', 'in partnership with truckmaker Kamaz') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, description)
           VALUES ('jac', 'JAC Motors', 'JAC', 'foreign_maker', 'China',
                   'Chinese carmaker that provides platforms, designs, engineering and components for the revived Moskvich models '
                   '(Moskvich itself spoke only of a "foreign partner", ref 116); exposed to US secondary sanctions (ref 105).')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'The core of Moskvich''s operations involves collaboration with automaker JAC Motors, providing platforms, designs, engineering, and components',
            'ref-103', 'the Sehol X4 compact crossover made by China''s JAC',
            'ref-66', 'The sleek four-door SUVs featured engine parts and upholstery from China''s JAC Motors, clearly visible.',
            'ref-105', 'The Chinese automaker JAC, which supplies parts to Moskvitch, lies in the crosshairs of secondary sanctions.',
            'ref-116', 'The company said it works with a "foreign partner" but did not confirm ties to JAC.') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, description)
           VALUES ('saic', 'SAIC', 'foreign_maker', 'China', 'Chinese concern; the planned Moskvich M90 is to be produced in cooperation with it.')
           RETURNING id)
SELECT cite('organization', f.id,
            'ref-54', 'It will be produced in cooperation with the Chinese SAIC concern, based on the MG RX9 model',
            'seed-long', 'potential expansion to SAIC platforms for a new M90 model based on the MG RX9') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('mg', 'MG', 'foreign_maker', 'Brand of the MG RX9 on which the planned Moskvich M90 is to be based.')
           RETURNING id)
SELECT cite('organization', f.id, 'ref-54', 'based on the MG RX9 model, which is focused on export markets') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, description)
           VALUES ('opel', 'Opel', 'foreign_maker', 'Germany',
                   'German maker of the Kadett K38 copied as the Moskvitch 400; its Brandenburg (or Rüsselsheim) tooling went to MZMA.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'Soviet authorities opted for reparations from captured German facilities; in June 1945, Joseph Stalin selected the pre-war Opel Kadett design') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, description)
           VALUES ('ford', 'Ford Motor Company', 'Ford', 'foreign_maker', 'United States',
                   'Signed a cooperation agreement with Russia in 1929 from which the plant''s beginnings date; maker of the Model A '
                   'assembled from 1930 and of the Prefect models that inspired the KIM-10 and the 402/403/407.')
           RETURNING id)
SELECT cite('organization', f.id,
            'ref-16', 'a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA',
            'design-card', 'design influences (Opel, Ford, Simca)') FROM f;

-- The seed lost "Simca" before "1308"; the design card names Simca among the design influences.
WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('simca', 'Simca', 'foreign_maker', 'Maker of the 1308 from which the Moskvitch 2141 borrowed elements (maker named by the design card).')
           RETURNING id)
SELECT cite('organization', f.id, 'design-card', 'design influences (Opel, Ford, Simca)') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('bmw', 'BMW', 'foreign_maker', 'Maker of the BMW 1500 whose engine the Moskvitch 412''s engine clones.')
           RETURNING id)
SELECT cite('organization', f.id, 'ref-68', 'Moskvich-412 is generally based on BMW 1500. The engine is an outright clone.') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('hillman', 'Hillman', 'foreign_maker', 'Maker of the Hillman Minx, one of the foreign rivals that inspired the 402/403/407.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-short', 'design inspired by foreign rivals, such as the Hillman Minx') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, description)
           VALUES ('fiat', 'Fiat', 'foreign_maker', 'Italy',
                   'Maker of the Fiat 1100 (a 402/403/407 inspiration); ref 109 says Italy''s Fiat built the Volga and Moskvich plants.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-short', 'such as the Hillman Minx, Fiat 1100',
            'ref-109', 'the Volga and Moskvich plants, which were built by Italy''s Fiat') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('jowett', 'Jowett', 'foreign_maker', 'Maker of the Jowett Javelin, one of the foreign rivals that inspired the 402/403/407.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-short', 'Ford Prefect 100E, and Jowett Javelin') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('dacia', 'Dacia', 'foreign_maker', 'The Renault Logan built by Avtoframos was a rebadged Dacia.')
           RETURNING id)
SELECT cite('organization', f.id, 'ref-34', 'started off building the Renault Logan (a rebadged Dacia)') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('gaz', 'GAZ', 'manufacturer', 'Maker of the GAZ-21 Volga, whose designers took part in creating the 402/403/407.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-short', 'the designers of the GAZ-21 Volga took part in the creation of the compact Moskvitch') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, description)
           VALUES ('vaz', 'VAZ (AVTOVAZ)', 'VAZ', 'manufacturer',
                   'Competing plant; the Moskvitch 2141''s 1.6-litre engine was derived from VAZ components; Renault held a stake in AVTOVAZ in 2022.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'competition from plants like VAZ … a 1.6-liter derived from VAZ components',
            'ref-91', 'Regarding its stake in AVTOVAZ, Renault Group is assessing the') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, place_id, description)
           VALUES ('izh', 'IZh factory', 'IZh', 'manufacturer', 'Soviet Union', place_ref('izhevsk'),
                   'Izhevsk factory licensed to build the Moskvitch 412 (the "Izh 412"); its line was set up in the mid-1960s and built the 412 until 2001.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'licensed to the IZh factory in Izhevsk to expand overall output and meet Soviet production quotas',
            'ref-17', 'set up their own car-making line in the mid-''60s to help Moskvich reach their production quotas. The Izh 412 was a carbon copy') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, country, place_id, description)
           VALUES ('balkancar', 'Balkancar', 'licensee', 'Bulgaria', place_ref('lovech'),
                   'Assembled Moskvitch 408 and 412 (sold as Rila) under licence in Lovech, and briefly the 2141.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-long', 'In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech') FROM f;

WITH f AS (INSERT INTO organization (slug, name, short_name, kind, place_id, description)
           VALUES ('scaldia-volvo', 'Scaldia-Volvo SA', 'Scaldia-Volvo', 'importer', place_ref('seneffe'),
                   'Importer, formerly Sobimpex, that assembled Moskvitch models from Soviet kits in Seneffe and sold them as Scaldia.')
           RETURNING id)
SELECT cite('organization', f.id, 'seed-long', 'by importer Scaldia-Volvo SA (formerly Sobimpex) in Seneffe') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('mosenergo', 'Mosenergo', 'utility', 'Cut the plant''s power in early 2002 over unpaid bills.')
           RETURNING id)
SELECT cite('organization', f.id,
            'seed-long', 'including a power cut by Mosenergo for unpaid bills',
            'ref-29', 'Mosenergo officials said the lights were turned off because the plant had failed to pay even part of its debt.') FROM f;

-- The seed lost the name in "truck production at facilities like ."; refs 81 and 93 name ZIS / ZIL.
WITH f AS (INSERT INTO organization (slug, name, short_name, kind, country, place_id, description)
           VALUES ('zil', 'ZIS / ZIL', 'ZIL', 'manufacturer', 'Soviet Union', place_ref('moscow'),
                   'Moscow plant, a leader of Soviet automobile manufacturing (ZIS and later ZIL brands).')
           RETURNING id)
SELECT cite('organization', f.id,
            'ref-81', 'this plant became a leader of the Soviet automobile manufacturing (ZIS and later ZIL brands)',
            'ref-93', 'Construction of the Moscow (ZIL), Gor''kiy, and Yaroslavl'' plants') FROM f;

WITH f AS (INSERT INTO organization (slug, name, kind, description)
           VALUES ('sollers', 'Sollers', 'manufacturer', 'Another JAC partner, put on the same US sanctions (SDN) list as Moskvich in 2023.')
           RETURNING id)
SELECT cite('organization', f.id, 'ref-104', 'along with Moskvich, the updated SDN list now includes Sollers, i.e. another JAC partner') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Names of the Moscow plant (plant_name). Disputed years stay NULL: see 0010_claims.sql.
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO plant_name (plant_id, name, abbreviation, named_after, year_from, note)
           VALUES (org_ref('moscow-plant'), 'KIM factory', 'KIM', 'Communist Youth International', 1930,
                   'Named in December 1930; seed-long also writes "Komsomolsky Avtomobilny Zavod (KIM plant)". '
                   'year_to disputed (1939 or 1945).')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', 'Named the KIM factory after the Communist Youth International () in December 1930 … the Komsomolsky Avtomobilny Zavod (KIM plant)') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, note)
           VALUES (org_ref('moscow-plant'), 'Moskovskiy Avtosborochniy Zavod',
                   'Given beside OAO ''Moskvitch'' in the title of ref 8; no dates given.')
           RETURNING id)
SELECT cite('plant_name', f.id, 'ref-8', 'OAO ''Moskvitch'' / Moskovskiy Avtosborochniy Zavod') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, abbreviation, note)
           VALUES (org_ref('moscow-plant'), 'Plant of small cars in Moscow', 'ZMA',
                   'Ref 11: the 400 was produced there from December 1946 "(ZMA, later - МЗМА)"; no years given for the name.')
           RETURNING id)
SELECT cite('plant_name', f.id, 'ref-11', 'produced at the Plant of small cars in Moscow (ZMA, later - МЗМА) from December 1946 to 1954') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, abbreviation, year_to, note)
           VALUES (org_ref('moscow-plant'), 'Moskovskiy Zavod Malolitrazhnykh Avtomobiley', 'MZMA', 1968,
                   'Moscow Small Car Factory (also rendered "Small Car Factory", "Moscow Small Automobile Plant", ref 76 "MPMC (Moscow Plant '
                   'of Midget Cars)"). year_from disputed: 1930, 1939 or 1945.')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', 'the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory) … renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968',
            'ref-76', 'MPMC (Moscow Plant of Midget Cars)') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, abbreviation, named_after, year_from, year_to, note)
           VALUES (org_ref('moscow-plant'), 'Avtomobilny Zavod imeni Leninskogo Komsomola', 'AZLK', 'Leninist Komsomol', 1968, 1991,
                   'Automobile Factory named after the Leninist Komsomol; ref 13 already calls the plant of 1946 "(AZLK)".')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', 'renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968 to honor the Leninist Komsomol youth organization … in December 1991, was reorganized as OAO Moskvitch',
            'ref-9', 'produced by AZLK from 1946 to 1991') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, abbreviation, year_from, year_to, note)
           VALUES (org_ref('moscow-plant'), 'OAO Moskvitch', NULL, 1991, 2006,
                   'Joint-stock company after the Soviet collapse, until it was declared bankrupt in 2006.')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', 'in December 1991, was reorganized as OAO Moskvitch',
            'ref-32', 'was finally officially declared bankrupt in 2006') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, year_from, year_to, note)
           VALUES (org_ref('moscow-plant'), 'Avtoframos', 2004, 2008,
                   'Renault''s Avtoframos factory on part of the former Moskvitch grounds, renamed Renault Russia in 2008.')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', 'relocated and expanded operations to the Moskvitch grounds in 2004 … (renamed in 2008)',
            'ref-35', 'Part of the former Moskvitch plant has been used by French car maker Renault SA, which installed its Avtoframos factory there') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, year_from, year_to, note)
           VALUES (org_ref('moscow-plant'), 'Renault Russia', 2008, 2022, 'French form in ref 50: Renault Russie.')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'seed-long', '(renamed in 2008)',
            'ref-36', 'Renault Group signs agreements to sell Renault Russia',
            'ref-50', 'Moskvich (formerly Renault Russie)') FROM f;

WITH f AS (INSERT INTO plant_name (plant_id, name, year_from, note)
           VALUES (org_ref('moscow-plant'), 'Moscow Automobile Factory Moskvich', 2022,
                   'Also written "Moskvich Automobile Plant" (seed-long), "Moskvich Moscow Automobile Plant" (ref 50), "Moscow Automobile Plant" (ref 120).')
           RETURNING id)
SELECT cite('plant_name', f.id,
            'ref-3', 'It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich',
            'ref-50', 'The Moskvich Moscow Automobile Plant sold more than 23 thousand cars in 2024') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- People
------------------------------------------------------------------------------------------------------------------------

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('joseph-stalin', 'Joseph Stalin', 'Selected the pre-war Opel Kadett design for MZMA in June 1945.') RETURNING id)
SELECT cite('person', f.id, 'seed-long', 'in June 1945, Joseph Stalin selected the pre-war Opel Kadett design') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('sergei-sobyanin', 'Sergei Sobyanin', 'Mayor of Moscow; announced the reacquisition on 16 May 2022 and opened serial production in November 2022.') RETURNING id)
SELECT cite('person', f.id,
            'seed-long', 'Moscow Mayor Sergei Sobyanin announced the reacquisition on May 16, 2022',
            'ref-90', 'Sergei Sobyanin opens serial production at Moskvich plant') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('hmayak-avanesyan', 'Hmayak Avanesyan', 'Fictional main character of the 2014 film "Moskvitch, Mon Amour": an elderly refugee who dreamed of owning a Moskvitch.') RETURNING id)
SELECT cite('person', f.id, 'ref-113', 'The main character of the film is an elderly refugee named Hmayak Avanesyan, who being a Soviet man dreamed of having a Moskvitch') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('sergey-tselikov', 'Sergey Tselikov', 'Director of the Avtostat analytical agency, quoted on Russian car production in January-July 2025.') RETURNING id)
SELECT cite('person', f.id, 'ref-60', 'Director of the Avtostat analytical agency Sergey Tselikov') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('khrushchev', 'Khrushchev', 'Named in ref 98 as having ordered the death penalty for serious bribery (first name not given).') RETURNING id)
SELECT cite('person', f.id, 'ref-98', 'Khrushchev tried to stamp out corruption —“this disgraceful survival of the past” —by ordering the death penalty for serious bribery') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('donald-filtzer', 'Donald Filtzer', 'Author of refs 88 and 96 on labour discipline and the decline of the Soviet system.') RETURNING id)
SELECT cite('person', f.id,
            'ref-96', 'Donald Filtzer (a1)',
            'ref-88', 'Labor discipline and the decline of the soviet system - Don Filtzer') FROM f;

WITH f AS (INSERT INTO person (slug, name, description)
           VALUES ('pavel', 'Pavel', 'Quoted in ref 78 (Havana Times) on the Moskvitch parts most in demand in Cuba; surname not given.') RETURNING id)
SELECT cite('person', f.id, 'ref-78', '“Parts for these two are the most solicited,” Pavel') FROM f;
