"""The PostgreSQL store's schema: the scripts PostgresStore applies in order, the version each
reaches (the same versions as SQLite's, bot/storage/sqlite_schema.py), and the optional text indexes.

A script is never edited once released: a change is a new script."""

from __future__ import annotations


# Municipality entries published in the staff console (bot/storage/entry_edits.py): every version
# kept, the newest of each entry in force, seen by every process.
ENTRY_EDITS_VERSION = 8
ENTRY_EDITS_MIGRATION = """
    CREATE TABLE entry_edits (
        municipality_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version > 0),
        text TEXT NOT NULL,
        actor TEXT NOT NULL,
        at_datetime TEXT NOT NULL,
        at_epoch DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (municipality_id, version)
    );
"""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE concerns (
        service_request_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        description TEXT NOT NULL,
        lat DOUBLE PRECISION,
        long DOUBLE PRECISION,
        address_string TEXT,
        requested_datetime TEXT NOT NULL,
        updated_datetime TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed', 'in_lagesbild')),
        status_notes TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        contact TEXT,
        contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
        resident TEXT NOT NULL,
        requested_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX concerns_by_resident ON concerns (resident, requested_epoch);
    CREATE INDEX concerns_by_municipality ON concerns (municipality, requested_epoch);
    CREATE TABLE reference_counters (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
    );
    CREATE TABLE intake_sessions (
        resident TEXT NOT NULL,
        channel TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_epoch DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (resident, channel)
    );
    CREATE TABLE unanswered (
        id BIGSERIAL PRIMARY KEY,
        asked_datetime TEXT NOT NULL,
        asked_epoch DOUBLE PRECISION NOT NULL,
        municipality_guess TEXT,
        topic TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX unanswered_by_municipality ON unanswered (municipality_guess, asked_epoch);
    CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        updated_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE audit_log (
        id BIGSERIAL PRIMARY KEY,
        at_datetime TEXT NOT NULL,
        at_epoch DOUBLE PRECISION NOT NULL,
        actor TEXT NOT NULL,
        municipality TEXT NOT NULL,
        reference TEXT NOT NULL,
        action TEXT NOT NULL,
        old TEXT NOT NULL DEFAULT '',
        new TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_by_reference ON audit_log (reference, at_epoch);
    """,
    # 3: the staff console's sessions and sign-in throttling, shared by every process
    """
    CREATE TABLE web_sessions (
        token_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        csrf TEXT NOT NULL,
        expires_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE login_failures (
        key TEXT NOT NULL,
        at_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX login_failures_by_key ON login_failures (key, at_epoch);
    CREATE INDEX concerns_by_time ON concerns (requested_epoch, service_request_id);
    CREATE INDEX concerns_by_category ON concerns (municipality, service_code, requested_epoch);
    CREATE INDEX concerns_by_status ON concerns (municipality, status, requested_epoch);
    CREATE TABLE rate_buckets (
        key TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        at_epoch DOUBLE PRECISION NOT NULL,
        allowed BOOLEAN NOT NULL
    );
    """,
    # 4: the trygghetsmätning: answers without a resident id, and keyed-hash marks per quarter
    """
    CREATE TABLE survey_marks (
        mark TEXT PRIMARY KEY,
        quarter TEXT NOT NULL,
        answered BOOLEAN NOT NULL DEFAULT false
    );
    CREATE TABLE survey_answers (
        id BIGSERIAL PRIMARY KEY,
        municipality TEXT NOT NULL,
        locality TEXT NOT NULL DEFAULT '',
        quarter TEXT NOT NULL,
        a1 SMALLINT, a2 SMALLINT, a3 SMALLINT, a4 SMALLINT, a5 SMALLINT
    );
    CREATE INDEX survey_by_municipality ON survey_answers (municipality, quarter);
    """,
    # 5: the trygghetsmätning as counts only (issue #35): see the SQLite migration of the same number.
    # DROP TABLE removes the old table's files whole.
    """
    CREATE TABLE survey_counts (
        municipality TEXT NOT NULL,
        quarter TEXT NOT NULL,
        locality TEXT NOT NULL,
        question TEXT NOT NULL,
        value SMALLINT NOT NULL,
        answers INTEGER NOT NULL,
        PRIMARY KEY (municipality, quarter, locality, question, value)
    );
    INSERT INTO survey_counts (municipality, quarter, locality, question, value, answers)
    SELECT municipality, quarter, locality, question, value, COUNT(*) FROM (
        SELECT municipality, quarter, locality, 'ute_sent' AS question, a1 AS value FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'overfallen', a2 FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'skrap_skadegorelse', a3 FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'trafik', a4 FROM survey_answers
    ) AS given WHERE value IS NOT NULL GROUP BY municipality, quarter, locality, question, value;
    DROP TABLE survey_answers;
    """,
    # 6: rate limits (bot/storage/windows.py): the times of the requests accepted under each keyed
    # hash, and when they stop counting; they replace the token buckets
    """
    DROP TABLE rate_buckets;
    CREATE TABLE rate_windows (
        key TEXT PRIMARY KEY,
        stamps DOUBLE PRECISION[] NOT NULL,
        until_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX rate_windows_by_until ON rate_windows (until_epoch);
    """,
    # 7: residents who asked to hear back, and the outbox: see the SQLite migration of the same number
    """
    CREATE TABLE update_requests (
        reference TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        address TEXT,
        language TEXT NOT NULL,
        asked_epoch DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE outbox (
        id BIGSERIAL PRIMARY KEY,
        reference TEXT NOT NULL,
        channel TEXT NOT NULL,
        address TEXT,
        status TEXT NOT NULL,
        note TEXT NOT NULL,
        language TEXT NOT NULL,
        created_epoch DOUBLE PRECISION NOT NULL,
        due_epoch DOUBLE PRECISION NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_epoch DOUBLE PRECISION,
        failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
        claimed_by TEXT,
        claimed_until DOUBLE PRECISION
    );
    CREATE INDEX outbox_due ON outbox (channel, due_epoch) WHERE sent_epoch IS NULL AND failed = 0;
    CREATE INDEX outbox_by_reference ON outbox (reference, id);
    """,
    ENTRY_EDITS_MIGRATION,
    # 9: residents who follow a kommun, and the outbox's news rows: see the SQLite migration of the same number
    """
    CREATE TABLE follows (
        resident TEXT NOT NULL,
        channel TEXT NOT NULL,
        municipality TEXT NOT NULL,
        address TEXT,
        language TEXT NOT NULL,
        followed_epoch DOUBLE PRECISION NOT NULL,
        seen_epoch DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (resident, channel, municipality)
    );
    CREATE INDEX follows_by_municipality ON follows (municipality);
    ALTER TABLE outbox ADD COLUMN follower TEXT;
    ALTER TABLE outbox ADD COLUMN news_key TEXT;
    CREATE UNIQUE INDEX outbox_news_key ON outbox (news_key);
    CREATE INDEX outbox_by_follower ON outbox (follower, channel) WHERE follower IS NOT NULL;
    """,
)
# The schema version each script reaches: SQLite reached the first script's tables in two steps, so
# PostgreSQL's first script is their sum and the versions stay the same on both engines. SQLite has
# no script for ENTRY_EDITS_VERSION: it keeps published entries as files (bot/storage/entry_edits.py).
REACHES = (2, 3, 4, 5, 6, 7, ENTRY_EDITS_VERSION, 9)
# Trigram indexes for the console's free-text search. pg_trgm ships with PostgreSQL (contrib) and a
# database owner may create it; where it cannot be created, the search still works, reading rows.
TEXT_INDEXES = """
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX concerns_description_trgm ON concerns USING gin (description gin_trgm_ops);
    CREATE INDEX concerns_place_trgm ON concerns USING gin (address_string gin_trgm_ops);
"""
SCHEMA_VERSION = REACHES[-1]
