-- docker compose: the login the api serves through, made when the postgres container first creates its database.
-- The postgres image runs this file (mounted into /docker-entrypoint-initdb.d) with psql as POSTGRES_USER, which stays
-- the owner: the api migrates with it (ConnectionStrings__Moskvitch) and reads through moskvitch_service
-- (ConnectionStrings__MoskvitchReader), whose password is MOSKVITCH_READER_PASSWORD in the container's environment.
--
-- This runs before the first migration, so moskvitch_reader is made here as 0013_reader_role.sql makes it (a NOLOGIN
-- role with the same settings); 0013 then finds it and grants it USAGE, SELECT and EXECUTE. The login is a member of
-- it and carries the same settings itself (a role's settings do not pass to its members), as the embedded PostgreSQL's
-- moskvitch_service does. Running it again, or after the migrations, changes nothing but the password.
\set ON_ERROR_STOP on
\getenv reader_password MOSKVITCH_READER_PASSWORD
\if :{?reader_password}
\else
\set reader_password ''
\endif
SET moskvitch.reader_password = :'reader_password';

DO $$
BEGIN
    IF current_setting('moskvitch.reader_password') = '' THEN
        RAISE EXCEPTION 'MOSKVITCH_READER_PASSWORD is not set: the reader login (moskvitch_service) needs a password';
    END IF;

    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'moskvitch_reader') THEN
        CREATE ROLE moskvitch_reader NOLOGIN;
    END IF;
    ALTER ROLE moskvitch_reader SET statement_timeout = '8s';
    ALTER ROLE moskvitch_reader SET idle_in_transaction_session_timeout = '30s';
    ALTER ROLE moskvitch_reader SET default_transaction_read_only = on;

    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'moskvitch_service') THEN
        CREATE ROLE moskvitch_service LOGIN;
    END IF;
    GRANT moskvitch_reader TO moskvitch_service;
    EXECUTE format('ALTER ROLE moskvitch_service LOGIN PASSWORD %L', current_setting('moskvitch.reader_password'));
    ALTER ROLE moskvitch_service SET statement_timeout = '8s';
    ALTER ROLE moskvitch_service SET idle_in_transaction_session_timeout = '30s';
    ALTER ROLE moskvitch_service SET default_transaction_read_only = on;
END
$$;

RESET moskvitch.reader_password;
