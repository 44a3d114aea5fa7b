-- Schema 1: sources and their releases, reference figures, dated events, and the names of
-- entities and indicators they refer to.

CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    url     TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT ''
);

-- A release is one publication (vintage) of a source. A source can publish several labelled
-- releases on one day (Rosstat's first estimate for one year and a revision of another).
CREATE TABLE releases (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id),
    released  TEXT NOT NULL CHECK (released GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    label     TEXT NOT NULL,
    url       TEXT NOT NULL DEFAULT '',
    UNIQUE (source_id, released, label)
);

CREATE TABLE indicators (
    name        TEXT PRIMARY KEY,
    unit        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE entities (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL -- country or aggregate
);

CREATE TABLE entity_aliases (
    alias TEXT NOT NULL COLLATE NOCASE,
    code  TEXT NOT NULL REFERENCES entities (code),
    kind  TEXT NOT NULL, -- name, short_name, demonym, capital, metonym
    PRIMARY KEY (alias, code, kind)
);
CREATE INDEX entity_aliases_by_code ON entity_aliases (code);

CREATE TABLE observations (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL REFERENCES entities (code),
    indicator  TEXT NOT NULL REFERENCES indicators (name),
    period     TEXT NOT NULL,
    basis      TEXT NOT NULL,
    value      REAL NOT NULL,
    release_id INTEGER NOT NULL REFERENCES releases (id),
    kind       TEXT NOT NULL CHECK (kind IN ('actual', 'projection')),
    -- Empty when the release's URL is where the figure can be read.
    source_url TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    -- One figure per release: a second row for the same key is a duplicate or a conflict.
    UNIQUE (entity, indicator, period, basis, kind, release_id)
);
CREATE INDEX observations_by_release ON observations (release_id);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    jurisdiction TEXT NOT NULL REFERENCES entities (code),
    target       TEXT NOT NULL REFERENCES entities (code),
    type         TEXT NOT NULL CHECK (type IN ('sanctions_imposed', 'sanctions_extended_until', 'sanctions_lifted')),
    date         TEXT NOT NULL,
    precision    TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    announced    TEXT NOT NULL,
    instrument   TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    source_url   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_target ON events (target, type, date);
