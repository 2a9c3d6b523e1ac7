-- 0003: the sources. Every fact row in the later migrations cites one or more of these rows by slug.
--
--   seed-short   the short article on the Moskvitch 402/403/407   (/work/shared/seeds/000_8d3e30873da939d3.txt)
--   seed-long    the long encyclopedia-style article "Moskvitch"  (/work/shared/seeds/001_0dbb5bc48da50566.txt)
--   ref-1 .. ref-120  the numbered references at the end of seed-long: title and snippet verbatim from the seed,
--                published_on parsed from the snippet's leading date ("Nov 23, 2022 · ..."), publisher only where the
--                title (or, for ref 68, the snippet) shows the site. The snippet column keeps the text after that date verbatim,
--                search-page residue ("Missing: ...", "<|separator|>") included. The seed carries no URLs, so url stays
--                NULL. References 110 and 112 are empty in the seed; their rows keep the number with a placeholder title.
--   design-card  the project's design card.
--
-- The body column keeps the full text of each seed document so that cite() can check every quote verbatim.

------------------------------------------------------------------------------------------------------------------------
-- Seed documents and the design card
------------------------------------------------------------------------------------------------------------------------
INSERT INTO source (slug, kind, title, publisher, snippet, body, note) VALUES
    ('seed-short', 'seed_document', 'Moskvitch 402/403/407', NULL, NULL,
     'After a short tour across some of the Soviet Bloc countries, we are back in Soviet Russia to meet the Moskvitch 402/403/407 series.

What is it?

A compact car, produced by Soviet automobile maker MZMA and launched for the first time in 1956. It’s the successor of the 401 series and is one of the most popular mass vehicles of its time.

Where and when was it made?

Production of the 402 started in 1956 in Moscow and two years later 94,080 units were assembled. In 1958 the 407 hit the assembly lines to reach a production run of 359,980 copies. In 1962 it was replaced by the 403 that remained in production until 1965.

Technical details:

At the first, the model had a classic front-engine, rear-wheel-drive layout that combines the work of a 1.2-liter flathead petrol engine with 35 horsepower (26 kilowatts) and a three-speed manual gearbox. In 1958 the motor was replaced by a slightly bigger 1.3-liter engine, channeling 45 hp (34 kW) to the rear wheels through a new four-speed manual gearbox.

What’s so special about it?

Well, it’s not the most inspiring vehicle, to say the least. But there’s got to be something special about a car that was produced in nearly 500,000 copies – it looks cute, has the right size and shape, and was cheaper than the Fords of that segment in the 1950s-1960s.

This Moskvitch could be considered as the first car in Soviet Russia that was offered in customer-adapted trim levels and application-based body versions. The 407, for example, was the most luxurious model in the series offering good comfort and standard equipment such as heater, radio, and different dashboard.

Speaking of technologies, the 402/403/407 series was a major leap forward compared to the 401 that it replaced. The new model featured independent suspension with double wishbones, telescopic shock absorbers, 12-volt electrics, more solid and comfortable car body, more modern trunk, and wider viewing range for the driver.

While it was not the prettiest car on the road, it is still a well-looking vehicle with design inspired by foreign rivals, such as the Hillman Minx, Fiat 1100, Ford Prefect 100E, and Jowett Javelin. In fact, the designers of the GAZ-21 Volga took part in the creation of the compact Moskvitch.

During its lifecycle, the model was exported to several Western countries, including Norway where it was a good offering on the market, considering its low import taxes and good durability. A total of 18,019 units were exported.

Photos: Moskvitch via

Gallery: Moskvitch 402/403/407',
     'Short article on the Moskvitch 402/403/407 series; seed file 000_8d3e30873da939d3.txt. The title is the gallery caption at its end.'),
    ('seed-long', 'seed_document', 'Moskvitch', NULL, NULL,
     'Fact-checked by Grok 2 weeks ago

Moskvitch

Moskvich (: Москвич) was a Soviet and automobile brand manufactured at a plant established in 1930 for assembling vehicles, which transitioned to producing original designs under names including , MZMA, , and later OAO Moskvitch, with the first Moskvich-badged car, the 400 series, entering serial production in 1946 as a near-copy of the pre-war K38. The Moskvich-400 and its variants, powered by a 1.1-liter four-cylinder engine producing 23 horsepower, represented the Soviet Union''s initial foray into mass-producing affordable personal cars, with 247,439 units built between 1946 and 1956 to meet demand for compact urban transport. Subsequent models like the Moskvich-407, produced from 1958 to 1963 and noted for its success and award at the 1958 , along with the front-wheel-drive Moskvich-2141 introduced in 1986, underscored the brand''s evolution toward more modern engineering amid persistent challenges in quality and under state-directed . While achieving successes such as victories with the lightweight G-4 racer in the , the manufacturer faced intensifying competition from plants like VAZ and economic disruptions following the Soviet collapse, culminating in proceedings in 2003 and plant closure by 2010; the brand name was subsequently revived in 2022 for assembling Chinese-derived models at a repurposed facility.

Origins and Early History

Pre-World War II Foundations

The plant that would later produce Moskvitch vehicles originated in late 1930 as an automotive assembly facility focused on constructing passenger cars and trucks from imported CKD kits, representing an early Soviet initiative to build domestic manufacturing capacity through . Named the KIM factory after the Communist Youth International () in December 1930, it embodied the regime''s drive to industrialize via mass youth mobilization, with operations commencing in November of that year on a large site in ''s Proletarsky District. The plant''s mandate emphasized affordable, functional small cars for widespread civilian use, contrasting with larger truck production at facilities like . In 1939, the facility was reorganized and renamed the Small Car Factory (MZMA), signaling a transition from mere assembly to indigenous design and production. This shift culminated in the KIM-10, the Soviet Union''s inaugural engineered for mass output, with development drawing directly from the 1939 British for its , body styling, and mechanical layout, including a 1.2-liter inline-four rated at 26 horsepower. Prototypes emerged in April 1940, followed by serial production starting mid-year, though output remained modest due to wartime preparations and supply constraints. By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled, providing limited data on performance—such as a top speed of 85 km/h and of 8-10 liters per 100 km—but establishing critical expertise in small-vehicle fabrication. This pre-war phase underscored the plant''s foundational role in Soviet light automotive engineering, reliant on Western blueprints yet poised for expansion amid the Five-Year Plans'' emphasis on self-sufficiency, though full realization was interrupted by the German invasion.

Wartime Disruptions and Reconversion

In June 1941, following the German invasion of the , the Komsomolsky Avtomobilny Zavod (KIM plant), precursor to Moskvitch, ceased automobile production after assembling fewer than 1,000 KIM-10 vehicles and was partially evacuated eastward to the to safeguard equipment and personnel from advancing forces. The facility''s operations were reoriented toward manufacturing military hardware, including components for weaponry and defense needs, which halted all civilian vehicle output for the duration of the war. The evacuation disrupted the nascent automotive , as machinery and skilled workers were relocated amid chaotic retreats, with itself coming under threat from German advances by late 1941. This shift prioritized wartime imperatives over consumer goods, reflecting broader Soviet industrial mobilization where over 1,500 factories, including automotive , were displaced eastward, involving millions of laborers and resulting in temporary production losses estimated in months to years for reconversion. Postwar reconversion began in 1945 as hostilities ended, with evacuated assets returned to Moscow and the plant redesignated Moskovskiy Zavod Malolitrazhnykh Avtomobiley (MZMA, Moscow Small Car Factory). Rather than resuming KIM models, Soviet authorities opted for reparations from captured German facilities; in June 1945, Joseph Stalin selected the pre-war Opel Kadett design, leading to the transfer of tooling, blueprints, and expertise from Opel''s Brandenburg plant to equip MZMA for mass production. This enabled the debut of the Moskvitch 400 sedan in December 1946, a near-direct copy of the 1938-1940 Opel Kadett K38, with initial output focusing on four-door sedans powered by a 23-horsepower inline-four engine, achieving 26,000 units by 1947 despite material shortages and retooling delays. The transition marked a deliberate pivot to licensed foreign technology over indigenous redesign, prioritizing rapid volume over innovation amid reconstruction demands.

Soviet-Era Development

Postwar Reconstruction and First Generations (1946-1967)

Following the end of , the Moskvitch factory, previously evacuated to Sverdlovsk for military production, was reconstructed in to resume civilian automobile manufacturing. The plant, operating as the Moscow Small Automobile Plant (MZMA), shifted focus from wartime output to passenger cars, leveraging pre-war designs derived from the K38 platform captured as reparations. The first postwar model, the Moskvitch-400 sedan, rolled off the assembly line on December 4, 1946, marking the restart of series production. This four-seater compact featured a 660 cc inline-four engine producing 23 horsepower, achieving a top speed of 90 km/h, and was approved for mass production by Soviet authorities on April 28, 1947. Initial output was limited, with 1,501 units built in 1947, rising to 4,808 in 1948 and 19,906 in 1949, reflecting gradual factory ramp-up amid postwar material shortages. Variants included the Moskvitch-420 cabriolet and the -421 , produced in smaller numbers from 1949. In 1954, the updated Moskvitch-401 introduced a higher-compression yielding 26 horsepower and minor improvements, extending production of the series until 1956 with a total output exceeding 200,000 units across models. These vehicles prioritized simplicity and affordability for Soviet civilians, though quality issues persisted due to reliance on outdated German-derived engineering. By 1956, MZMA transitioned to the , a facelifted evolution with a more modern pontoon-style body while retaining the core 401 mechanicals, including an optional 35-horsepower engine variant as the -407 by 1961. Production of the 402/403/407 series continued through 1964, emphasizing export markets and incorporating hydraulic drum brakes and improved suspension for better road handling. The next major generation, the Moskvitch-408, debuted in 1964 following prototypes from 1960, featuring a unibody construction, 1,078 cc engine with 50 horsepower, and four-speed manual transmission, aimed at family use with enhanced comfort and a top speed of 130 km/h. By 1967, the 408 series had solidified MZMA''s role in Soviet compact car production, with over 100,000 units annually, though persistent shortages of advanced materials limited innovation beyond incremental refinements.

Expansion and Later Generations (1967-1991)

In 1967, AZLK introduced the Moskvitch-412 as an upgraded variant of the 408 series, featuring a new 1.5-liter inline-four engine (UZAM-412) producing 75 horsepower, compared to the 408''s 1.4-liter unit with 50 horsepower. The 412 was produced in parallel with the 408 at the Moscow plant and licensed to the IZh factory in Izhevsk to expand overall output and meet Soviet production quotas. By May 1967, the plant had assembled its millionth vehicle, a Moskvitch-408. The factory, renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968 to honor the Leninist Komsomol youth organization, underwent major reconstruction in 1971. New assembly lines and conveyors were installed, nearly doubling annual production capacity to support growing domestic demand and exports to Eastern Bloc countries. Variants such as station wagons (Moskvitch-426 and -2136) and pickup trucks expanded the lineup, with the 412 series receiving periodic facelifts for improved aesthetics and minor mechanical refinements through the mid-1970s. The 2140 series succeeded the 412 in 1976 as a facelifted modernization, incorporating updated exterior styling, enhanced interior features, and front disc brakes for better handling. Powered initially by a 1.5-liter carbureted delivering 75 horsepower, later versions adopted a 1.7-liter unit with up to 80 horsepower, paired with a four-speed . continued until 1988, with over 500,000 units built, serving as a reliable small in the Soviet market despite criticisms of outdated rear-wheel-drive layout and build quality. By the late 1980s, AZLK initiated development of the front-wheel-drive Moskvitch-2141 "Aleko," announced in 1985 and entering limited serial production around 1988-1990, aiming to modernize the lineup with hatchback styling and independent front suspension inspired by Western designs like the Renault 9. However, economic strains in the waning Soviet era restricted output to prototypes and small batches before 1991.

Post-Soviet Decline

Management Failures and Bankruptcy (1991-2002)

Following the in December 1991, was reorganized as OAO Moskvitch, a , marking the shift from state-directed production to a market-oriented model amid Russia''s . This transition exposed the plant to intense competition from imported , particularly from , which offered superior reliability and features at comparable prices, eroding demand for Moskvitch''s outdated designs like the 2141 "" series introduced in the late 1980s. The 2141 suffered from chronic quality defects, including rapid body corrosion, electrical failures, and poor paint adhesion, rendering it uncompetitive and contributing to declining sales. Management''s inability to secure sufficient for modernization exacerbated the downturn, as the firm lacked the reserves of larger like and prioritized short-term production of incomplete or substandard vehicles during irregular operations in the early . Production volumes plummeted in the late due to falling demand and disruptions, with output further crippled by the 1998 ruble devaluation and banking crisis, which amplified debt burdens and halted credit access. Tax defaults accumulated, prompting unsuccessful government bankruptcy attempts as early as 1997, while chronic underfunding prevented development of viable new models. By early 2002, escalating debts led to operational shutdowns, including a power cut by Mosenergo for unpaid bills, idling the assembly line after minimal output of the final 2141 variants in 2001. OAO Moskvitch filed for in 2002, with proceedings formalized amid 33 billion rubles in liabilities, culminating in official by 2006; this reflected broader post-Soviet industrial failures, where mismanaged and resistance to doomed smaller manufacturers unable to adapt to global standards.

Foreign Ownership Under Renault (2002-2022)

In the aftermath of OAO Moskvitch''s filing in 2002, which halted all vehicle production at the facility, a significant portion of the disused plant was repurposed by OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) and SA (62% stake). Avtoframos, initially focused on assembling sedans at a smaller site, relocated and expanded operations to the Moskvitch grounds in 2004, constructing new assembly lines to capitalize on the available infrastructure amid Russia''s growing automotive market. This move marked the effective foreign involvement in the site''s operations, though it did not revive the Moskvitch brand, which remained dormant as the focus shifted to -branded vehicles. Production commenced in 2005 with the assembly of the (a rebadged model) from complete knock-down (CKD) kits imported from , targeting Russia''s demand for affordable sedans. Output rapidly scaled, reaching 69,000 vehicles in 2007 and 73,000 in 2008, primarily Logans but expanding to include models like the Sandero and later the Duster . By 2012, had acquired full ownership of Avtoframos (renamed in 2008), increasing its stake to 100% and investing in local content requirements to meet government mandates for domestic production, which rose from initial CKD assembly to higher localization rates over time. The facility became a key hub for Renault''s operations, producing over 1.2 million vehicles cumulatively by 2019, though it faced periodic challenges from dependencies on imported components and fluctuating values. Under Renault''s management, the plant emphasized cost-effective assembly for mass-market models suited to conditions, such as reinforced suspensions for poor roads, but innovation in proprietary designs was limited, with production reliant on and supply chains. Annual capacity expanded to around 200,000 units by the mid-2010s, contributing to Renault''s peak market share in exceeding 30% before geopolitical tensions. The era ended abruptly in May 2022, when Renault Group divested its 100% ownership of to the city government for a nominal sum, citing following ''s invasion of ; the sale included a six-year buyback option but effectively transferred control back to municipal ownership. This handover preserved approximately 11,000 jobs but terminated Renault''s direct operational role, paving the way for the site''s reorientation toward domestic revival efforts.

