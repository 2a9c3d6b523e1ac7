-- 0007: assembly outside the home plant (licensed, kit and foreign assembly) and the owners, shareholders, operators
-- and partners of the plant and its companies over time.

------------------------------------------------------------------------------------------------------------------------
-- Assembly
------------------------------------------------------------------------------------------------------------------------

-- 1930: the new plant assembled Ford Model A vehicles under licence from imported CKD kits.
WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, year_from, kit, note)
           VALUES (model_ref('ford-model-a'), org_ref('kim'), org_ref('ford'), 'Moscow plant, Proletarsky District',
                   place_ref('proletarsky-district'), 'Soviet Union', 1930, 'ckd',
                   'Licensed assembly of Model A vehicles from 1930; the plant assembled cars and trucks from imported CKD kits.') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'originated in late 1930 as an automotive assembly facility focused on constructing passenger cars and trucks from imported CKD kits … building on earlier licensed assembly of Model A vehicles starting in 1930',
            'ref-16', 'a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA') FROM f;

-- Bulgaria: Balkancar in Lovech, sold as Rila.
WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, period, kit, local_brand,
                                 local_changes, volume_note, note)
           SELECT model_ref(m), org_ref('balkancar'), org_ref('moscow-plant'), 'Lovech', place_ref('lovech'), 'Bulgaria',
                  '1960s and 1970s', 'ckd', 'Rila', 'minor local adaptations',
                  'limited numbers, primarily for the domestic market; annual output estimated in the low thousands, exact figures undocumented',
                  'Under licence, from Soviet-supplied complete knock-down kits with Moscow-origin components.'
           FROM unnest(ARRAY['moskvitch-408', 'moskvitch-412']) AS m
           RETURNING id)
SELECT cite('assembly', f.id, 'seed-long', 'In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech during the 1960s and 1970s, utilizing Soviet-supplied complete knock-down kits and marketed locally under the Rila brand. … annual output estimated in the low thousands') FROM f;

-- The 2141's brief licensed assembly: the seed lost the country's name, but says "again by Balkancar".
WITH f AS (INSERT INTO assembly (model_id, licensee_id, country, period, kit, units, units_qualifier, note)
           VALUES (model_ref('moskvitch-2141'), org_ref('balkancar'), 'Bulgaria', 'late 1980s', 'ckd', 1000, 'under',
                   'Brief licensed assembly "again by Balkancar or affiliated facilities" (country name lost; Balkancar is in Bulgaria); '
                   'output "likely fewer than 1,000 units".') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'underwent brief licensed assembly in during the late , again by Balkancar or affiliated facilities … This effort involved CKD kits and targeted export to nations, but output was minimal—likely fewer than 1,000 units',
            'ref-73', 'AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street') FROM f;

-- Scaldia-Volvo (formerly Sobimpex) in Seneffe; the country and the second site were lost in the seed.
WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, period, kit, local_brand,
                                 local_changes, volume_note, note)
           SELECT model_ref(m), org_ref('scaldia-volvo'), org_ref('moscow-plant'), 'Seneffe (and a second site lost in the seed)',
                  place_ref('seneffe'), 'early 1960s through the 1970s', 'ckd', 'Scaldia',
                  'often retrofitted with 1.6-litre diesel engines (around 42-50 hp) to suit local preferences and taxation',
                  'several hundred units in peak years',
                  'Importer assembly from Soviet kits; sold as Scaldia-badged variants (market names lost in the seed).'
           FROM unnest(ARRAY['moskvitch-402', 'moskvitch-407', 'moskvitch-412']) AS m
           RETURNING id)
SELECT cite('assembly', f.id, 'seed-long', 'CKD assembly of Moskvitch models by importer Scaldia-Volvo SA (formerly Sobimpex) in Seneffe and from the early 1960s through the 1970s. Models such as the 402, 407, and 412 were built from Soviet kits … sold as Scaldia-badged variants … several hundred units in peak years') FROM f;

-- IZh: the 412 under licence in Izhevsk (also in model_plant).
WITH f AS (INSERT INTO assembly (model_id, licensee_id, site, place_id, country, year_to, period, local_brand, note)
           VALUES (model_ref('moskvitch-412'), org_ref('izh'), 'IZh factory', place_ref('izhevsk'), 'Soviet Union', 2001,
                   'from the mid-1960s line set-up to 2001', 'Izh',
                   'Licensed production (not kits) to help Moskvich reach its quotas; the "Izh 412" was a carbon copy.') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'licensed to the IZh factory in Izhevsk to expand overall output and meet Soviet production quotas',
            'ref-17', 'set up their own car-making line in the mid-''60s to help Moskvich reach their production quotas. The Izh 412 was a carbon copy',
            'ref-20', 'and 2001 (Izhevsk)') FROM f;

