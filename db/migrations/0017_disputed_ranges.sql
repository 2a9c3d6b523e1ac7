-- 0017: the range of a disputed value. A disputed column stays NULL (its competing values are claims), which hid the
-- value from filters, sorts and aggregates. Every number and year that can be disputed gets two columns beside it,
-- kept by triggers:
--   undisputed value  : both equal the column;
--   disputed value    : the earliest/lowest and the latest/highest claimed value (two or more different claims);
--   neither           : both NULL (a single claim recorded but not promoted to the column stays out of the range).
-- Years get <column>_earliest / <column>_latest, quantities <column>_lowest / <column>_highest. The claim-only quantities
-- (organization.sales2023, event.jobsPreserved: no column of their own) get the two range columns alone.


ALTER TABLE model        ADD COLUMN year_from_earliest integer, ADD COLUMN year_from_latest integer,
                         ADD COLUMN year_to_earliest integer,   ADD COLUMN year_to_latest integer,
                         ADD COLUMN units_built_lowest bigint,  ADD COLUMN units_built_highest bigint,
                         ADD CHECK (year_from_earliest <= year_from_latest), ADD CHECK (year_to_earliest <= year_to_latest),
                         ADD CHECK (units_built_lowest <= units_built_highest);
ALTER TABLE engine       ADD COLUMN displacement_cc_lowest integer,  ADD COLUMN displacement_cc_highest integer,
                         ADD COLUMN power_hp_lowest numeric(6,1),    ADD COLUMN power_hp_highest numeric(6,1),
                         ADD CHECK (displacement_cc_lowest <= displacement_cc_highest), ADD CHECK (power_hp_lowest <= power_hp_highest);
ALTER TABLE organization ADD COLUMN founded_year_earliest integer,   ADD COLUMN founded_year_latest integer,
                         ADD COLUMN dissolved_year_earliest integer, ADD COLUMN dissolved_year_latest integer,
                         ADD CHECK (founded_year_earliest <= founded_year_latest), ADD CHECK (dissolved_year_earliest <= dissolved_year_latest);
ALTER TABLE plant_name   ADD COLUMN year_from_earliest integer, ADD COLUMN year_from_latest integer,
                         ADD COLUMN year_to_earliest integer,   ADD COLUMN year_to_latest integer,
                         ADD CHECK (year_from_earliest <= year_from_latest), ADD CHECK (year_to_earliest <= year_to_latest);
ALTER TABLE export       ADD COLUMN year_to_earliest integer,   ADD COLUMN year_to_latest integer,
                         ADD COLUMN share_percent_lowest numeric(5,2), ADD COLUMN share_percent_highest numeric(5,2),
                         ADD CHECK (year_to_earliest <= year_to_latest), ADD CHECK (share_percent_lowest <= share_percent_highest);
ALTER TABLE model_plant  ADD COLUMN year_to_earliest integer,   ADD COLUMN year_to_latest integer,
                         ADD CHECK (year_to_earliest <= year_to_latest);
ALTER TABLE organization ADD COLUMN sales2023_lowest bigint, ADD COLUMN sales2023_highest bigint,
                         ADD CHECK (sales2023_lowest <= sales2023_highest);
ALTER TABLE event        ADD COLUMN jobs_preserved_lowest integer, ADD COLUMN jobs_preserved_highest integer,
                         ADD CHECK (jobs_preserved_lowest <= jobs_preserved_highest);

