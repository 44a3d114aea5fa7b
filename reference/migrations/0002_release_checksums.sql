-- Schema 2: a checksum of each release's figures, series by series (one entity's indicator),
-- written with them and verified when a lookup first meets the series of a release, so that
-- a figure damaged inside the file is an error, not a verdict. A database migrated from
-- schema 1 gets its checksums at once.

CREATE TABLE release_checksums (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    indicator  TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    PRIMARY KEY (release_id, entity, indicator)
);
