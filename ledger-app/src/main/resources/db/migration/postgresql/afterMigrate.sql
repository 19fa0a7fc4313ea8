-- After every migration (a Flyway callback): the ledger's database user, if it is not the owner who
-- migrates, may read and append the event table and nothing more (no UPDATE, DELETE or TRUNCATE: an
-- event once written stays as it was, ADR 5 and 9), and may read and write every other table of the
-- schema, including those later migrations create. Run again at each start, so a changed user gets
-- its rights too. docs/operations.md, "PostgreSQL".
DO $grants$
DECLARE
    ledger_user text := '${application_user}';
    ledger_schema text := current_schema();
BEGIN
    IF ledger_user = current_user THEN
        RAISE NOTICE 'the ledger works as the schema owner %: the event table is not protected', ledger_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', ledger_schema, ledger_user);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', ledger_schema, ledger_user);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', ledger_schema, ledger_user);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON domain_event_entry FROM %I, PUBLIC',
                   ledger_user);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   ledger_schema, ledger_user);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   ledger_schema, ledger_user);
END
$grants$;