Contemporary Revival

Reacquisition and Relaunch (2022)

In May 2022, Renault Group divested its Russian operations amid Western sanctions following Russia''s invasion of Ukraine, selling its Moscow manufacturing plant to the Moscow city government for a symbolic amount. The facility, originally the AZLK plant and dormant since the brand''s earlier decline, was designated for revival under the historic Moskvich name to safeguard approximately 2,500 jobs and resume automotive production. Moscow Mayor Sergei Sobyanin announced the reacquisition on May 16, 2022, emphasizing the plant''s role in producing vehicles under the Moskvich marque, with initial operations supported by a partnership involving Russian truck manufacturer for assembly, sales, and distribution. The relaunch focused on semi-knocked-down (SKD) assembly of imported components, primarily from China''s , rather than indigenous design. Production officially commenced on November 23, , with the debut of the Moskvich 3 compact crossover, a rebadged featuring a 1.5-liter turbocharged (150 ) or electric powertrain options in the Moskvich 3e variant. The plant targeted output of 600 units by December , including 200 electric models, scaling to 50,000 annually thereafter through expanded localization. This approach leveraged foreign to bypass sanctions-induced supply disruptions, though it drew for lacking original technological input.

Current Operations and Chinese Collaboration (2022-2025)

Following ''s exit from in May 2022 amid Western sanctions related to the conflict, the city government acquired the former for a symbolic one and relaunched it as the Moskvich Automobile , aiming to resume under the historic Moskvich . restarted in November 2022 using semi-knocked-down kits imported from , with initial output limited to around 600 vehicles in December 2022. The , located in , focuses on large-unit assembly rather than full manufacturing, with plans to invest five billion s (approximately $82 million at the time) to scale up to 50,000 units annually by 2023. The core of Moskvich''s operations involves collaboration with automaker JAC Motors, providing platforms, designs, engineering, and components for rebadged vehicles adapted for the Russian market. This partnership, facilitated through Russian truckmaker , enables semi-knocked-down assembly where major subassemblies arrive from for final integration at the Moscow facility, with gradual localization of parts to reduce import dependency. Current models include the Moskvich 3 crossover (based on the JAC JS4/), its electric variant Moskvich 3e, the Moskvich 6 sedan (derived from a JAC platform), and the Moskvich 8 crossover, all produced via this JAC-sourced process. By mid-2023, localization efforts had increased, though vehicles remain heavily reliant on imports for , engines, and other key systems. Production and sales have grown steadily but faced financial challenges, with over 15,300 vehicles sold in Russia from March 2023 through year-end, generating 59.2 billion rubles in revenue but a net loss of 8.6 billion rubles due to high costs and scaling issues. In 2024, sales exceeded 23,000 units, including 2,400 Moskvich 6 sedans and 1,300 Moskvich 3e electrics, with monthly figures reaching 2,200 in April. Through the first half of 2025, cumulative sales totaled 7,400 units, with June alone at 1,100; the Moskvich 8 crossover launched for sale on July 22, 2025, starting at 2.98 million rubles. Operations continue to emphasize JAC collaboration, though reports in October 2025 indicated potential expansion to SAIC platforms for a new M90 model based on the MG RX9, with large-scale assembly of the M70 variant targeted by year-end. Despite output growth, the plant''s viability hinges on sustained Chinese supply chains amid ongoing sanctions limiting Western alternatives.

Planned Expansions and Challenges

The Moskvich automobile plant announced plans in October 2025 to commence large-scale assembly of the new M70 model by the end of the year, aiming to expand its lineup beyond rebadged Chinese vehicles like the Moskvich 3. This initiative follows the September 2025 launch of an in-house center, intended to support independent engineering and reduce reliance on foreign designs. Earlier projections from 2022 targeted annual production of up to 100,000 units, including electric variants, with gradual increases in localization to achieve a "fully national" vehicle by 2025 through expanded CKD assembly and domestic component sourcing. Despite these ambitions, Moskvich has encountered significant hurdles in scaling operations. Sales in fell 42% in 2025 compared to the prior year, reflecting broader market saturation by unsubsidized Chinese imports and waning initial demand for rebadged models. First-quarter 2025 sales dropped 55% year-over-year, partly due to the exhaustion of bulk fleet purchases that boosted early figures. Localization efforts remain stalled, as Chinese partners hesitate to invest deeply amid Western sanctions limiting technology transfers and supply chains, perpetuating dependence on semi-knocked-down kits from firms like JAC. Overall vehicle production declined 2% in the first seven months of 2025, exacerbating competitive pressures on state-backed brands like Moskvich.

Models and Variants

Historic Models by Generation

The first generation of Moskvitch vehicles, produced from 1946 to 1956, consisted primarily of the Moskvitch 400 and 401 series sedans, along with variants such as the 420 models. These were direct adaptations of the pre-World War II K38, utilizing captured German tooling and designs acquired from an East German factory, achieving approximately 97% parts commonality with the original. The initial 400 sedan featured a 1.1-liter inline-four engine producing 23 horsepower, enabling a top speed of around 90 km/h, while the updated 401 from increased output to horsepower through improved carburetion and . Variants included convertibles (400-420A, produced 1949-1954), wagons (400-421, 1948-1950), and (400-422, 1948-1956), with total production exceeding 247,000 units, including over 17,000 convertibles. The second generation, spanning 1958 to 1964, introduced the Moskvitch 407 as the core model, marking a shift toward Soviet-engineered styling while retaining mechanical similarities to the prior series. The 407 featured a restyled with a more rounded aesthetic, a 1.2-liter delivering about 40 horsepower, and a top speed of 115 km/h, making it suitable for export markets where it earned a at in . Key variants included the 403 transitional model (1962-1964), the 423/424 station wagons (1958-1959, first Soviet production wagons capable of carrying 250 kg), and pickup trucks like the 431. Production emphasized affordability and reliability for urban use, though specific totals for this era remain less documented than the first generation. The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412 sedans, representing a more independent design with unibody construction and improved ride quality. The 408, entering mass production in 1965, offered a 1.3-liter engine with 50 horsepower, while the upgraded 412 from 1967 introduced a 1.5-liter unit producing 75 horsepower, achieving top speeds near 150 km/h and competing in performance with Western contemporaries like the Opel Kapitan. Variants included export-oriented models, taxis (411), and off-road adaptations (410), with the series noted for its boxy, polarizing aesthetics but functional durability in harsh conditions; exports reached markets like Cuba. The fourth historic generation began with the in the late , transitioning to and more modern engineering amid perestroika-era reforms. Designed from 1986 and entering limited production by 1990, it featured a 1.6-liter derived from VAZ components, , and a hatchback-like profile for improved space efficiency, though build quality issues persisted due to supply constraints. This model signified an attempt at elevating Moskvitch toward international standards before the Soviet collapse, with production continuing into the post-1991 period under OAO Moskvitch.

Modern Rebadged Models

The is a compact crossover SUV assembled in since November 23, 2022, at the former , representing the brand''s initial post-revival offering. This model is a rebadged and locally assembled variant of the Chinese JAC (also known as JS4), utilizing semi-knocked-down kits imported from JAC Motors under a partnership involving Russian truck producer . Production employs large-unit assembly, where major components like and originate from JAC, enabling classification as Russian-made under local content rules despite limited domestic value addition. The features a 1.5-liter turbocharged producing approximately 150 horsepower, paired with a , and offers as standard. An electric variant, the , followed shortly after, mirroring the with a enabling a range of around kilometers and a single output of 174 horsepower. Both 3 and 3e models prioritize affordability for the , with base prices starting near 2.5 million rubles in 2023, though sales have been hampered by quality issues traced to Chinese suppliers, including electronic failures and poor fitment reported in early units. The Moskvitch 6, certified in July 2023 and entering thereafter, is a derived from the 2021 JAC , maintaining the Chinese design''s 1.5-liter turbocharged gasoline engine rated at 174 horsepower. Like its sibling, assembly occurs via SKD kits at the Moscow facility, with visible JAC branding on components underscoring the heavy reliance on imported parts. This model targets urban buyers seeking a more -oriented option, but volumes remain modest, contributing to the brand''s entry into Russia''s top-10 sellers by late 2023 through aggressive pricing rather than technological distinction. These rebadged offerings reflect a strategy of rapid market re-entry amid sanctions, leveraging engineering to bypass full domestic development, though localization efforts aim to increase content to 50% by 2026 per government mandates. Planned expansions include the Moskvitch 5 crossover starting in 2024 and a potential M70 model based on the by late 2025, both anticipated to follow similar from platforms like SAIC.

Engineering and Production

Design Influences from Western Copies

The Moskvich 400 series, introduced with the first unit assembled on December 4, 1946, was directly derived from the pre-World War II K38 design. Soviet engineers reverse-engineered the model using schematics and tooling seized from ''s Rüsselsheim factory after the war''s end in , adapting the chassis, body panels, and while substituting a domestically produced 23-horsepower inline-four engine for the original unit. Production of variants like the 400, 401, and 402 continued until 1956, yielding approximately 248,000 sedans and convertibles with a top speed of 90 km/h. Preceding the Moskvich brand, the Moscow plant''s KIM-10 prototype of 1940 drew inspiration from the British , incorporating similar hood, windscreen, and compact sedan proportions, building on earlier licensed assembly of Model A vehicles starting in 1930. Subsequent generations maintained this pattern of Western emulation. The Moskvich 408, entering production in 1964, was influenced by the 1962 , featuring updated styling with a boxier profile and expanded interior space over prior models. This evolved into the 412 variant in 1967, which retained the Opel''s influence in layout but incorporated a cloned 1500-series engine producing 75 horsepower. The Moskvich 2141, unveiled in 1986 as a front-wheel-drive hatchback, borrowed elements from the 1308 (also known as 1308), including mounting and , under the export name ; over 716,000 units were built until 2002. These adaptations highlighted the factory''s reliance on appropriated or studied foreign technologies to accelerate development amid limited indigenous automotive R&D capabilities.

Manufacturing Processes and Technological Limitations

The Moskvitch automobiles were primarily produced at the Moscow-based (Automobile Factory named after Lenin ) plant, originally established as MZMA in 1930 and expanded post-World War II. Manufacturing processes relied on conventional methods such as hydraulic stamping of body panels from low-carbon steel sheets sourced domestically, resistance along assembly lines, dip painting for resistance, and manual-semi-automated final assembly on overhead conveyors introduced in the . Engine blocks for models like the 408 and 412 series were cast in aluminum heads with iron blocks, machined on multi-spindle transfer lines adapted from imported designs, with honing and grinding performed in batches to meet annual production quotas exceeding 200,000 units by the . Technological limitations stemmed from equipment obsolescence and inconsistent material quality, as Soviet presses and machine tools often operated beyond design life without advanced computer (CNC) until the late , leading to tolerances varying by up to 0.5 mm in critical components like pistons and valves—far exceeding Western standards of under 0.01 mm. was rudimentary, emphasizing end-of-line inspections over in-process monitoring, which allowed defects such as misaligned doors and porous castings to persist, contributing to failure rates where up to 30% of engines required rework before installation. In the post-Soviet era under ownership from 2002 to , the plant adopted modular assembly and robotic welding, boosting precision and reducing defects, but the nationalization and shift to rebadged JAC designs introduced new constraints: semi-knock-down (SKD) kits are assembled using the inherited lines, yet full localization remains limited to under 20% due to sanctions restricting access to semiconductors, advanced alloys, and software for systems. This hybrid approach exacerbates dependency on imported components, with bottlenecks from supply disruptions reported in 2023, capping output at around 1,000 units monthly against a 100,000 annual target.

International Production and Markets

Licensed Assemblies Abroad

In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech during the 1960s and 1970s, utilizing Soviet-supplied complete knock-down kits and marketed locally under the Rila brand. These vehicles, produced in limited numbers primarily for the domestic market, incorporated minor local adaptations but remained fundamentally dependent on Moscow-origin components, reflecting the era''s Comecon economic integration among socialist states. Production emphasized affordability and basic utility, with annual output estimated in the low thousands, though exact figures remain undocumented in available records. The sedan, introduced in 1986 as AZLK''s front-wheel-drive successor to earlier rear-drive models, underwent brief licensed assembly in during the late , again by Balkancar or affiliated facilities, to meet regional demand before the model''s discontinuation amid Soviet economic strains. This effort involved CKD kits and targeted export to nations, but output was minimal—likely fewer than 1,000 units—due to technological transfer limitations and impending political changes in the region. In , hosted significant CKD assembly of Moskvitch models by importer Scaldia-Volvo SA (formerly Sobimpex) in Seneffe and from the early 1960s through the 1970s. Models such as the 402, 407, and 412 were built from Soviet kits, often retrofitted with 1.6-liter diesel engines (producing around 42-50 hp) to suit local preferences for and taxation, and sold as Scaldia-badged variants for markets including , the , and . Annual assembly volumes reached several hundred units in peak years, serving as an entry point for Soviet autos in capitalist economies, though reliability issues and competition from established Western brands curtailed longevity. No evidence exists of substantial licensed Moskvitch production in other countries, such as or , where vehicles were instead imported for direct use or informal repairs rather than formal assembly lines. These foreign efforts, while extending the brand''s reach, highlighted inherent design constraints like outdated engineering and poor parts quality, often requiring importer modifications to achieve marginal market viability.

Exports and Limited Global Presence