-- Renault's Avtoframos on the Moskvitch grounds (the kits' origin country was lost in the seed).
WITH f AS (INSERT INTO assembly (model_id, licensee_id, site, place_id, country, year_from, kit, note)
           VALUES (model_ref('renault-logan'), org_ref('avtoframos'), 'former Moskvitch plant grounds', place_ref('moscow'), 'Russia',
                   2005, 'ckd', 'The first model assembled by Avtoframos on the site; kits "imported from" a country lost in the seed.') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'Production commenced in 2005 with the assembly of the (a rebadged model) from complete knock-down (CKD) kits imported from',
            'ref-34', 'The plant was built on the Moskvich site in 2004 and started off building the Renault Logan') FROM f;

WITH f AS (INSERT INTO assembly (model_id, licensee_id, site, place_id, country, note)
           SELECT model_ref(m), org_ref('avtoframos'), 'former Moskvitch plant grounds', place_ref('moscow'), 'Russia',
                  'Added to the output after the Logan ("and later the Duster"); years not given.'
           FROM unnest(ARRAY['sandero', 'duster']) AS m
           RETURNING id)
SELECT cite('assembly', f.id, 'seed-long', 'primarily Logans but expanding to include models like the Sandero and later the Duster') FROM f;

-- The revived plant: JAC kits assembled in Moscow with KAMAZ as partner. The Moskvich 3's kit type is disputed: see claims.
WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, year_from, note)
           VALUES (model_ref('moskvich-3'), org_ref('moskvich-automobile-plant'), org_ref('jac'), 'former Renault plant, Moscow',
                   place_ref('moscow'), 'Russia', 2022,
                   'Large-unit assembly of JAC kits, partnership with KAMAZ; localization "under 20%". Kit type disputed (SKD / CKD).') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'This partnership, facilitated through Russian truckmaker , enables semi-knocked-down assembly where major subassemblies arrive from for final integration at the Moscow facility',
            'ref-46', 'its 3 and 3e models are produced using large-unit assembly') FROM f;

WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, kit, note)
           VALUES (model_ref('moskvich-3e'), org_ref('moskvich-automobile-plant'), org_ref('jac'), 'former Renault plant, Moscow',
                   place_ref('moscow'), 'Russia', 'skd', 'KAMAZ to assemble it at the plant "starting this December" (2022).') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'Current models include the Moskvich 3 crossover (based on the JAC JS4/), its electric variant Moskvich 3e, the Moskvich 6 sedan (derived from a JAC platform), and the Moskvich 8 crossover, all produced via this JAC-sourced process',
            'ref-62', 'which Kamaz will only assemble at the plant starting this December') FROM f;

WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, kit, note)
           VALUES (model_ref('moskvich-6'), org_ref('moskvich-automobile-plant'), org_ref('jac'), 'former Renault plant, Moscow',
                   place_ref('moscow'), 'Russia', 'skd', 'Visible JAC branding on components.') RETURNING id)
SELECT cite('assembly', f.id, 'seed-long', 'Like its sibling, assembly occurs via SKD kits at the Moscow facility, with visible JAC branding on components') FROM f;

WITH f AS (INSERT INTO assembly (model_id, licensee_id, kit_supplier_id, site, place_id, country, kit)
           VALUES (model_ref('moskvich-8'), org_ref('moskvich-automobile-plant'), org_ref('jac'), 'former Renault plant, Moscow',
                   place_ref('moscow'), 'Russia', 'skd') RETURNING id)
SELECT cite('assembly', f.id,
            'seed-long', 'enables semi-knocked-down assembly where major subassemblies arrive from for final integration at the Moscow facility … and the Moskvich 8 crossover, all produced via this JAC-sourced process') FROM f;

------------------------------------------------------------------------------------------------------------------------
-- Ownership, operation and partnership
------------------------------------------------------------------------------------------------------------------------

-- Soviet state ownership until privatisation after the Soviet collapse.
WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, from_year, to_year, began_how, ended_how, note)
           VALUES (org_ref('soviet-government'), org_ref('moscow-plant'), 'owner', 1930, 1991, 'founding', 'privatisation',
                   'State-directed Soviet plant; "following the Soviet Union''s collapse, the car''s manufacturer was privatised".') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'representing an early Soviet initiative to build domestic manufacturing capacity … marking the shift from state-directed production to a market-oriented model',
            'ref-100', 'Following the Soviet Union''s collapse, the car''s manufacturer was privatised and later was declared bankrupt.') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, from_year, to_year, began_how, ended_how, note)
           VALUES (org_ref('oao-moskvitch'), org_ref('moscow-plant'), 'owner', 1991, 2006, 'reorganisation', 'bankruptcy',
                   'AZLK reorganized as the joint-stock OAO Moskvitch; bankruptcy filed 2002, proceedings 2003, declared bankrupt 2006.') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'in December 1991, was reorganized as OAO Moskvitch … OAO Moskvitch filed for in 2002, with proceedings formalized amid 33 billion rubles in liabilities, culminating in official by 2006',
            'ref-32', 'the company filed for bankruptcy in 2002 and was finally officially declared bankrupt in 2006') FROM f;