-- The disputable attributes and their columns (value_column NULL for a claim-only attribute). A new one: CREATE OR
-- REPLACE this view with one more row, add its two columns and the table's trigger.
CREATE VIEW claim_range (subject_kind, attribute, value_column, low_column, high_column) AS VALUES
    ('model',        'yearFrom',       'year_from',       'year_from_earliest',      'year_from_latest'),
    ('model',        'yearTo',         'year_to',         'year_to_earliest',        'year_to_latest'),
    ('model',        'unitsBuilt',     'units_built',     'units_built_lowest',      'units_built_highest'),
    ('engine',       'displacementCc', 'displacement_cc', 'displacement_cc_lowest',  'displacement_cc_highest'),
    ('engine',       'powerHp',        'power_hp',        'power_hp_lowest',         'power_hp_highest'),
    ('organization', 'foundedYear',    'founded_year',    'founded_year_earliest',   'founded_year_latest'),
    ('organization', 'dissolvedYear',  'dissolved_year',  'dissolved_year_earliest', 'dissolved_year_latest'),
    ('plant_name',   'yearFrom',       'year_from',       'year_from_earliest',      'year_from_latest'),
    ('plant_name',   'yearTo',         'year_to',         'year_to_earliest',        'year_to_latest'),
    ('export',       'yearTo',         'year_to',         'year_to_earliest',        'year_to_latest'),
    ('export',       'sharePercent',   'share_percent',   'share_percent_lowest',    'share_percent_highest'),
    ('model_plant',  'yearTo',         'year_to',         'year_to_earliest',        'year_to_latest'),
    ('organization', 'sales2023',      NULL,              'sales2023_lowest',        'sales2023_highest'),
    ('event',        'jobsPreserved',  NULL::text,        'jobs_preserved_lowest',   'jobs_preserved_highest');

-- Sets the range of one attribute of one row from its column, else from its claims when they disagree.
CREATE FUNCTION refresh_claim_range(p_kind text, p_id integer, p_attribute text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE r claim_range;
BEGIN
    SELECT * INTO r FROM claim_range WHERE subject_kind = p_kind AND attribute = p_attribute;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    EXECUTE format(
        'UPDATE %1$I t SET %3$I = coalesce(%2$s, c.low), %4$I = coalesce(%2$s, c.high)
           FROM (SELECT CASE WHEN count(DISTINCT value::numeric) > 1 THEN min(value::numeric) END AS low,
                        CASE WHEN count(DISTINCT value::numeric) > 1 THEN max(value::numeric) END AS high
                   FROM claim WHERE subject_kind = $1 AND subject_id = $2 AND attribute = $3) c
          WHERE t.id = $2',
        r.subject_kind, coalesce('t.' || quote_ident(r.value_column), 'NULL'), r.low_column, r.high_column)
    USING p_kind, p_id, p_attribute;
END
$$;

CREATE FUNCTION claim_range_from_claim() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM refresh_claim_range(OLD.subject_kind, OLD.subject_id, OLD.attribute);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM refresh_claim_range(NEW.subject_kind, NEW.subject_id, NEW.attribute);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OR DELETE ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_claim();

-- A change of a column (set, corrected, or cleared when a dispute opens) refreshes the ranges of that row.
CREATE FUNCTION claim_range_from_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE a text;
BEGIN
    FOR a IN SELECT attribute FROM claim_range WHERE subject_kind = TG_TABLE_NAME LOOP
        PERFORM refresh_claim_range(TG_TABLE_NAME, NEW.id, a);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF year_from, year_to, units_built ON model
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF displacement_cc, power_hp ON engine
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF founded_year, dissolved_year ON organization
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF year_from, year_to ON plant_name
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF year_to, share_percent ON export
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();
CREATE TRIGGER claim_range_refresh AFTER INSERT OR UPDATE OF year_to ON model_plant
    FOR EACH ROW EXECUTE FUNCTION claim_range_from_row();

SELECT refresh_claim_range(r.subject_kind, s.id, r.attribute)
  FROM claim_range r
  CROSS JOIN LATERAL (SELECT id FROM model        WHERE r.subject_kind = 'model'
            UNION ALL SELECT id FROM engine       WHERE r.subject_kind = 'engine'
            UNION ALL SELECT id FROM organization WHERE r.subject_kind = 'organization'
            UNION ALL SELECT id FROM plant_name   WHERE r.subject_kind = 'plant_name'
            UNION ALL SELECT id FROM export       WHERE r.subject_kind = 'export'
            UNION ALL SELECT id FROM model_plant  WHERE r.subject_kind = 'model_plant'
            UNION ALL SELECT id FROM event        WHERE r.subject_kind = 'event') s;

CREATE INDEX model_year_from_earliest_id_idx ON model (year_from_earliest, id);