During the Soviet era, Moskvitch vehicles were exported primarily to countries and select Western and developing markets, with up to 50% of Moskvitch 407 production allocated for foreign sales, totaling 120,903 units over its run from 1958 to 1964. These exports targeted nations like , , , and as early as the 1950s, with the 408 model marketed as the "Moskvitch Elite" in . In 1968, exports accounted for 55% of output, reaching diverse destinations including , , and . Significant shipments went to , where thousands of Moskvitch cars arrived in past decades, contributing to their prevalence alongside models due to in harsh conditions. Efforts to penetrate the U.S. in the late and faltered amid quality concerns and from established , limiting broader Western adoption. Overall, exports remained confined to socialist allies and niche markets, reflecting technological constraints and the brand''s focus on domestic mass production rather than global competitiveness. The 2022 revival of Moskvitch, utilizing rebadged Chinese JAC designs produced at the former plant, has shown no substantial international exports as of October 2025, with sales concentrated in where it captured a 1.7% in November 2023. A proposed shipment of 50 units—25 gasoline models and 25 electric Moskvitch 3e—as taxis to in 2025 represents a minor exception, aimed at competing with aging Soviet-era vehicles rather than establishing wider presence. This restricted scope underscores ongoing geopolitical isolation and reliance on domestic demand amid sanctions limiting parts sourcing and .

Economic and Societal Role

Contributions to Industrialization and Mobility

The establishment of the Small Automobile Plant (MZMA) in the late , as part of the Soviet Union''s drive to expand light vehicle manufacturing during the second (1933–1937), marked an early contribution to diversifying the automotive sector beyond heavy trucks and elite sedans produced at facilities like . The plant''s initial output of KIM-10 compact cars in demonstrated nascent capabilities in small-scale assembly, training a workforce in and fostering supplier networks for components such as engines and , which supported broader industrial growth in and . This infrastructure laid groundwork for post-war expansion, with the facility employing thousands and integrating into ''s urban industrial base amid Stalin-era priorities for mechanized consumer goods. Post-World War II reconstruction amplified the plant''s role, as production of the Moskvitch 400 series commenced in December 1946, ramping from 1,501 units in 1947 to 19,906 by 1949, aiding economic recovery by prioritizing compact, rear-engine designs suited for limited infrastructure. Successor models like the Moskvitch 407 (1958–1964) achieved higher volumes, with annual output exceeding 100,000 vehicles by the early 1960s, introducing features such as improved suspension for rudimentary roads and the USSR''s first variant (Moskvitch 423) in 1957, which enhanced utility for cargo and family use. By the , cumulative production approached several million units, employing up to 30,000 workers and contributing to skill transfer in assembly techniques, though output remained constrained by material shortages and centralized planning. In terms of , Moskvitch vehicles provided limited but notable access to personal transport in a dominated by systems like buses and , where private hovered below 50 per 1,000 people in the compared to over 400 in . Affordable relative to models, Moskvitch enabled modest family outings, rural , and professional for engineers and officials, with waiting lists of 3–10 years reflecting demand amid scarcity; exports of up to half of certain runs to nations further disseminated Soviet engineering but prioritized domestic allocation for urban workers. This fostered incremental automobility, supporting and light , though chronic quality issues and fuel inefficiencies tempered broader societal transformation.

Employment Impacts and Workforce Realities

The Moskvich plant, originally established as MZMA in and later , employed thousands of workers during the Soviet era, forming a key part of Moscow''s industrial base and contributing to the broader automotive sector''s labor force of over 722,000 by 1972. This supported and skill development in , though output per worker lagged due to systemic inefficiencies in central planning. Workforce realities in the Soviet period mirrored broader industrial challenges, including chronic high labor turnover, , alcohol-related disruptions, and low motivation under rigid quotas that prioritized over . These issues stemmed from guaranteed without easy dismissal, fostering indiscipline that hampered ; for instance, efforts in the 1950s involved rapid hiring of over 1,500 new workers at Moskvich amid growing production demands. In the 2022 revival, following Renault''s suspension of operations at its Moscow plant in March 2022 amid Western sanctions, the city government assumed control to retain jobs, preserving employment for 2,045 workers with an average age of 38 and 8 years of tenure. Industry Ministry projections claimed full-scale production could add 40,000 jobs, tied to a target of 100,000 vehicles annually, though initial output focused on assembling rebadged Chinese models like the JAC , limiting immediate expansion. The mitigated short-term risks in Moscow''s sector, where sanctions contributed to contractions and job cuts by mid-2025, but to new suppliers and designs raised concerns over skill mismatches and . Overall, while providing for a core group, the initiative highlighted dependencies on state intervention rather than market-driven growth, echoing Soviet-era patterns of employment preservation over efficiency.

Criticisms, Controversies, and Failures

Persistent Quality and Reliability Deficiencies

Throughout its history, Moskvich vehicles suffered from chronic build quality shortcomings, including thin-gauge steel susceptible to rapid corrosion, misaligned body panels, and incomplete assemblies that required post-purchase disassembly to rectify factory defects. Models such as the 408, produced from 1964 to 1975, were officially acknowledged by Soviet authorities for pervasive defects, including unreliable engines prone to starting failures and defective crankshafts. Electrical systems frequently malfunctioned, with issues like faulty high-voltage components and non-operational interior lighting reported even in new units. Braking systems exemplified reliability lapses, as hydraulic components such as wheel cylinders leaked consistently, causing vehicles to pull unpredictably and compromising . The Moskvich 412, manufactured from 1967 to 1982 with over 900,000 units produced, featured a stiff, uncomfortable ride from crude rear springs and a noisy, rough 1.5-liter sensitive to substandard quality, further exacerbated by vague gearboxes and crumbling interior plastics over time. Export variants demanded extensive importer interventions to address missing trim, broken instruments, and mechanical gremlins, underscoring inferior domestic standards relative to Western contemporaries. The 2022 revival, rebranding Chinese JAC JS4 as the Moskvich 3, perpetuated these deficiencies through cost-cutting measures, manifesting in subpar materials, inadequate sound insulation, and selective features like auto up/down windows limited to the driver only. A small battery ill-suited for harsh Russian winters and projected real-world fuel consumption of 11-12 liters per 100 km—far exceeding official figures—highlighted ongoing reliability gaps, alongside public backlash over inflated pricing that failed to match perceived value against established competitors. These issues reflect persistent challenges in assembly precision and component durability, unmitigated by the shift to imported platforms.

Corruption, Inefficiency, and Central Planning Shortcomings

The Moskvich factory exemplified the inefficiencies inherent in Soviet central planning, where production was frequently halted by chronic shortages of components and materials due to uncoordinated supply allocations across ministries. At the plant, main assembly conveyors experienced protracted stoppages almost daily in the , often triggered by the absence of specific parts one day and raw materials the next, as planners prioritized aggregate output targets over reliable . This reflected broader systemic shortcomings, as Gosplan''s top-down directives failed to adapt to local production realities, resulting in idle machinery and underutilized capacity despite nominal plan fulfillment. Labor discipline at further compounded these issues, with high rates of , turnover, and deliberate slow work undermining output quality and quantity. Workers, lacking performance-based incentives under the egalitarian wage system, often engaged in unofficial breaks or "storming" rushes at period ends to meet quotas, producing incomplete or defective vehicles like the Moskvich 2141 models rushed without proper testing. Central planning''s emphasis on gross indicators over consumer satisfaction perpetuated this, as factory managers prioritized reporting inflated numbers to secure bonuses and resources, sidelining reliability and . By the late , such practices contributed to AZLK''s inability to compete even within the Soviet market, with production irregularity foreshadowing the plant''s post-USSR collapse. Corruption permeated the automobile sector, including at plants like AZLK, where officials exploited shortages to extract bribes for allocating scarce parts or assigning vehicles outside official channels. In the USSR''s "automobile age," bribery became rampant as citizens faced multi-year waitlists for cars, with factory insiders and ministry bureaucrats trading influence for personal gain, often inflating production figures to mask deficits. While specific Moskvich scandals were not publicly detailed due to state opacity, systemic graft—such as diverting materials to black markets or falsifying quota compliance—eroded efficiency, as managers balanced plan adherence with illicit networks rather than operational improvements. This corruption, rooted in the absence of market accountability, reinforced central planning''s causal flaws: misaligned incentives fostering rent-seeking over productive coordination.

Geopolitical Dimensions of the 2022 Revival

The revival of Moskvitch production in occurred amid sanctions imposed following Russia''s of Ukraine on February 24, , which prompted major foreign automakers, including , to exit the Russian market. On May 16, , the city government acquired ''s plant—historically the original Moskvitch facility—for a nominal sum of 1 , with retaining a six-year buyback option that was not exercised, effectively nationalizing the asset as the first major foreign since the . This move was presented by Russian officials, including Mayor Sergei Sobyanin, as a patriotic restoration of a Soviet-era to fill the void left by departing firms and promote domestic automotive capacity. The geopolitical strategy emphasized import substitution and technological sovereignty, but implementation relied heavily on partnerships with to circumvent sanctions restricting access to Western components and supply chains. Production of the crossover commenced on November 23, 2022, at the repurposed plant, utilizing semi-knocked-down (CKD) kits from Chinese automaker JAC Motors, with the vehicle based on the JAC Sehol JS4 platform, including its design, engineering, and core parts imported from . This arrangement allowed to rapidly resume output—reaching the top 10 best-selling brands by December 2023 with over 40,000 units sold that year—while framing the brand''s return as a symbol of resilience against economic pressure from the and . However, the dependence on Chinese suppliers highlighted the limits of de-Westernization efforts, as full localization remained elusive, with ongoing processes involving up to 70% imported content as of 2023. This pivot underscored Russia''s broader realignment toward non-Western alliances, particularly with , as a counter to sanctions that halved automotive production in and exacerbated parts shortages. JAC''s involvement, despite risks of secondary U.S. sanctions targeting entities aiding sanctioned Russian firms, facilitated parallel imports and CKD assembly, enabling to bypass export controls on high-tech components from and . Russian state media and officials portrayed the initiative as evidence of economic adaptability and rejection of "unfriendly" foreign influence, aligning with narratives of propagated since the 2014 . Yet, analysts noted that such rebadging of Chinese vehicles represented a temporary workaround rather than genuine industrial revival, potentially straining Sino-Russian ties if prioritized global partnerships over deeper integration with amid escalating Western penalties. By 2025, persistent challenges in localizing production illustrated the geopolitical trade-offs: short-term circumvention of isolation at the cost of technological dependency and vulnerability to supply disruptions.

Legacy and Evaluation

Achievements in Mass Production

The AZLK Moskvitch plant reached a key production milestone on May 18, 1967, when it assembled its one millionth vehicle, a Moskvitch 408 sedan, underscoring the factory''s role in scaling up Soviet small-car output after World War II. This achievement reflected cumulative efforts starting from the postwar Moskvitch 400 series (1946–1956), which delivered 216,000 sedans and 17,000 cabriolets, adapting prewar KIM designs to meet domestic demand for compact, economical transport. Subsequent models amplified volume: the Moskvitch 407 (1958–1963) yielded 359,980 units, with exports accounting for 120,903 vehicles, or roughly one-third of output, primarily to nations and select Western markets like and . This export share highlighted the plant''s efficiency in producing standardized, rear-wheel-drive sedans suited for mass assembly lines, despite relying on updated 1940s-era engineering. The transition to the 408/412 series from 1964 onward sustained annual outputs in the tens of thousands, with the 412 alone continuing production into the late 1970s at and licensees like IZh, contributing to over 800,000 units across variants. These volumes positioned Moskvitch as a of Soviet motorization, enabling personal ownership for urban families where cars remained scarce relative to —total Soviet passenger car production hovered below 1 million annually by the , with claiming a significant portion of small-class output. Factory expansions, including Renault-assisted modernization in the , further boosted throughput, though constrained by central planning''s emphasis on quantity over refinement.

Cultural and Symbolic Importance

In the Soviet Union, the Moskvich automobile symbolized the attainment of mass mobility and modest personal affluence for urban workers, serving as one of the few domestically produced passenger cars available to civilians beyond elite circles. Introduced models like the Moskvich-401 in 1954 represented the state''s initial efforts to provide affordable transport, aligning with post-World War II industrialization goals that prioritized small, economical vehicles for the proletariat. By the 1970s, private car ownership, including Moskvich models, emerged as an emblem of the regime''s responsiveness to consumer demands, though wait times often exceeded a decade due to production constraints. Culturally, the Moskvich evoked reliability and everyday utility in Soviet narratives, appearing in media as a marker of ordinary achievement rather than luxury. Its presence in films like the 2014 production Moskvitch, Mon Amour underscores a nostalgic attachment, portraying the car as a cherished of Soviet-era aspirations for an immigrant protagonist who saved for decades to own one. The brand''s name, deriving from "," reinforced ties to the capital''s industrial prowess, while emblems incorporating star-like motifs aligned with broader Soviet iconography of progress and collectivism. The 2022 revival of Moskvich production at the former plant has been leveraged by authorities as a symbol of economic and defiance against Western sanctions imposed following the invasion, rekindling a "mythical" Soviet legacy to foster national pride. However, the vehicles, such as the Moskvich 3 crossover, are essentially rebadged JAC models assembled via semi-knocked-down kits, highlighting reliance on foreign technology over despite promotional narratives of . This resurrection, initiated after ''s 2022 exit for a nominal one-rouble , achieved top-10 rankings in by late 2023, underscoring its role in state-driven import substitution more than a genuine resurgence of Soviet automotive .

Objective Assessment of Long-Term Viability

