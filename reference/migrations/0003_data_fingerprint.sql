-- Schema 3: the fingerprint of the data (see Store.DataFingerprint) kept with it, so that a
-- run reads one row instead of hashing every series checksum (40,000 in the default data,
-- most of a short check's time). Every write stores the new one in its own transaction
-- (sealReleases), so it is never half-written; any other change of what it covers (releases,
-- their sources' names, checksums: an older tool, a hand edit) drops it through the triggers
-- below, and a missing fingerprint is computed from the data again. A stale one is never read.

CREATE TABLE data_fingerprint (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);

CREATE TRIGGER data_fingerprint_checksum_added AFTER INSERT ON release_checksums
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_checksum_changed AFTER UPDATE ON release_checksums
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_checksum_deleted AFTER DELETE ON release_checksums
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_release_added AFTER INSERT ON releases
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_release_changed AFTER UPDATE ON releases
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_release_deleted AFTER DELETE ON releases
BEGIN DELETE FROM data_fingerprint; END;
CREATE TRIGGER data_fingerprint_source_renamed AFTER UPDATE OF name ON sources
BEGIN DELETE FROM data_fingerprint; END;
