-- 0013: the role the service reads through: USAGE, SELECT and EXECUTE only, read-only transactions, and timeouts
-- that end a runaway statement (8 s, before the GraphQL timeout of 10 s) or an idle transaction (30 s).
-- The migrating role owns the schema and writes; the service's login role is a member of moskvitch_reader and
-- carries the same settings (set by the service for its embedded PostgreSQL; see README for your own server).
-- Created only when the migrating user may create roles; otherwise skipped with a notice.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'moskvitch_reader') THEN
        CREATE ROLE moskvitch_reader NOLOGIN;
    END IF;
    EXECUTE 'GRANT USAGE ON SCHEMA public TO moskvitch_reader';
    EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO moskvitch_reader';
    EXECUTE 'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO moskvitch_reader';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO moskvitch_reader';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO moskvitch_reader';
    EXECUTE 'ALTER ROLE moskvitch_reader SET statement_timeout = ''8s''';
    EXECUTE 'ALTER ROLE moskvitch_reader SET idle_in_transaction_session_timeout = ''30s''';
    EXECUTE 'ALTER ROLE moskvitch_reader SET default_transaction_read_only = on';
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'moskvitch_reader not created: the migrating user may not create roles';
END
$$;