The revived Moskvitch brand, operating from the former Moscow plant under state control since 2022, has demonstrated limited commercial sustainability, with production and sales volumes falling short of initial targets of 100,000 units annually. In 2023, the company reported a net loss of 8.6 billion rubles under Accounting Standards, a 3.6-fold increase from the prior year, despite revenue growth to 59.2 billion rubles driven by initial market entry. By June 2025, monthly sales reached 1,100 units, a modest 4% year-over-year increase, representing under 0.1% of Russia''s total new car market of approximately 1.57 million units in 2024. These figures underscore operational inefficiencies, including high costs of sales at 57.5 billion rubles in 2023 and reliance on imported components from JAC, which constrain scalability amid vulnerabilities. Technological and competitive hurdles further erode long-term prospects, as Moskvitch vehicles—primarily rebadged models like the Moskvich 3 crossover—lack indigenous innovation and advanced features competitive with established Chinese entrants dominating Russia''s market, which captured over 50% share by 2024. Sanctions following the 2022 have severed access to , R&D, and financing, exacerbating a broader in domestic capabilities where production plummeted 96.7% in mid-2022 before partial recovery via parallel imports. feedback on new models highlights reliability concerns tied to unproven JAC underpinnings, with sparse reviews noting adequate but inferior build and electronics compared to rivals like or . Historical Moskvitch iterations suffered persistent deficiencies in durability and refinement, a legacy unaddressed in the revival''s assembly-focused approach, which only achieved 18-fold localization gains by May 2024 without substantial value-added manufacturing. Geopolitically, the brand''s viability hinges on sustained state subsidies and , yet persistent losses and financing constraints signal unsustainability absent diversification or success, which remains negligible. Russia''s automotive sector faces entrenched challenges from dominance and talent exodus, rendering symbolic revivals like Moskvitch more akin to nationalist endeavors than viable enterprises capable of enduring without perpetual government support. Empirical trends indicate contraction risks, with industry analysts forecasting long-term stagnation unless barriers to lift, an improbable scenario under current isolation.