-- Avtoframos: founders' names lost in the seed sentence; refs 35 and 41 name Renault and the city of Moscow.
WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, stake_percent, from_year, to_year, began_how, note)
           VALUES (org_ref('city-of-moscow'), org_ref('avtoframos'), 'shareholder', 38, 1998, 2012, 'joint_venture',
                   'Founding shareholder; Renault held 100% "by 2012", so the city''s stake ended by then at the latest (how is not stated).') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) … By 2012, had acquired full ownership of Avtoframos',
            'ref-41', 'a joint venture between Renault and the city of Moscow') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, stake_percent, from_year, to_year, began_how, ended_how)
           VALUES (org_ref('renault'), org_ref('avtoframos'), 'shareholder', 62, 1998, 2012, 'joint_venture', 'stake_increase') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) and SA (62% stake)',
            'ref-35', 'French car maker Renault SA, which installed its Avtoframos factory there') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, stake_percent, from_year, to_year, to_date, began_how, ended_how, price_rub, note)
           VALUES (org_ref('renault'), org_ref('avtoframos'), 'owner', 100, 2012, 2022, DATE '2022-05-16', 'stake_increase', 'sale', 1,
                   'Full ownership "by 2012" of Avtoframos, renamed Renault Russia in 2008; all shares sold to the City of Moscow for a '
                   'nominal one rouble in May 2022, with a six-year buyback option.') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'By 2012, had acquired full ownership of Avtoframos (renamed in 2008), increasing its stake to 100% … Renault Group divested its 100% ownership of to the city government for a nominal sum',
            'ref-36', 'sell 100% of Renault Group''s shares in Renault Russia to Moscow City') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, from_year, to_year, began_how, note)
           VALUES (org_ref('avtoframos'), org_ref('moscow-plant'), 'operator', 2004, 2022, 'relocation',
                   'Operated a factory on part of the former Moskvitch grounds: moved there in 2004, production from 2005.') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'a significant portion of the disused plant was repurposed by OAO Avtoframos … relocated and expanded operations to the Moskvitch grounds in 2004',
            'ref-35', 'Part of the former Moskvitch plant has been used by French car maker Renault SA, which installed its Avtoframos factory there') FROM f;

-- May 2022: the city buys Renault Russia for one rouble (ref 101 and 115 speak of the Russian state / nationalisation).
WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, stake_percent, from_year, from_date, began_how, price_rub, note)
           VALUES (org_ref('city-of-moscow'), org_ref('moskvich-automobile-plant'), 'owner', 100, 2022, DATE '2022-05-16',
                   'sale_for_one_rouble', 1,
                   'Bought Renault Russia (renamed Moscow Automobile Factory Moskvich) for a nominal 1 rouble; Renault kept a six-year '
                   'buyback option "that was not exercised". Refs 67/115 call the buyer "the Russian state"; ref 101 calls it a nationalisation.') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'On May 16, , the city government acquired ''s plant—historically the original Moskvitch facility—for a nominal sum of 1 , with retaining a six-year buyback option that was not exercised',
            'ref-36', 'sell 100% of Renault Group''s shares in Renault Russia to Moscow City',
            'ref-115', 'The Russian state purchased the factory from Renault last year for a symbolic one rouble',
            'ref-101', 'It is the first Russian nationalisation of a major foreign business since the invasion of Ukraine.') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, from_year, began_how, note)
           VALUES (org_ref('moskvich-automobile-plant'), org_ref('moscow-plant'), 'operator', 2022, 'rename',
                   'The renamed former Renault Russia runs the revived plant.') RETURNING id)
SELECT cite('ownership', f.id,
            'ref-3', 'It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich',
            'seed-long', 'relaunched it as the Moskvich Automobile') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, from_year, began_how, note)
           VALUES (org_ref('kamaz'), org_ref('moskvich-automobile-plant'), 'partner', 2022, 'partnership',
                   'Partner for assembly, sales and distribution; facilitates the JAC partnership.') RETURNING id)
SELECT cite('ownership', f.id,
            'seed-long', 'a partnership involving Russian truck manufacturer for assembly, sales, and distribution',
            'ref-45', 'Production of Russia''s Soviet-era car brand the Moskvich could resume using a Chinese platform in partnership with truckmaker Kamaz',
            'ref-43', 'Production of the Soviet-era Moskvich car relaunched in Russia on Wednesday at a former Renault factory, according to truckmaker Kamaz.') FROM f;

WITH f AS (INSERT INTO ownership (owner_id, owned_id, role, note)
           VALUES (org_ref('renault'), org_ref('vaz'), 'shareholder', 'Stake size and years not given; Renault was "assessing" it in March 2022.') RETURNING id)
SELECT cite('ownership', f.id, 'ref-91', 'Regarding its stake in AVTOVAZ, Renault Group is assessing the') FROM f;
