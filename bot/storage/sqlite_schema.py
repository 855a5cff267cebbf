"""The embedded store's schema: one script per version, applied in order by SQLiteStore.open().

The versions are the same on both engines (bot/storage/postgres_schema.py); a script is never
edited once released: a change is a new script."""

from __future__ import annotations


MIGRATIONS: tuple[str, ...] = (
    # 1: concerns, reference counters, intake sessions, unanswered questions
    """
    CREATE TABLE concerns (
        service_request_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        description TEXT NOT NULL,
        lat REAL,
        long REAL,
        address_string TEXT,
        requested_datetime TEXT NOT NULL,
        updated_datetime TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        status_notes TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        resident TEXT NOT NULL,
        contact TEXT,
        contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
        requested_epoch REAL NOT NULL
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
        updated_epoch REAL NOT NULL,
        PRIMARY KEY (resident, channel)
    );
    CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        asked_datetime TEXT NOT NULL,
        asked_epoch REAL NOT NULL,
        municipality_guess TEXT,
        topic TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX unanswered_by_municipality ON unanswered (municipality_guess, asked_epoch);
    """,
    # 2: chat context shared by every channel and process, the staff audit log, and the statuses
    # staff set from the console (SQLite changes a CHECK only by rebuilding the table)
    """
    CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        updated_epoch REAL NOT NULL
    );
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_datetime TEXT NOT NULL,
        at_epoch REAL NOT NULL,
        actor TEXT NOT NULL,
        municipality TEXT NOT NULL,
        reference TEXT NOT NULL,
        action TEXT NOT NULL,
        old TEXT NOT NULL DEFAULT '',
        new TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_by_reference ON audit_log (reference, at_epoch);
    CREATE TABLE concerns_v2 (
        service_request_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        description TEXT NOT NULL,
        lat REAL,
        long REAL,
        address_string TEXT,
        requested_datetime TEXT NOT NULL,
        updated_datetime TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'closed', 'in_lagesbild')),
        status_notes TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        resident TEXT NOT NULL,
        contact TEXT,
        contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
        requested_epoch REAL NOT NULL
    );
    INSERT INTO concerns_v2 SELECT service_request_id, municipality, service_code, service_name, description,
        lat, long, address_string, requested_datetime, updated_datetime, status, status_notes, channel, resident,
        contact, contact_consent, requested_epoch FROM concerns;
    DROP TABLE concerns;
    ALTER TABLE concerns_v2 RENAME TO concerns;
    CREATE INDEX concerns_by_resident ON concerns (resident, requested_epoch);
    CREATE INDEX concerns_by_municipality ON concerns (municipality, requested_epoch);
    """,
    # 3: the staff console's sessions and sign-in throttling, kept in the database so every process
    # of the bot knows them; the newest-first list across municipalities needs time order alone
    """
    CREATE TABLE web_sessions (
        token_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        csrf TEXT NOT NULL,
        expires_epoch REAL NOT NULL
    );
    CREATE TABLE login_failures (
        key TEXT NOT NULL,
        at_epoch REAL NOT NULL
    );
    CREATE INDEX login_failures_by_key ON login_failures (key, at_epoch);
    CREATE INDEX concerns_by_time ON concerns (requested_epoch, service_request_id);
    CREATE INDEX concerns_by_category ON concerns (municipality, service_code, requested_epoch);
    CREATE INDEX concerns_by_status ON concerns (municipality, status, requested_epoch);
    """,
    # 4: the trygghetsmätning: answers without a resident id, and keyed-hash marks per quarter
    """
    CREATE TABLE survey_marks (
        mark TEXT PRIMARY KEY,
        quarter TEXT NOT NULL,
        answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1))
    );
    CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        municipality TEXT NOT NULL,
        locality TEXT NOT NULL DEFAULT '',
        quarter TEXT NOT NULL,
        a1 INTEGER, a2 INTEGER, a3 INTEGER, a4 INTEGER, a5 INTEGER
    );
    CREATE INDEX survey_by_municipality ON survey_answers (municipality, quarter);
    """,
    # 5: the trygghetsmätning as counts only (issue #35): a row per answer, with an id or a rowid in
    # arrival order, lined answers up with the concerns sent just before them. Now (municipality,
    # quarter, locality, question, value) -> how many, in a table without rowid, so its rows lie in
    # key order whatever the order of the answers. The old rows become counts (the fifth column was
    # never asked: the survey has always had four questions), then the table goes and the file is
    # rebuilt (VACUUM_AFTER), so its pages do not keep them either.
    """
    CREATE TABLE survey_counts (
        municipality TEXT NOT NULL,
        quarter TEXT NOT NULL,
        locality TEXT NOT NULL,
        question TEXT NOT NULL,
        value INTEGER NOT NULL,
        answers INTEGER NOT NULL,
        PRIMARY KEY (municipality, quarter, locality, question, value)
    ) WITHOUT ROWID;
    INSERT INTO survey_counts (municipality, quarter, locality, question, value, answers)
    SELECT municipality, quarter, locality, question, value, COUNT(*) FROM (
        SELECT municipality, quarter, locality, 'ute_sent' AS question, a1 AS value FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'overfallen', a2 FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'skrap_skadegorelse', a3 FROM survey_answers
        UNION ALL SELECT municipality, quarter, locality, 'trafik', a4 FROM survey_answers
    ) WHERE value IS NOT NULL GROUP BY municipality, quarter, locality, question, value;
    DROP TABLE survey_answers;
    """,
    # 6: rate limits (bot/storage/windows.py): the times of the requests accepted under each keyed
    # hash (a JSON list), and when they stop counting
    """
    CREATE TABLE rate_windows (
        key TEXT PRIMARY KEY,
        stamps TEXT NOT NULL,
        until_epoch REAL NOT NULL
    );
    CREATE INDEX rate_windows_by_until ON rate_windows (until_epoch);
    """,
    # 7: residents who asked to hear back about a concern, and the outbox of what they are told
    # (issue #34). `address` is a Telegram chat id encrypted with Fernet (bot/concerns/updates.py),
    # kept while the concern is open and only until its last message is sent.
    """
    CREATE TABLE update_requests (
        reference TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        address TEXT,
        language TEXT NOT NULL,
        asked_epoch REAL NOT NULL
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL,
        channel TEXT NOT NULL,
        address TEXT,
        status TEXT NOT NULL,
        note TEXT NOT NULL,
        language TEXT NOT NULL,
        created_epoch REAL NOT NULL,
        due_epoch REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        sent_epoch REAL,
        failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
        claimed_by TEXT,
        claimed_until REAL
    );
    CREATE INDEX outbox_due ON outbox (channel, due_epoch) WHERE sent_epoch IS NULL AND failed = 0;
    CREATE INDEX outbox_by_reference ON outbox (reference, id);
    """,
    # 8: nothing in the file: SQLite keeps entries published in the staff console as files in the
    # data dir (bot/storage/entry_edits.py); PostgreSQL's 8 makes its entry_edits table. The number
    # keeps both engines at the same schema version.
    """
    -- entry edits: files in the data dir
    """,
    # 9: residents who follow a kommun, and the outbox's news rows for them (issue #34, item 4): see
    # TABLES in bot/storage/base.py. `news_key` is unique, so a change reloaded by two processes is
    # queued once per follower.
    """
    CREATE TABLE follows (
        resident TEXT NOT NULL,
        channel TEXT NOT NULL,
        municipality TEXT NOT NULL,
        address TEXT,
        language TEXT NOT NULL,
        followed_epoch REAL NOT NULL,
        seen_epoch REAL NOT NULL,
        PRIMARY KEY (resident, channel, municipality)
    );
    CREATE INDEX follows_by_municipality ON follows (municipality);
    ALTER TABLE outbox ADD COLUMN follower TEXT;
    ALTER TABLE outbox ADD COLUMN news_key TEXT;
    CREATE UNIQUE INDEX outbox_news_key ON outbox (news_key);
    CREATE INDEX outbox_by_follower ON outbox (follower, channel) WHERE follower IS NOT NULL;
    """,
)
# Versions whose migration deletes what must not stay in the file's free pages or its log.
VACUUM_AFTER = frozenset({5})