References

  1. [1]
    ''Moskvitch'': the triumph and sad end of a famous Moscow car plant ...
    Jul 28, 2020 · It was first created in 1965. As it wasn''t a mass model, only three cars were ever produced. The construction of this racing car was based on ...Missing: manufacturer | Show results with:manufacturer
  2. [2]
    About Moskvich 400-420: car specifications and history of creation
    Moskvich 400 is a prominent representative of the Soviet midget car of the post-war years, which was produced on MZMA plant from 1946 to 1956.Missing: manufacturer | Show results with:manufacturer
  3. [3]
    Russia revives Soviet-era Moskvich brand with Chinese model
    Nov 23, 2022 · It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich, for another ruble. With just 600 vehicles slated for production ...
  4. [4]
    KIM-10-50 - Passenger cars AZLK - uCoz
    KIM-10-50 - the first Soviet serial compact car, the basis of which the design was taken by the British «Ford Prefect» of 1939. History
  5. [5]
    10 famous Soviet cars ''driven'' by Western ideas - Russia Beyond
    Jan 27, 2018 · The KIM-10 was the first model of the Soviet subcompact cars inspired by the British Ford Prefect. The Soviet car got the modern design of the hood, windscreen ...
  6. [6]
    The Soviet KIM 10-50 subcompact. Made in 1940 - All PYRENEES
    Apr 24, 2017 · Made in 1940. KIM-10 was the first Soviet small car designed for large-scale mass production. In December, 1930 the Moscow State Automotive ...
  7. [7]
    Moskvich: a Soviet trendsetter, inspired by Ford and Opel
    Nov 6, 2015 · This car is now a rarity, since the plant managed to assemble just 450 units before the Nazi invasion in June 1941. After the capitulation of ...
  8. [8]
    OAO ''Moskvitch'' / Moskovskiy Avtosborochniy Zavod
    KIM''s goal was to provide the Soviet people with cheap, but functional cars. The plant had occupied quite a big area along the Ostapovskoe Highway (now known as ...
  9. [9]
    MOSKOVICH | gamas43 - WordPress.com
    Moskvitch (Russian: Москвич) (also written as Moskvich, Moskvič or Moskwitsch) was a Soviet/Russian automobilebrand produced by AZLK from 1946 to 1991 and ...
  10. [10]
    The evacuation of the Soviet aviation industry in 1941 - vvs air war
    Aug 26, 2016 · In 1941, 1,523 Soviet plants, including 100 aviation facilities, were moved east, with 10 million workers, to avoid German annihilation. The ...Missing: MZMA Moskvitch<|separator|>
  11. [11]
    400 - Passenger cars AZLK - Moskvich
    Moskvich-400 - Soviet passenger car of small Germany, produced at the Plant of small cars in Moscow (ZMA, later - МЗМА) from December 1946 to 1954.
  12. [12]
    This Long Dead Russian Carmaker Just Returned From the Crypt ...
    Nov 24, 2022 · Using the schematics left over from the Opel Kadet/Olympia K38 platform, the company built the Moskvitch 400-420 starting in December 1946. From ...
  13. [13]
    71 years ago: The first Moskvich-400 car assembled in Moscow
    Dec 4, 2017 · On Dec. 4, 1946 the first “Moskvich-400” car was assembled at the Moscow Compact Car Factory (AZLK). The four-seater car had a top speed of ...Missing: Moskvitch | Show results with:Moskvitch
  14. [14]
    Black Moskvitch 400-420 - All PYRENEES
    Jul 24, 2018 · Approved for mass production by the Soviet government on 28 April 1947, 1,501 were built the first year, with 4,808 for 1948 and 19,906 in 1949, ...<|separator|>
  15. [15]
    They are unable: why the Russian Moskvitch plant is doomed to failure
    Jul 10, 2022 · Moskvitch-2141 and decline of the 90s And the problem was not in copying, but in everything else: poor quality of components and general ...
  16. [16]
    Book of the Dead — Moskvitch (Part One) - Driven to Write
    Sep 16, 2024 · The beginnings of Moskvitch lie in a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA for the ...
  17. [17]
    Curbside Classic: 1974 AZLK Moskvich 412 – Cod War Icon
    Oct 5, 2023 · ... Soviet Union, set up their own car-making line in the mid-''60s to help Moskvich reach their production quotas. The Izh 412 was a carbon copy ...
  18. [18]
    The millionth Moskvitch 408 - All PYRENEES · France, Spain, Andorra
    Sep 24, 2017 · In May 1967, a millionth car came out of the line of the Moskvitch factory in Mocow. It was the Moskvitch 408. Power – 50 hp.Missing: models expansion
  19. [19]
    Moskvitch-412 - All PYRENEES
    Mar 26, 2024 · At AZLK, both models were produced in parallel until 1976, and then, after another restyling and modernization, production continued under the ...Missing: 1967-1991 expansion<|separator|>
  20. [20]
    History of Moskvich-412 | Avtoclassika - Autoclassic
    The Moskvich-412 was produced from 1967-1997 (Moscow) and 2001 (Izhevsk), related to the 408, with a new engine, safety improvements, and a new body design in ...
  21. [21]
    Moskvich 2138-2140-2136-2137 data and specifications catalogue
    Cars belonging to Moskvich 2140 Sedan submodel, manufactured or offered in the years 1976-1988 with sedan body type, equipped with engines of 1478 - 1760 cc ...
  22. [22]
    Moskvich 2140 1.5 (75 Hp) | Technical specs, data, fuel ...
    Specs of Moskvich 2140 1.5 (75 Hp) /1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988/ ; 8.8:1 · 2 · Carburettor · Naturally aspirated ...
  23. [23]
    Moskvitch 2141 Aleko - MAR Online
    Mar 14, 2023 · The Moskvitch 2141 was a successor to the 412, designed to fill the gap between the 412 and Volga, and the base of a wider model range.
  24. [24]
    Of Human Interest: News-lite - UPI.com
    AZLK was once the flagship of Russia''s auto industry, but growing competition from used-car importers from Western Europe forced it to the brink of bankruptcy ...
  25. [25]
    Moskvitch 2141 Aleko - Wikicars
    Aug 24, 2010 · It was first announced in 1985 and was manufactured between 1986 and 2001 years. From 1997-2001 an upgraded Aleko, which was renamed to ...
  26. [26]
    [PDF] THE POST-SOVIET AUTOMOBILE INDUSTRY FIRST ... - GERPISA
    The only Post- Soviet plant located outside the CIS in Latvia (RAF in Elgava) practically stopped in 1997. Owing to the crisis the automotive industry " ...Missing: Moskvitch era
  27. [27]
    Business | Scrapyard beckons for Soviet legend - BBC NEWS
    Apr 22, 2003 · And being small, the firm lacked the financial muscle to thrive during 1998, when the rouble was devalued and many banks failed. Silver lining.
  28. [28]
    RUSSIAN GOVERNMENT FAILS TO BANKRUPT TAX ...
    Jan 9, 1997 · RUSSIAN GOVERNMENT FAILS TO BANKRUPT TAX-DEFAULTING AUTO-MAKER. ... bankruptcy administration''s request to authorize AZLK''s acquisition by ...Missing: 1991-2002 | Show results with:1991-2002
  29. [29]
    Unpaid bill shuts down Russian automaker - UPI.com
    Mar 4, 2002 · ... Moskvich cars during the ... Mosenergo officials said the lights were turned off because the plant had failed to pay even part of its debt.
  30. [30]
    Business | Scrapyard beckons for Soviet legend - BBC NEWS
    Apr 22, 2003 · The Moscow City Government has begun bankruptcy proceedings against the Moskvich factory, which has reported debts of 33bn roubles (£680m; $1.1 ...<|separator|>
  31. [31]
    City Moves to Bankrupt Beleaguered Moskvich - The Moscow Times
    Apr 22, 2003 · City Hall has begun bankruptcy proceedings against the comatose Moskvich car factory in a push to attract investment that could breathe new life into the ...Missing: 2002 | Show results with:2002
  32. [32]
    Book of the Dead — Moskvitch (Part Two) - Driven to Write
    Sep 23, 2024 · The assembly line was stopped in 2001, the company filed for bankruptcy in 2002 and was finally officially declared bankrupt in 2006. Part ...
  33. [33]
    After Two Decades, Moskvich Production To Restart In December
    Oct 21, 2022 · After Renault''s decision to leave Russia, the Moscow factory is being repurposed to build a new family of Moskvich cars, including EVs.Missing: facts | Show results with:facts
  34. [34]
    Muscovite foresight | Article - Automotive Manufacturing Solutions
    Mar 5, 2019 · The plant was built on the Moskvich site in 2004 and started off building the Renault Logan (a rebadged Dacia). It has since built 1.2m cars ...Missing: Moskvitch | Show results with:Moskvitch
  35. [35]
    Goodbye Moskvitch: Soviet-era car maker closes shop
    Mar 3, 2006 · Part of the former Moskvitch plant has been used by French car maker Renault SA, which installed its Avtoframos factory there to assemble its ...
  36. [36]
    Renault Group signs agreements to sell Renault Russia and its ...
    May 16, 2022 · The Board of Directors of Renault Group unanimously approved the signing of agreements to sell 100% of Renault Group''s shares in Renault Russia to Moscow City ...
  37. [37]
    Resurrecting Moskvitch Won''t Be Easy for Russia - Autoweek
    May 18, 2022 · Renault''s relinquished Moscow plant could relaunch a dormant brand, along with promised EVs, but development will be a challenge in uncertain times.Missing: acquisition | Show results with:acquisition
  38. [38]
    Russia revives Soviet-era Moskvich brand with Chinese model
    Nov 23, 2022 · Russia on Wednesday launched production of the Moskvich car brand at a plant near Moscow given up by the French carmaker Renault, with a new, modern Chinese ...
  39. [39]
    Russia to take over Renault''s Moscow factory to revive Soviet-era car
    May 16, 2022 · The Moscow city government is to take over a factory belonging to the French carmaker Renault and use it to revive the Soviet-era Moskvitch.Missing: AZLK | Show results with:AZLK
  40. [40]
    Moscow Revives Soviet-Era Moskvich Car as Renault Leaves Russia
    May 16, 2022 · Russia is going back to the future and reviving a legendary Soviet-era car brand, Moskvich, to save jobs at a Moscow car plant sold by French auto maker ...Missing: reconstruction | Show results with:reconstruction<|separator|>
  41. [41]
    Russia needs cars, so it''s rebooting this Soviet-era brand - CNN
    May 17, 2022 · A portion of a former Moskvich factory reopened in 2005 as a joint venture between Renault and the city of Moscow.Missing: Moskvitch reconstruction
  42. [42]
    Soviet-Era Moskvich Returns With A Rebadged Chinese Crossover
    Nov 23, 2022 · The latest is KAMAZ, which has resurrected the Moskvich brand and introduced the all-new Moskvich 3. The model is currently being built at a former Renault ...
  43. [43]
    Russia relaunches Soviet-era Moskvich car brand using a ... - CNBC
    Nov 23, 2022 · Production of the Soviet-era Moskvich car relaunched in Russia on Wednesday at a former Renault factory, according to truckmaker Kamaz.
  44. [44]
    Russia to launch Moskvich car production at former Renault plant in ...
    Oct 20, 2022 · The Moskvich plant on Thursday said it hoped to produce about 600 cars this year, including 200 electric vehicles, and 50,000 cars in 2023. The ...
  45. [45]
    Russia to revive Moskvich brand using Chinese platform - sources
    May 19, 2022 · Production of Russia''s Soviet-era car brand the Moskvich could resume using a Chinese platform in partnership with truckmaker Kamaz ...
  46. [46]
    Focus: Made in Russia? Chinese cars drive a revival of ... - Reuters
    Jul 20, 2023 · Moskvich said in a statement last month its 3 and 3e models are produced using large-unit assembly - where cars are built at a manufacturing ...
  47. [47]
    Moskvich will launch new model by the end of 2025 | News - Autostat
    As a reminder, all current Moskvich models (3, 3e, 6, 8) are vehicles developed in collaboration with JAC. Media reports suggest that the new model will be ...Missing: details | Show results with:details
  48. [48]
    Over 15000 Moskvich cars sold from March 2023 - TASS
    Jan 9, 2024 · More than 15,300 Moskvich cars were sold in Russia from the sales start last March and about 19,000 vehicles were shipped to dealers, the ...
  49. [49]
    Moskvich RAS net loss increases 3.6-fold in 2023 to 8.6 bln rubles
    Feb 22, 2024 · Revenues increased 38.9% to 59.2 billion rubles, as did cost of sales, by 59.2%, to 57.5 billion rubles. Gross profit totaled more than 1.6 ...Missing: operations | Show results with:operations
  50. [50]
    Moskvich (formerly Renault Russie) - TAdviser
    The Moskvich Moscow Automobile Plant sold more than 23 thousand cars in 2024, including 2.4 thousand Moskvich 6 sedans and 1.3 thousand Moskvich 3e electric ...Missing: Moskvitch | Show results with:Moskvitch
  51. [51]
    Moskvich car sales on the rise in April 2024 — press service - TASS
    Moskvich car sales stood at 2,200 units in April 2024, the automobile plant''s press service told TASS. According to earlier posted data, sales totaled about 970 ...
  52. [52]
    The results of Moskvich car sales in June and the 1H 2025 ... - Autostat
    In June 2025, 1,100 Moskvich cars were sold in Russia, and in the first half of 2025, 7,400 units were sold.Missing: Moscow 2023-2025
  53. [53]
    The Moskvich automobile plant announced the first sales results of ...
    Aug 21, 2025 · Sales of the Moskvich 8 crossover began in Russia on July 22. The basic version of the model was estimated at 2.98 million rubles. At the ...
  54. [54]
    The new Moskvich M90 may be developed on the basis of the ...
    Oct 7, 2025 · It will be produced in cooperation with the Chinese SAIC concern, based on the MG RX9 model, which is focused on export markets. This was ...Missing: Moskvitch vehicles collaboration details
  55. [55]
    Moskvich may begin assembling a new model by the end of 2025.
    Oct 15, 2025 · The Moskvich automobile plant plans to begin large-scale assembly of the new M70 model by the end of 2025. This was reported on October 15 ...
  56. [56]
    Moskvich Automobile Plant launches research and development ...
    Sep 30, 2025 · Earlier, on September 3, it was reported that sales of Moskvich cars in Russia in August 2025 decreased by 42% compared to the same period last ...
  57. [57]
    Moscow to build Chinese replica car next year - bne IntelliNews
    Nov 29, 2022 · “In 2025, we plan to produce a fully national car at the Moskvitch plant. The degree of production localization at Moskvitch will grow at ...
  58. [58]
    How the Russian automotive sector was driven off a cliff - Tochnyi.info
    May 24, 2025 · At Moskvich, sales dropped by 55% in Q1 2025 against the same period in 2024. The drop was mainly because Q1 2024 saw legal entities purchase 3 ...
  59. [59]
    Localisation hopes fade for Russia as it struggles to attract China
    Apr 30, 2025 · Russia''s efforts to revive domestic automotive production face mounting challenges, as Chinese OEMs hesitate to commit to localisation.
  60. [60]
    Cars production in Russia down 2% in 7M 2025 — analytical agency
    Cars production by Russian plants dropped by 2% year on year in January - July 2025 to 441,700 units, Director of the Avtostat analytical agency Sergey Tselikov ...
  61. [61]
    Moskvich-badged Clone of the JAC JS4 Chinese Crossover Gets ...
    Dec 24, 2022 · The low-cost Chinese SUV JAC JS4 assembled in the CKD collection is offered under the Moskvich brand name at a price 40% higher than in China.
  62. [62]
    Kamaz to make EVs branded Moskvich - electrive.com
    Nov 26, 2022 · The electric Moskvich 3 appears to be a copy of the JAC S4 from China, which Kamaz will only assemble at the plant starting this December.Missing: collaboration | Show results with:collaboration
  63. [63]
    Chinese Cars'' Quality Issues May Cost Russian Sales | WardsAuto
    Feb 10, 2025 · The Moskvich 3 and Moskvich 6 models, which are assembled at the former Renault plant in Moscow, have been renamed the JAC JS4 and JAC Sehol A5.Missing: Moskvitch details origin<|separator|>
  64. [64]
    The Moskvich plant certified the Moskvich 6 liftback | News - Autostat
    Jul 26, 2023 · It is based on the Chinese JAC Sehol A5 Plus of 2021, which is presented in China with a non-alternative 1.5-liter gasoline turbo engine with ...
  65. [65]
    Moskvitch-6 - All PYRENEES
    Mar 22, 2024 · This model is a licensed copy of the Chinese liftback JAC Sehol A5. In Russia, the car was first presented in July 2022 under the name “Model ...Missing: details origin
  66. [66]
    Made in Russia? Chinese cars drive a revival of Russia''s ... - ET Auto
    Jul 20, 2023 · The sleek four-door SUVs featured engine parts and upholstery from China''s JAC Motors, clearly visible.Missing: Moskvitch origin
  67. [67]
    Revived Moskvich car brand breaks into Russia''s top 10 | Reuters
    Dec 5, 2023 · Production of the Moskvich was relaunched this year at a plant in Moscow. The Russian state purchased the factory from Renault (RENA.PA) , opens ...
  68. [68]
    What Western car was the Soviet Moskvich 408/412 based on?
    Jul 30, 2020 · Moskvich-412 is generally based on BMW 1500. The engine is an outright clone. However the looks of the body are different, and you can see the American design ...Were any western cars sold in the USSR? Did any make it in ... - QuoraDid the Soviet Union really steal and copy car ideas from the West?More results from www.quora.com
  69. [69]
    Moskvich - Wikicars
    Aug 24, 2010 · ... Moskvitch company. Moskvitch models. The first platform. Moskvitch 400/420 (1946); Moskvitch 401/420 (1954); Moskvitch 400/422 ("woodie" station ...
  70. [70]
    What were the quality of cars produced in the USSR? Were they all ...
    May 31, 2024 · The quality was due to outdated production technology, and therefore average to below average. ... Moskvich by AZLK. These were not as ...
  71. [71]
    Russia struggles to revive Soviet brands because of parts shortages
    Jun 27, 2022 · Russia has said it will revive production of the Pobeda, Volga and Moskvitch brands but is facing problems sourcing the required number of ...
  72. [72]
    What models made the Moskvich a legendary car? (PHOTOS)
    the first Soviet mass-produced automobile “born” in Germany. The very first ''Moskvich'' was produced from 1946 to 1954. It ...
  73. [73]
    AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street
    Dec 12, 2024 · This car is a member of the Moskvitch-2141 (Москвич-2141) family, the first genuinely modern Moskvitch model produced by the AZLK factory in Moscow.
  74. [74]
    AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street
    Dec 12, 2024 · This car is a member of the Moskvitch-2141 (Москвич-2141) family ... These cars were notorious for electrical problems and body leakage ...
  75. [75]
    Moskvich - Unique Cars and Parts
    In 1958, the Russian factory produced the 45 bhp 407 ... Several attempts to restart production were made over the next 3 years, but none were successful.
  76. [76]
    Moskvich-407 history and car specification | Avtoclassika - Autoclassic
    Moskvich-407 is a Soviet car of series production which belonged to class "B" and was produced at MPMC (Moscow Plant of Midget Cars) since 1958 up to 1963.Missing: World War<|separator|>
  77. [77]
    Moskvitch 408 | MAR Online
    May 19, 2022 · The car was widely exported both to Eastern Bloc countries and to the West. The car exported to Western Countries was called the Moskvitch Elite ...
  78. [78]
    The Russian Car Parts Connection in Cuba - Havana Times
    Apr 16, 2017 · ... Moskvitch cars, which in past decades arrived to Cuba by the thousands, are located. “Parts for these two are the most solicited,” Pavel ...
  79. [79]
    How the Soviets tried to sell Moskvitches to Americans (PHOTOS)
    Jun 17, 2019 · The first Moskvitch model appeared in 1947 and a few years later it was already successfully exported to Egypt - and even ''capitalist'' France ...
  80. [80]
    Moskvitch Taxis Sent by Russia to Cuba Will Compete With the ...
    May 9, 2025 · Moscow is considering sending 50 vehicles, 25 of which are the Moskvitch 3 fuel-powered models and another 25 Moskvitch 3e, which are fully ...Missing: Vietnam Eastern Europe
  81. [81]
    History of the Russian Automotive Industry
    Subsequently, this plant became a leader of the Soviet automobile manufacturing (ZIS and later ZIL brands). Development of the automotive industry gained ...
  82. [82]
    Experience the Moskvitch Automotive Dream - The Moscow Times
    May 26, 2021 · By 1980, 30,000 people worked at the plant, which produced more than 5 million cars a year.
  83. [83]
    On the Side: Car Culture in the USSR, 1960s-1980s - jstor
    Within the larger context of motorized mobility, car culture represented a minority phenomenon, albeit one that encompassed a greater proportion of the ...
  84. [84]
    Moskvich 407 - 1961 - BK Group
    In 1941 the plant was evacuated to Ural and the entire production converted for the manufacture of the military equipment at the dawn of World War II. After ...
  85. [85]
    The Socialist Car & Its Impact on Soviet Cities - Metropolis Magazine
    Jan 21, 2012 · The gradual acceptance of individual car ownership began, slowly, with a region-wide redirection of production towards consumer goods starting ...
  86. [86]
    [PDF] CIA-RDP85T00176R000900010006-1
    Employment in the Soviet automotive industry in 1972 totaled more than 722,000 man-years. Since 1972, the KamAZ plant added at least 100,000 workers. Employment ...
  87. [87]
    [PDF] THE SOVIET MOTOR VEHICLE INDUSTRY - CIA
    Overall, automobile plant production floorspace grew by nearly 25 percent during 1976-85, modest growth compared with the previous decade when completion.Missing: Moskvitch | Show results with:Moskvitch
  88. [88]
    Labor discipline and the decline of the soviet system - Don Filtzer
    The factory''s main conveyors suffered protracted stoppages virtually every day. One day there might be no gearboxes; on another, no gas tanks; on still another, ...<|separator|>
  89. [89]
    [PDF] USSR : Soviet Life Today 1959 - Marxists Internet Archive
    The farm expects to ful- fill its animal husbandry plan in five years instead of seven. ... The plant itself built two five-story apartment houses and for the.
  90. [90]
    Sergei Sobyanin opens serial production at Moskvich plant - mos.ru
    Nov 27, 2022 · Moscow helped the plant to keep its workforce. There are 2,045 people working at Moskvich today. Their average age is 38 years, with 8 years ...
  91. [91]
    Renault industrial activities in Russia are suspended
    Mar 23, 2022 · Renault Group activities in its manufacturing plant in Moscow are suspended as of today. Regarding its stake in AVTOVAZ, Renault Group is assessing the ...
  92. [92]
    Russia''s factory activity in June contracts at fastest pace since March ...
    Jul 1, 2025 · The pace of job shedding was the sharpest since April 2022, reflecting reduced production requirements.Missing: impacts | Show results with:impacts
  93. [93]
    Soviet Automotive Industry - GlobalSecurity.org
    Mar 26, 2016 · Construction of the Moscow (ZIL), Gor''kiy, and Yaroslavl'' plants increased production from a few thousand vehicles in 1928 to 200,000 vehicles ...
  94. [94]
    Moskvitch 412 Reviews - Carsurvey.org
    Lots of small problems starting with high voltage system, not working inside light, worn out glands in hydraulic brake system. Hundreds of other nagging not so ...Missing: 408 | Show results with:408
  95. [95]
    Izvestia Looks at Soviet Cars, Sees Lemons - Los Angeles Times
    Feb 8, 1987 · Leaking fluids, engines that refuse to start, defective crankshafts and faulty electrical systems are some of the major problems reported by ...<|separator|>
  96. [96]
    Labor Discipline, the Use of Work Time, and the Decline of the ...
    Dec 16, 2008 · Labor Discipline, the Use of Work Time, and the Decline of the Soviet System, 1928–1991. Volume 50; Donald Filtzer (a1); DOI: https://doi.org ...
  97. [97]
    Political Corruption in the U. S. S. R. - jstor
    216 Western Political Quarterly. Considerable corruption has also accompanied the arrival of the automobile age in the U.S.S.R. Although the Soviets have ...
  98. [98]
    In Soviet, Widespread Practice of Bribery Helps One Get a Car, Get ...
    May 7, 1978 · Khrushchev tried to stamp out corruption —“this disgraceful survival of the past” —by ordering the death penalty for serious bribery. Today, ...Missing: Moskvich plant
  99. [99]
    [PDF] THE SOVIET ANTICORRUPTION CAMPAIGN - CIA
    Corrupt or incompetent officials and plant managers were fired; waste in the transportation, consumer goods, and agricultural sectors was curbed where bribery,.
  100. [100]
    Russia to revive ''legendary'' Soviet-era car after Renault exit | Reuters
    May 16, 2022 · Following the Soviet Union''s collapse, the car''s manufacturer was privatised and later was declared bankrupt.Missing: reliability | Show results with:reliability
  101. [101]
    Ukraine war: Russia nationalises Renault''s Moscow plant - BBC
    May 16, 2022 · It is the first Russian nationalisation of a major foreign business since the invasion of Ukraine.
  102. [102]
    Russia to Nationalize Renault Plant, Revive Soviet-Era Moskvitch ...
    May 16, 2022 · Russia has nationalized a major factory that belonged to Renault and intends to use it to revive the famous Soviet-era Moskvitch car.Missing: management | Show results with:management<|control11|><|separator|>
  103. [103]
    Russia''s new Moskvitch car looks identical to Chinese model
    Nov 24, 2022 · But the new Moskvitch 3 appears to be an identical copy of the Sehol X4 compact crossover made by China''s JAC.Missing: details origins
  104. [104]
    Time bomb: How sanctions are draining the Russian automotive ...
    Oct 13, 2023 · It is noteworthy that along with Moskvich, the updated SDN list now includes Sollers, i.e. another JAC partner. Its facilities in 2022 in ...Missing: Moskvitch | Show results with:Moskvitch
  105. [105]
    U.S. Charges 3 More Russians Over Sanctions Evasion
    Nov 2, 2023 · The Chinese automaker JAC, which supplies parts to Moskvitch, lies in the crosshairs of secondary sanctions. Hence, the company needs to decide ...
  106. [106]
    Russia''s Moskvich makes a triumphant return, under strong Chinese ...
    Dec 13, 2022 · Russia''s Moskvich makes a triumphant return, under strong Chinese influence. In December, 600 vehicles will roll off the production lines of the ...Missing: Moskvitch | Show results with:Moskvitch<|separator|>
  107. [107]
    [PDF] Collision Course: The Future of Chinese Carmakers in Russia
    Dec 12, 2024 · From January 2025, Chinese carmakers will face more than $7,000 in additional costs for a 1-2L engine vehicle on top of the 15% import tariff, ...<|separator|>
  108. [108]
    MOSCOW''S MILLIONTH CAR - British Pathé
    MOSCOW''S MILLIONTH CAR (1967) ; Issue Date: 1967 ; Colour: Black & White ; Sound: Mute ; Resolution: SD (HD scan on request) ; Canister: UN 4275 C.
  109. [109]
    [PDF] THE SOVIET MOTOR VEHICLE INDUSTRY - CIA
    In production technology, the Volga and Moskvich plants, which were built by Italy''s Fiat and modernized by France''s Renault, have little in common with their ...Missing: Moskvitch limitations
  110. [110]
  111. [111]
    The Russian auto market: - The New York Times
    Oct 8, 1972 · The private car has suddenly become the prime symbol of the Kremlin''s new attentiveness to the Soviet consumer.
  112. [112]
  113. [113]
    A Film of Our Time: "Moskvitch, Mon Amour" Captures the Post ...
    Apr 7, 2014 · The main character of the film is an elderly refugee named Hmayak Avanesyan, who being a Soviet man dreamed of having a Moskvitch, a type of ...<|separator|>
  114. [114]
    Moskvitch Logo, symbol, meaning, history, PNG, brand - Logos-world
    The emblem''s shape mimicked the bumper of the new cars and also resembled a star, emphasizing Soviet symbolism and a commitment to high ideals.<|separator|>
  115. [115]
    Revived Moskvich car brand breaks into Russia''s top 10
    Dec 4, 2023 · The Russian state purchased the factory from Renault last year for a symbolic one rouble as the French carmaker left the market after Moscow''s ...Missing: importance | Show results with:importance
  116. [116]
    Made in Russia? Chinese cars drive a revival of Russia''s auto ...
    Jul 21, 2023 · The company said it works with a "foreign partner" but did not confirm ties to JAC. "Production localisation is gradually increasing," Moskvich ...Missing: Moskvitch | Show results with:Moskvitch
  117. [117]
    Moskvich''s net loss under RAS for 2023 increased 3.6 times, to 8.6 ...
    Feb 22, 2024 · The company''s revenue increased by 38.9% to 59.2 billion rubles, and the cost of sales increased by 59.2% to 57.5 billion rubles. Gross profit ...
  118. [118]
    Russian auto industry will face long-term challenges
    Oct 2, 2025 · Collapse in sales and production; Exit of Western firms; Rise of Chinese brands; Financing constraints; Truck market dynamics; Chinese surge ...Missing: Moskvitch revival quality
  119. [119]
    Russia - Automotive Industry - GlobalSecurity.org
    Jul 15, 2023 · With the country''s economic slump continuing, Russians are spending less on foreign cars. Nine out of 10 leading new cars, in terms of sales, ...<|separator|>
  120. [120]
    Moskvich auto plant transitions to complete production cycle - Interfax
    May 14, 2024 · Moscow Automobile Plant, the former Russian plant of French automaker Renault, has switched automobile production to a complete cycle.Missing: Logan | Show results with:Logan<|control11|><|separator|>',
     'Long encyclopedia-style article (header: "Fact-checked by Grok 2 weeks ago") with 120 numbered references; seed file 001_0dbb5bc48da50566.txt. Many linked words were lost when links were stripped.'),
    ('design-card', 'design_card', 'Moskvitch Graph design card', NULL,
     'A PostgreSQL schema links models, design influences (Opel, Ford, Simca), licensees and owners', NULL,
     'The project''s design card (third source).');

------------------------------------------------------------------------------------------------------------------------
-- The references of seed-long
------------------------------------------------------------------------------------------------------------------------
INSERT INTO source (slug, kind, number, title, publisher, published_on, snippet, document_id) VALUES
    ('ref-1', 'reference', 1, '''Moskvitch'': the triumph and sad end of a famous Moscow car plant ...', NULL, DATE '2020-07-28',
     'It was first created in 1965. As it wasn''t a mass model, only three cars were ever produced. The construction of this racing car was based on ...Missing: manufacturer | Show results with:manufacturer', source_ref('seed-long')),
    ('ref-2', 'reference', 2, 'About Moskvich 400-420: car specifications and history of creation', NULL, NULL,
     'Moskvich 400 is a prominent representative of the Soviet midget car of the post-war years, which was produced on MZMA plant from 1946 to 1956.Missing: manufacturer | Show results with:manufacturer', source_ref('seed-long')),
    ('ref-3', 'reference', 3, 'Russia revives Soviet-era Moskvich brand with Chinese model', NULL, DATE '2022-11-23',
     'It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich, for another ruble. With just 600 vehicles slated for production ...', source_ref('seed-long')),
    ('ref-4', 'reference', 4, 'KIM-10-50 - Passenger cars AZLK - uCoz', 'Passenger cars AZLK (uCoz)', NULL,
     'KIM-10-50 - the first Soviet serial compact car, the basis of which the design was taken by the British «Ford Prefect» of 1939. History', source_ref('seed-long')),
    ('ref-5', 'reference', 5, '10 famous Soviet cars ''driven'' by Western ideas - Russia Beyond', 'Russia Beyond', DATE '2018-01-27',
     'The KIM-10 was the first model of the Soviet subcompact cars inspired by the British Ford Prefect. The Soviet car got the modern design of the hood, windscreen ...', source_ref('seed-long')),
    ('ref-6', 'reference', 6, 'The Soviet KIM 10-50 subcompact. Made in 1940 - All PYRENEES', 'All PYRENEES', DATE '2017-04-24',
     'Made in 1940. KIM-10 was the first Soviet small car designed for large-scale mass production. In December, 1930 the Moscow State Automotive ...', source_ref('seed-long')),
    ('ref-7', 'reference', 7, 'Moskvich: a Soviet trendsetter, inspired by Ford and Opel', NULL, DATE '2015-11-06',
     'This car is now a rarity, since the plant managed to assemble just 450 units before the Nazi invasion in June 1941. After the capitulation of ...', source_ref('seed-long')),
    ('ref-8', 'reference', 8, 'OAO ''Moskvitch'' / Moskovskiy Avtosborochniy Zavod', NULL, NULL,
     'KIM''s goal was to provide the Soviet people with cheap, but functional cars. The plant had occupied quite a big area along the Ostapovskoe Highway (now known as ...', source_ref('seed-long')),
    ('ref-9', 'reference', 9, 'MOSKOVICH | gamas43 - WordPress.com', 'gamas43 (WordPress.com)', NULL,
     'Moskvitch (Russian: Москвич) (also written as Moskvich, Moskvič or Moskwitsch) was a Soviet/Russian automobilebrand produced by AZLK from 1946 to 1991 and ...', source_ref('seed-long')),
    ('ref-10', 'reference', 10, 'The evacuation of the Soviet aviation industry in 1941 - vvs air war', 'vvs air war', DATE '2016-08-26',
     'In 1941, 1,523 Soviet plants, including 100 aviation facilities, were moved east, with 10 million workers, to avoid German annihilation. The ...Missing: MZMA Moskvitch<|separator|>', source_ref('seed-long')),
    ('ref-11', 'reference', 11, '400 - Passenger cars AZLK - Moskvich', 'Passenger cars AZLK', NULL,
     'Moskvich-400 - Soviet passenger car of small Germany, produced at the Plant of small cars in Moscow (ZMA, later - МЗМА) from December 1946 to 1954.', source_ref('seed-long')),
    ('ref-12', 'reference', 12, 'This Long Dead Russian Carmaker Just Returned From the Crypt ...', NULL, DATE '2022-11-24',
     'Using the schematics left over from the Opel Kadet/Olympia K38 platform, the company built the Moskvitch 400-420 starting in December 1946. From ...', source_ref('seed-long')),
    ('ref-13', 'reference', 13, '71 years ago: The first Moskvich-400 car assembled in Moscow', NULL, DATE '2017-12-04',
     'On Dec. 4, 1946 the first “Moskvich-400” car was assembled at the Moscow Compact Car Factory (AZLK). The four-seater car had a top speed of ...Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-14', 'reference', 14, 'Black Moskvitch 400-420 - All PYRENEES', 'All PYRENEES', DATE '2018-07-24',
     'Approved for mass production by the Soviet government on 28 April 1947, 1,501 were built the first year, with 4,808 for 1948 and 19,906 in 1949, ...<|separator|>', source_ref('seed-long')),
    ('ref-15', 'reference', 15, 'They are unable: why the Russian Moskvitch plant is doomed to failure', NULL, DATE '2022-07-10',
     'Moskvitch-2141 and decline of the 90s And the problem was not in copying, but in everything else: poor quality of components and general ...', source_ref('seed-long')),
    ('ref-16', 'reference', 16, 'Book of the Dead — Moskvitch (Part One) - Driven to Write', 'Driven to Write', DATE '2024-09-16',
     'The beginnings of Moskvitch lie in a cooperation agreement signed in 1929 between Russia and the Ford Motor Company in the USA for the ...', source_ref('seed-long')),
    ('ref-17', 'reference', 17, 'Curbside Classic: 1974 AZLK Moskvich 412 – Cod War Icon', 'Curbside Classic', DATE '2023-10-05',
     '... Soviet Union, set up their own car-making line in the mid-''60s to help Moskvich reach their production quotas. The Izh 412 was a carbon copy ...', source_ref('seed-long')),
    ('ref-18', 'reference', 18, 'The millionth Moskvitch 408 - All PYRENEES · France, Spain, Andorra', 'All PYRENEES', DATE '2017-09-24',
     'In May 1967, a millionth car came out of the line of the Moskvitch factory in Mocow. It was the Moskvitch 408. Power – 50 hp.Missing: models expansion', source_ref('seed-long')),
    ('ref-19', 'reference', 19, 'Moskvitch-412 - All PYRENEES', 'All PYRENEES', DATE '2024-03-26',
     'At AZLK, both models were produced in parallel until 1976, and then, after another restyling and modernization, production continued under the ...Missing: 1967-1991 expansion<|separator|>', source_ref('seed-long')),
    ('ref-20', 'reference', 20, 'History of Moskvich-412 | Avtoclassika - Autoclassic', 'Avtoclassika - Autoclassic', NULL,
     'The Moskvich-412 was produced from 1967-1997 (Moscow) and 2001 (Izhevsk), related to the 408, with a new engine, safety improvements, and a new body design in ...', source_ref('seed-long')),
    ('ref-21', 'reference', 21, 'Moskvich 2138-2140-2136-2137 data and specifications catalogue', NULL, NULL,
     'Cars belonging to Moskvich 2140 Sedan submodel, manufactured or offered in the years 1976-1988 with sedan body type, equipped with engines of 1478 - 1760 cc ...', source_ref('seed-long')),
    ('ref-22', 'reference', 22, 'Moskvich 2140 1.5 (75 Hp) | Technical specs, data, fuel ...', NULL, NULL,
     'Specs of Moskvich 2140 1.5 (75 Hp) /1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988/ ; 8.8:1 · 2 · Carburettor · Naturally aspirated ...', source_ref('seed-long')),
    ('ref-23', 'reference', 23, 'Moskvitch 2141 Aleko - MAR Online', 'MAR Online', DATE '2023-03-14',
     'The Moskvitch 2141 was a successor to the 412, designed to fill the gap between the 412 and Volga, and the base of a wider model range.', source_ref('seed-long')),
    ('ref-24', 'reference', 24, 'Of Human Interest: News-lite - UPI.com', 'UPI.com', NULL,
     'AZLK was once the flagship of Russia''s auto industry, but growing competition from used-car importers from Western Europe forced it to the brink of bankruptcy ...', source_ref('seed-long')),
    ('ref-25', 'reference', 25, 'Moskvitch 2141 Aleko - Wikicars', 'Wikicars', DATE '2010-08-24',
     'It was first announced in 1985 and was manufactured between 1986 and 2001 years. From 1997-2001 an upgraded Aleko, which was renamed to ...', source_ref('seed-long')),
    ('ref-26', 'reference', 26, '[PDF] THE POST-SOVIET AUTOMOBILE INDUSTRY FIRST ... - GERPISA', 'GERPISA', NULL,
     'The only Post- Soviet plant located outside the CIS in Latvia (RAF in Elgava) practically stopped in 1997. Owing to the crisis the automotive industry " ...Missing: Moskvitch era', source_ref('seed-long')),
    ('ref-27', 'reference', 27, 'Business | Scrapyard beckons for Soviet legend - BBC NEWS', 'BBC NEWS', DATE '2003-04-22',
     'And being small, the firm lacked the financial muscle to thrive during 1998, when the rouble was devalued and many banks failed. Silver lining.', source_ref('seed-long')),
    ('ref-28', 'reference', 28, 'RUSSIAN GOVERNMENT FAILS TO BANKRUPT TAX ...', NULL, DATE '1997-01-09',
     'RUSSIAN GOVERNMENT FAILS TO BANKRUPT TAX-DEFAULTING AUTO-MAKER. ... bankruptcy administration''s request to authorize AZLK''s acquisition by ...Missing: 1991-2002 | Show results with:1991-2002', source_ref('seed-long')),
    ('ref-29', 'reference', 29, 'Unpaid bill shuts down Russian automaker - UPI.com', 'UPI.com', DATE '2002-03-04',
     '... Moskvich cars during the ... Mosenergo officials said the lights were turned off because the plant had failed to pay even part of its debt.', source_ref('seed-long')),
    ('ref-30', 'reference', 30, 'Business | Scrapyard beckons for Soviet legend - BBC NEWS', 'BBC NEWS', DATE '2003-04-22',
     'The Moscow City Government has begun bankruptcy proceedings against the Moskvich factory, which has reported debts of 33bn roubles (£680m; $1.1 ...<|separator|>', source_ref('seed-long')),
    ('ref-31', 'reference', 31, 'City Moves to Bankrupt Beleaguered Moskvich - The Moscow Times', 'The Moscow Times', DATE '2003-04-22',
     'City Hall has begun bankruptcy proceedings against the comatose Moskvich car factory in a push to attract investment that could breathe new life into the ...Missing: 2002 | Show results with:2002', source_ref('seed-long')),
    ('ref-32', 'reference', 32, 'Book of the Dead — Moskvitch (Part Two) - Driven to Write', 'Driven to Write', DATE '2024-09-23',
     'The assembly line was stopped in 2001, the company filed for bankruptcy in 2002 and was finally officially declared bankrupt in 2006. Part ...', source_ref('seed-long')),
    ('ref-33', 'reference', 33, 'After Two Decades, Moskvich Production To Restart In December', NULL, DATE '2022-10-21',
     'After Renault''s decision to leave Russia, the Moscow factory is being repurposed to build a new family of Moskvich cars, including EVs.Missing: facts | Show results with:facts', source_ref('seed-long')),
    ('ref-34', 'reference', 34, 'Muscovite foresight | Article - Automotive Manufacturing Solutions', 'Automotive Manufacturing Solutions', DATE '2019-03-05',
     'The plant was built on the Moskvich site in 2004 and started off building the Renault Logan (a rebadged Dacia). It has since built 1.2m cars ...Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-35', 'reference', 35, 'Goodbye Moskvitch: Soviet-era car maker closes shop', NULL, DATE '2006-03-03',
     'Part of the former Moskvitch plant has been used by French car maker Renault SA, which installed its Avtoframos factory there to assemble its ...', source_ref('seed-long')),
    ('ref-36', 'reference', 36, 'Renault Group signs agreements to sell Renault Russia and its ...', NULL, DATE '2022-05-16',
     'The Board of Directors of Renault Group unanimously approved the signing of agreements to sell 100% of Renault Group''s shares in Renault Russia to Moscow City ...', source_ref('seed-long')),
    ('ref-37', 'reference', 37, 'Resurrecting Moskvitch Won''t Be Easy for Russia - Autoweek', 'Autoweek', DATE '2022-05-18',
     'Renault''s relinquished Moscow plant could relaunch a dormant brand, along with promised EVs, but development will be a challenge in uncertain times.Missing: acquisition | Show results with:acquisition', source_ref('seed-long')),
    ('ref-38', 'reference', 38, 'Russia revives Soviet-era Moskvich brand with Chinese model', NULL, DATE '2022-11-23',
     'Russia on Wednesday launched production of the Moskvich car brand at a plant near Moscow given up by the French carmaker Renault, with a new, modern Chinese ...', source_ref('seed-long')),
    ('ref-39', 'reference', 39, 'Russia to take over Renault''s Moscow factory to revive Soviet-era car', NULL, DATE '2022-05-16',
     'The Moscow city government is to take over a factory belonging to the French carmaker Renault and use it to revive the Soviet-era Moskvitch.Missing: AZLK | Show results with:AZLK', source_ref('seed-long')),
    ('ref-40', 'reference', 40, 'Moscow Revives Soviet-Era Moskvich Car as Renault Leaves Russia', NULL, DATE '2022-05-16',
     'Russia is going back to the future and reviving a legendary Soviet-era car brand, Moskvich, to save jobs at a Moscow car plant sold by French auto maker ...Missing: reconstruction | Show results with:reconstruction<|separator|>', source_ref('seed-long')),
    ('ref-41', 'reference', 41, 'Russia needs cars, so it''s rebooting this Soviet-era brand - CNN', 'CNN', DATE '2022-05-17',
     'A portion of a former Moskvich factory reopened in 2005 as a joint venture between Renault and the city of Moscow.Missing: Moskvitch reconstruction', source_ref('seed-long')),
    ('ref-42', 'reference', 42, 'Soviet-Era Moskvich Returns With A Rebadged Chinese Crossover', NULL, DATE '2022-11-23',
     'The latest is KAMAZ, which has resurrected the Moskvich brand and introduced the all-new Moskvich 3. The model is currently being built at a former Renault ...', source_ref('seed-long')),
    ('ref-43', 'reference', 43, 'Russia relaunches Soviet-era Moskvich car brand using a ... - CNBC', 'CNBC', DATE '2022-11-23',
     'Production of the Soviet-era Moskvich car relaunched in Russia on Wednesday at a former Renault factory, according to truckmaker Kamaz.', source_ref('seed-long')),
    ('ref-44', 'reference', 44, 'Russia to launch Moskvich car production at former Renault plant in ...', NULL, DATE '2022-10-20',
     'The Moskvich plant on Thursday said it hoped to produce about 600 cars this year, including 200 electric vehicles, and 50,000 cars in 2023. The ...', source_ref('seed-long')),
    ('ref-45', 'reference', 45, 'Russia to revive Moskvich brand using Chinese platform - sources', NULL, DATE '2022-05-19',
     'Production of Russia''s Soviet-era car brand the Moskvich could resume using a Chinese platform in partnership with truckmaker Kamaz ...', source_ref('seed-long')),
    ('ref-46', 'reference', 46, 'Focus: Made in Russia? Chinese cars drive a revival of ... - Reuters', 'Reuters', DATE '2023-07-20',
     'Moskvich said in a statement last month its 3 and 3e models are produced using large-unit assembly - where cars are built at a manufacturing ...', source_ref('seed-long')),
    ('ref-47', 'reference', 47, 'Moskvich will launch new model by the end of 2025 | News - Autostat', 'Autostat', NULL,
     'As a reminder, all current Moskvich models (3, 3e, 6, 8) are vehicles developed in collaboration with JAC. Media reports suggest that the new model will be ...Missing: details | Show results with:details', source_ref('seed-long')),
    ('ref-48', 'reference', 48, 'Over 15000 Moskvich cars sold from March 2023 - TASS', 'TASS', DATE '2024-01-09',
     'More than 15,300 Moskvich cars were sold in Russia from the sales start last March and about 19,000 vehicles were shipped to dealers, the ...', source_ref('seed-long')),
    ('ref-49', 'reference', 49, 'Moskvich RAS net loss increases 3.6-fold in 2023 to 8.6 bln rubles', NULL, DATE '2024-02-22',
     'Revenues increased 38.9% to 59.2 billion rubles, as did cost of sales, by 59.2%, to 57.5 billion rubles. Gross profit totaled more than 1.6 ...Missing: operations | Show results with:operations', source_ref('seed-long')),
    ('ref-50', 'reference', 50, 'Moskvich (formerly Renault Russie) - TAdviser', 'TAdviser', NULL,
     'The Moskvich Moscow Automobile Plant sold more than 23 thousand cars in 2024, including 2.4 thousand Moskvich 6 sedans and 1.3 thousand Moskvich 3e electric ...Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-51', 'reference', 51, 'Moskvich car sales on the rise in April 2024 — press service - TASS', 'TASS', NULL,
     'Moskvich car sales stood at 2,200 units in April 2024, the automobile plant''s press service told TASS. According to earlier posted data, sales totaled about 970 ...', source_ref('seed-long')),
    ('ref-52', 'reference', 52, 'The results of Moskvich car sales in June and the 1H 2025 ... - Autostat', 'Autostat', NULL,
     'In June 2025, 1,100 Moskvich cars were sold in Russia, and in the first half of 2025, 7,400 units were sold.Missing: Moscow 2023-2025', source_ref('seed-long')),
    ('ref-53', 'reference', 53, 'The Moskvich automobile plant announced the first sales results of ...', NULL, DATE '2025-08-21',
     'Sales of the Moskvich 8 crossover began in Russia on July 22. The basic version of the model was estimated at 2.98 million rubles. At the ...', source_ref('seed-long')),
    ('ref-54', 'reference', 54, 'The new Moskvich M90 may be developed on the basis of the ...', NULL, DATE '2025-10-07',
     'It will be produced in cooperation with the Chinese SAIC concern, based on the MG RX9 model, which is focused on export markets. This was ...Missing: Moskvitch vehicles collaboration details', source_ref('seed-long')),
    ('ref-55', 'reference', 55, 'Moskvich may begin assembling a new model by the end of 2025.', NULL, DATE '2025-10-15',
     'The Moskvich automobile plant plans to begin large-scale assembly of the new M70 model by the end of 2025. This was reported on October 15 ...', source_ref('seed-long')),
    ('ref-56', 'reference', 56, 'Moskvich Automobile Plant launches research and development ...', NULL, DATE '2025-09-30',
     'Earlier, on September 3, it was reported that sales of Moskvich cars in Russia in August 2025 decreased by 42% compared to the same period last ...', source_ref('seed-long')),
    ('ref-57', 'reference', 57, 'Moscow to build Chinese replica car next year - bne IntelliNews', 'bne IntelliNews', DATE '2022-11-29',
     '“In 2025, we plan to produce a fully national car at the Moskvitch plant. The degree of production localization at Moskvitch will grow at ...', source_ref('seed-long')),
    ('ref-58', 'reference', 58, 'How the Russian automotive sector was driven off a cliff - Tochnyi.info', 'Tochnyi.info', DATE '2025-05-24',
     'At Moskvich, sales dropped by 55% in Q1 2025 against the same period in 2024. The drop was mainly because Q1 2024 saw legal entities purchase 3 ...', source_ref('seed-long')),
    ('ref-59', 'reference', 59, 'Localisation hopes fade for Russia as it struggles to attract China', NULL, DATE '2025-04-30',
     'Russia''s efforts to revive domestic automotive production face mounting challenges, as Chinese OEMs hesitate to commit to localisation.', source_ref('seed-long')),
    ('ref-60', 'reference', 60, 'Cars production in Russia down 2% in 7M 2025 — analytical agency', NULL, NULL,
     'Cars production by Russian plants dropped by 2% year on year in January - July 2025 to 441,700 units, Director of the Avtostat analytical agency Sergey Tselikov ...', source_ref('seed-long')),
    ('ref-61', 'reference', 61, 'Moskvich-badged Clone of the JAC JS4 Chinese Crossover Gets ...', NULL, DATE '2022-12-24',
     'The low-cost Chinese SUV JAC JS4 assembled in the CKD collection is offered under the Moskvich brand name at a price 40% higher than in China.', source_ref('seed-long')),
    ('ref-62', 'reference', 62, 'Kamaz to make EVs branded Moskvich - electrive.com', 'electrive.com', DATE '2022-11-26',
     'The electric Moskvich 3 appears to be a copy of the JAC S4 from China, which Kamaz will only assemble at the plant starting this December.Missing: collaboration | Show results with:collaboration', source_ref('seed-long')),
    ('ref-63', 'reference', 63, 'Chinese Cars'' Quality Issues May Cost Russian Sales | WardsAuto', 'WardsAuto', DATE '2025-02-10',
     'The Moskvich 3 and Moskvich 6 models, which are assembled at the former Renault plant in Moscow, have been renamed the JAC JS4 and JAC Sehol A5.Missing: Moskvitch details origin<|separator|>', source_ref('seed-long')),
    ('ref-64', 'reference', 64, 'The Moskvich plant certified the Moskvich 6 liftback | News - Autostat', 'Autostat', DATE '2023-07-26',
     'It is based on the Chinese JAC Sehol A5 Plus of 2021, which is presented in China with a non-alternative 1.5-liter gasoline turbo engine with ...', source_ref('seed-long')),
    ('ref-65', 'reference', 65, 'Moskvitch-6 - All PYRENEES', 'All PYRENEES', DATE '2024-03-22',
     'This model is a licensed copy of the Chinese liftback JAC Sehol A5. In Russia, the car was first presented in July 2022 under the name “Model ...Missing: details origin', source_ref('seed-long')),
    ('ref-66', 'reference', 66, 'Made in Russia? Chinese cars drive a revival of Russia''s ... - ET Auto', 'ET Auto', DATE '2023-07-20',
     'The sleek four-door SUVs featured engine parts and upholstery from China''s JAC Motors, clearly visible.Missing: Moskvitch origin', source_ref('seed-long')),
    ('ref-67', 'reference', 67, 'Revived Moskvich car brand breaks into Russia''s top 10 | Reuters', 'Reuters', DATE '2023-12-05',
     'Production of the Moskvich was relaunched this year at a plant in Moscow. The Russian state purchased the factory from Renault (RENA.PA) , opens ...', source_ref('seed-long')),
    ('ref-68', 'reference', 68, 'What Western car was the Soviet Moskvich 408/412 based on?', 'Quora', DATE '2020-07-30',
     'Moskvich-412 is generally based on BMW 1500. The engine is an outright clone. However the looks of the body are different, and you can see the American design ...Were any western cars sold in the USSR? Did any make it in ... - QuoraDid the Soviet Union really steal and copy car ideas from the West?More results from www.quora.com', source_ref('seed-long')),
    ('ref-69', 'reference', 69, 'Moskvich - Wikicars', 'Wikicars', DATE '2010-08-24',
     '... Moskvitch company. Moskvitch models. The first platform. Moskvitch 400/420 (1946); Moskvitch 401/420 (1954); Moskvitch 400/422 ("woodie" station ...', source_ref('seed-long')),
    ('ref-70', 'reference', 70, 'What were the quality of cars produced in the USSR? Were they all ...', NULL, DATE '2024-05-31',
     'The quality was due to outdated production technology, and therefore average to below average. ... Moskvich by AZLK. These were not as ...', source_ref('seed-long')),
    ('ref-71', 'reference', 71, 'Russia struggles to revive Soviet brands because of parts shortages', NULL, DATE '2022-06-27',
     'Russia has said it will revive production of the Pobeda, Volga and Moskvitch brands but is facing problems sourcing the required number of ...', source_ref('seed-long')),
    ('ref-72', 'reference', 72, 'What models made the Moskvich a legendary car? (PHOTOS)', NULL, NULL,
     'the first Soviet mass-produced automobile “born” in Germany. The very first ''Moskvich'' was produced from 1946 to 1954. It ...', source_ref('seed-long')),
    ('ref-73', 'reference', 73, 'AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street', NULL, DATE '2024-12-12',
     'This car is a member of the Moskvitch-2141 (Москвич-2141) family, the first genuinely modern Moskvitch model produced by the AZLK factory in Moscow.', source_ref('seed-long')),
    ('ref-74', 'reference', 74, 'AZLK Aleko 2141 Hatchback Is Down on the Bulgarian Street', NULL, DATE '2024-12-12',
     'This car is a member of the Moskvitch-2141 (Москвич-2141) family ... These cars were notorious for electrical problems and body leakage ...', source_ref('seed-long')),
    ('ref-75', 'reference', 75, 'Moskvich - Unique Cars and Parts', 'Unique Cars and Parts', NULL,
     'In 1958, the Russian factory produced the 45 bhp 407 ... Several attempts to restart production were made over the next 3 years, but none were successful.', source_ref('seed-long')),
    ('ref-76', 'reference', 76, 'Moskvich-407 history and car specification | Avtoclassika - Autoclassic', 'Avtoclassika - Autoclassic', NULL,
     'Moskvich-407 is a Soviet car of series production which belonged to class "B" and was produced at MPMC (Moscow Plant of Midget Cars) since 1958 up to 1963.Missing: World War<|separator|>', source_ref('seed-long')),
    ('ref-77', 'reference', 77, 'Moskvitch 408 | MAR Online', 'MAR Online', DATE '2022-05-19',
     'The car was widely exported both to Eastern Bloc countries and to the West. The car exported to Western Countries was called the Moskvitch Elite ...', source_ref('seed-long')),
    ('ref-78', 'reference', 78, 'The Russian Car Parts Connection in Cuba - Havana Times', 'Havana Times', DATE '2017-04-16',
     '... Moskvitch cars, which in past decades arrived to Cuba by the thousands, are located. “Parts for these two are the most solicited,” Pavel ...', source_ref('seed-long')),
    ('ref-79', 'reference', 79, 'How the Soviets tried to sell Moskvitches to Americans (PHOTOS)', NULL, DATE '2019-06-17',
     'The first Moskvitch model appeared in 1947 and a few years later it was already successfully exported to Egypt - and even ''capitalist'' France ...', source_ref('seed-long')),
    ('ref-80', 'reference', 80, 'Moskvitch Taxis Sent by Russia to Cuba Will Compete With the ...', NULL, DATE '2025-05-09',
     'Moscow is considering sending 50 vehicles, 25 of which are the Moskvitch 3 fuel-powered models and another 25 Moskvitch 3e, which are fully ...Missing: Vietnam Eastern Europe', source_ref('seed-long')),
    ('ref-81', 'reference', 81, 'History of the Russian Automotive Industry', NULL, NULL,
     'Subsequently, this plant became a leader of the Soviet automobile manufacturing (ZIS and later ZIL brands). Development of the automotive industry gained ...', source_ref('seed-long')),
    ('ref-82', 'reference', 82, 'Experience the Moskvitch Automotive Dream - The Moscow Times', 'The Moscow Times', DATE '2021-05-26',
     'By 1980, 30,000 people worked at the plant, which produced more than 5 million cars a year.', source_ref('seed-long')),
    ('ref-83', 'reference', 83, 'On the Side: Car Culture in the USSR, 1960s-1980s - jstor', 'jstor', NULL,
     'Within the larger context of motorized mobility, car culture represented a minority phenomenon, albeit one that encompassed a greater proportion of the ...', source_ref('seed-long')),
    ('ref-84', 'reference', 84, 'Moskvich 407 - 1961 - BK Group', 'BK Group', NULL,
     'In 1941 the plant was evacuated to Ural and the entire production converted for the manufacture of the military equipment at the dawn of World War II. After ...', source_ref('seed-long')),
    ('ref-85', 'reference', 85, 'The Socialist Car & Its Impact on Soviet Cities - Metropolis Magazine', 'Metropolis Magazine', DATE '2012-01-21',
     'The gradual acceptance of individual car ownership began, slowly, with a region-wide redirection of production towards consumer goods starting ...', source_ref('seed-long')),
    ('ref-86', 'reference', 86, '[PDF] CIA-RDP85T00176R000900010006-1', 'CIA', NULL,
     'Employment in the Soviet automotive industry in 1972 totaled more than 722,000 man-years. Since 1972, the KamAZ plant added at least 100,000 workers. Employment ...', source_ref('seed-long')),
    ('ref-87', 'reference', 87, '[PDF] THE SOVIET MOTOR VEHICLE INDUSTRY - CIA', 'CIA', NULL,
     'Overall, automobile plant production floorspace grew by nearly 25 percent during 1976-85, modest growth compared with the previous decade when completion.Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-88', 'reference', 88, 'Labor discipline and the decline of the soviet system - Don Filtzer', NULL, NULL,
     'The factory''s main conveyors suffered protracted stoppages virtually every day. One day there might be no gearboxes; on another, no gas tanks; on still another, ...<|separator|>', source_ref('seed-long')),
    ('ref-89', 'reference', 89, '[PDF] USSR : Soviet Life Today 1959 - Marxists Internet Archive', 'Marxists Internet Archive', NULL,
     'The farm expects to ful- fill its animal husbandry plan in five years instead of seven. ... The plant itself built two five-story apartment houses and for the.', source_ref('seed-long')),
    ('ref-90', 'reference', 90, 'Sergei Sobyanin opens serial production at Moskvich plant - mos.ru', 'mos.ru', DATE '2022-11-27',
     'Moscow helped the plant to keep its workforce. There are 2,045 people working at Moskvich today. Their average age is 38 years, with 8 years ...', source_ref('seed-long')),
    ('ref-91', 'reference', 91, 'Renault industrial activities in Russia are suspended', NULL, DATE '2022-03-23',
     'Renault Group activities in its manufacturing plant in Moscow are suspended as of today. Regarding its stake in AVTOVAZ, Renault Group is assessing the ...', source_ref('seed-long')),
    ('ref-92', 'reference', 92, 'Russia''s factory activity in June contracts at fastest pace since March ...', NULL, DATE '2025-07-01',
     'The pace of job shedding was the sharpest since April 2022, reflecting reduced production requirements.Missing: impacts | Show results with:impacts', source_ref('seed-long')),
    ('ref-93', 'reference', 93, 'Soviet Automotive Industry - GlobalSecurity.org', 'GlobalSecurity.org', DATE '2016-03-26',
     'Construction of the Moscow (ZIL), Gor''kiy, and Yaroslavl'' plants increased production from a few thousand vehicles in 1928 to 200,000 vehicles ...', source_ref('seed-long')),
    ('ref-94', 'reference', 94, 'Moskvitch 412 Reviews - Carsurvey.org', 'Carsurvey.org', NULL,
     'Lots of small problems starting with high voltage system, not working inside light, worn out glands in hydraulic brake system. Hundreds of other nagging not so ...Missing: 408 | Show results with:408', source_ref('seed-long')),
    ('ref-95', 'reference', 95, 'Izvestia Looks at Soviet Cars, Sees Lemons - Los Angeles Times', 'Los Angeles Times', DATE '1987-02-08',
     'Leaking fluids, engines that refuse to start, defective crankshafts and faulty electrical systems are some of the major problems reported by ...<|separator|>', source_ref('seed-long')),
    ('ref-96', 'reference', 96, 'Labor Discipline, the Use of Work Time, and the Decline of the ...', NULL, DATE '2008-12-16',
     'Labor Discipline, the Use of Work Time, and the Decline of the Soviet System, 1928–1991. Volume 50; Donald Filtzer (a1); DOI: https://doi.org ...', source_ref('seed-long')),
    ('ref-97', 'reference', 97, 'Political Corruption in the U. S. S. R. - jstor', 'jstor', NULL,
     '216 Western Political Quarterly. Considerable corruption has also accompanied the arrival of the automobile age in the U.S.S.R. Although the Soviets have ...', source_ref('seed-long')),
    ('ref-98', 'reference', 98, 'In Soviet, Widespread Practice of Bribery Helps One Get a Car, Get ...', NULL, DATE '1978-05-07',
     'Khrushchev tried to stamp out corruption —“this disgraceful survival of the past” —by ordering the death penalty for serious bribery. Today, ...Missing: Moskvich plant', source_ref('seed-long')),
    ('ref-99', 'reference', 99, '[PDF] THE SOVIET ANTICORRUPTION CAMPAIGN - CIA', 'CIA', NULL,
     'Corrupt or incompetent officials and plant managers were fired; waste in the transportation, consumer goods, and agricultural sectors was curbed where bribery,.', source_ref('seed-long')),
    ('ref-100', 'reference', 100, 'Russia to revive ''legendary'' Soviet-era car after Renault exit | Reuters', 'Reuters', DATE '2022-05-16',
     'Following the Soviet Union''s collapse, the car''s manufacturer was privatised and later was declared bankrupt.Missing: reliability | Show results with:reliability', source_ref('seed-long')),
    ('ref-101', 'reference', 101, 'Ukraine war: Russia nationalises Renault''s Moscow plant - BBC', 'BBC', DATE '2022-05-16',
     'It is the first Russian nationalisation of a major foreign business since the invasion of Ukraine.', source_ref('seed-long')),
    ('ref-102', 'reference', 102, 'Russia to Nationalize Renault Plant, Revive Soviet-Era Moskvitch ...', NULL, DATE '2022-05-16',
     'Russia has nationalized a major factory that belonged to Renault and intends to use it to revive the famous Soviet-era Moskvitch car.Missing: management | Show results with:management<|control11|><|separator|>', source_ref('seed-long')),
    ('ref-103', 'reference', 103, 'Russia''s new Moskvitch car looks identical to Chinese model', NULL, DATE '2022-11-24',
     'But the new Moskvitch 3 appears to be an identical copy of the Sehol X4 compact crossover made by China''s JAC.Missing: details origins', source_ref('seed-long')),
    ('ref-104', 'reference', 104, 'Time bomb: How sanctions are draining the Russian automotive ...', NULL, DATE '2023-10-13',
     'It is noteworthy that along with Moskvich, the updated SDN list now includes Sollers, i.e. another JAC partner. Its facilities in 2022 in ...Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-105', 'reference', 105, 'U.S. Charges 3 More Russians Over Sanctions Evasion', NULL, DATE '2023-11-02',
     'The Chinese automaker JAC, which supplies parts to Moskvitch, lies in the crosshairs of secondary sanctions. Hence, the company needs to decide ...', source_ref('seed-long')),
    ('ref-106', 'reference', 106, 'Russia''s Moskvich makes a triumphant return, under strong Chinese ...', NULL, DATE '2022-12-13',
     'Russia''s Moskvich makes a triumphant return, under strong Chinese influence. In December, 600 vehicles will roll off the production lines of the ...Missing: Moskvitch | Show results with:Moskvitch<|separator|>', source_ref('seed-long')),
    ('ref-107', 'reference', 107, '[PDF] Collision Course: The Future of Chinese Carmakers in Russia', NULL, DATE '2024-12-12',
     'From January 2025, Chinese carmakers will face more than $7,000 in additional costs for a 1-2L engine vehicle on top of the 15% import tariff, ...<|separator|>', source_ref('seed-long')),
    ('ref-108', 'reference', 108, 'MOSCOW''S MILLIONTH CAR - British Pathé', 'British Pathé', NULL,
     'MOSCOW''S MILLIONTH CAR (1967) ; Issue Date: 1967 ; Colour: Black & White ; Sound: Mute ; Resolution: SD (HD scan on request) ; Canister: UN 4275 C.', source_ref('seed-long')),
    ('ref-109', 'reference', 109, '[PDF] THE SOVIET MOTOR VEHICLE INDUSTRY - CIA', 'CIA', NULL,
     'In production technology, the Volga and Moskvich plants, which were built by Italy''s Fiat and modernized by France''s Renault, have little in common with their ...Missing: Moskvitch limitations', source_ref('seed-long')),
    ('ref-110', 'reference', 110, '(reference 110: no title or snippet in the seed)', NULL, NULL,
     NULL, source_ref('seed-long')),
    ('ref-111', 'reference', 111, 'The Russian auto market: - The New York Times', 'The New York Times', DATE '1972-10-08',
     'The private car has suddenly become the prime symbol of the Kremlin''s new attentiveness to the Soviet consumer.', source_ref('seed-long')),
    ('ref-112', 'reference', 112, '(reference 112: no title or snippet in the seed)', NULL, NULL,
     NULL, source_ref('seed-long')),
    ('ref-113', 'reference', 113, 'A Film of Our Time: "Moskvitch, Mon Amour" Captures the Post ...', NULL, DATE '2014-04-07',
     'The main character of the film is an elderly refugee named Hmayak Avanesyan, who being a Soviet man dreamed of having a Moskvitch, a type of ...<|separator|>', source_ref('seed-long')),
    ('ref-114', 'reference', 114, 'Moskvitch Logo, symbol, meaning, history, PNG, brand - Logos-world', 'Logos-world', NULL,
     'The emblem''s shape mimicked the bumper of the new cars and also resembled a star, emphasizing Soviet symbolism and a commitment to high ideals.<|separator|>', source_ref('seed-long')),
    ('ref-115', 'reference', 115, 'Revived Moskvich car brand breaks into Russia''s top 10', NULL, DATE '2023-12-04',
     'The Russian state purchased the factory from Renault last year for a symbolic one rouble as the French carmaker left the market after Moscow''s ...Missing: importance | Show results with:importance', source_ref('seed-long')),
    ('ref-116', 'reference', 116, 'Made in Russia? Chinese cars drive a revival of Russia''s auto ...', NULL, DATE '2023-07-21',
     'The company said it works with a "foreign partner" but did not confirm ties to JAC. "Production localisation is gradually increasing," Moskvich ...Missing: Moskvitch | Show results with:Moskvitch', source_ref('seed-long')),
    ('ref-117', 'reference', 117, 'Moskvich''s net loss under RAS for 2023 increased 3.6 times, to 8.6 ...', NULL, DATE '2024-02-22',
     'The company''s revenue increased by 38.9% to 59.2 billion rubles, and the cost of sales increased by 59.2% to 57.5 billion rubles. Gross profit ...', source_ref('seed-long')),
    ('ref-118', 'reference', 118, 'Russian auto industry will face long-term challenges', NULL, DATE '2025-10-02',
     'Collapse in sales and production; Exit of Western firms; Rise of Chinese brands; Financing constraints; Truck market dynamics; Chinese surge ...Missing: Moskvitch revival quality', source_ref('seed-long')),
    ('ref-119', 'reference', 119, 'Russia - Automotive Industry - GlobalSecurity.org', 'GlobalSecurity.org', DATE '2023-07-15',
     'With the country''s economic slump continuing, Russians are spending less on foreign cars. Nine out of 10 leading new cars, in terms of sales, ...<|separator|>', source_ref('seed-long')),
    ('ref-120', 'reference', 120, 'Moskvich auto plant transitions to complete production cycle - Interfax', 'Interfax', DATE '2024-05-14',
     'Moscow Automobile Plant, the former Russian plant of French automaker Renault, has switched automobile production to a complete cycle.Missing: Logan | Show results with:Logan<|control11|><|separator|>', source_ref('seed-long'));
