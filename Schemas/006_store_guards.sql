-- ClusterNet store, version 6: guards that hold whichever program writes the file.
--
-- The application id ("CLNT") marks the file as ClusterNet's, so opening can refuse a foreign
-- SQLite file before changing anything in it (`file` shows it too).
PRAGMA application_id = 1129074260;

-- Appending to a stored link adds the weights inside SQLite (ON CONFLICT … weight + excluded.weight);
-- a sum that overflows to ±infinity (9e999 is SQLite's spelling of it) or to NaN (stored as NULL)
-- is refused instead of stored, and the importer reports the row that tipped it.
CREATE TRIGGER link_weight_stays_finite BEFORE UPDATE OF weight ON link
WHEN NEW.weight IS NULL OR abs(NEW.weight) >= 9e999
BEGIN
    SELECT RAISE(ABORT, 'clusternet: link weight overflow');
END;
