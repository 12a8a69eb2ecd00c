-- ClusterNet store, version 2: when each graph last changed. `clusternet graphs` shows it, so a
-- user can tell a fresh import from a stale one, and saved results can be compared against it.
-- Existing graphs take their creation time.

ALTER TABLE graph ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

UPDATE graph SET updated_at = created_at;
