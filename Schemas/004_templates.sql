-- ClusterNet store, version 4: cluster templates, names for the clusters of saved partitions, and
-- what each graph stands for.
--
-- A template is a cluster definition by sector key, derived once (consensus over many detections,
-- on one graph or pooled over several) or imported from a key,cluster file, and applied to every
-- graph with the same keys, as the US Cluster Mapping and the European Cluster Observatory apply
-- one definition to every region and year. Keys, not node ids: a template belongs to no graph.

CREATE TABLE template (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    method      TEXT    NOT NULL CHECK (method IN ('consensus', 'file')),
    -- JSON object of strings: runs, resolutions, threshold, seed, …
    parameters  TEXT    NOT NULL DEFAULT '{}',
    -- JSON array of strings: the graphs it was derived from, or the file it was read from.
    sources     TEXT    NOT NULL DEFAULT '[]',
    -- The least dependence that puts a supplier into a cluster's extended cluster; NULL when none were computed.
    extension_threshold REAL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE template_cluster (
    template_id INTEGER NOT NULL REFERENCES template(id) ON DELETE CASCADE,
    id          INTEGER NOT NULL,
    name        TEXT    NOT NULL COLLATE NOCASE,
    named_by    TEXT    NOT NULL CHECK (named_by IN ('derived', 'user', 'file')),
    PRIMARY KEY (template_id, id),
    UNIQUE (template_id, name)
) WITHOUT ROWID;

-- Each key belongs to one cluster of its template (the hard partition).
CREATE TABLE template_member (
    template_id INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    cluster_id  INTEGER NOT NULL,
    label       TEXT,
    -- Share of the detection runs agreeing with the member's place; NULL for imported templates.
    stability   REAL,
    PRIMARY KEY (template_id, key),
    FOREIGN KEY (template_id, cluster_id) REFERENCES template_cluster(template_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Extended clusters: suppliers outside a cluster that it is tied to, with the dependence that put them there.
CREATE TABLE template_supplier (
    template_id INTEGER NOT NULL,
    cluster_id  INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    label       TEXT,
    dependence  REAL    NOT NULL,
    PRIMARY KEY (template_id, cluster_id, key),
    FOREIGN KEY (template_id, cluster_id) REFERENCES template_cluster(template_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Names of the communities of a saved partition (from a template or a key,cluster file), so a
-- cluster can be chosen by name (`models --cluster forest`).
CREATE TABLE result_cluster (
    result_id INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
    community INTEGER NOT NULL,
    name      TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (result_id, community),
    UNIQUE (result_id, name)
) WITHOUT ROWID;

-- What a graph stands for, so `compare` can tell a series of one economy from a cross-section of
-- one year, and refuse graphs in different units. Every column is optional (unknown).
CREATE TABLE graph_context (
    graph_id INTEGER PRIMARY KEY REFERENCES graph(id) ON DELETE CASCADE,
    economy  TEXT,
    year     INTEGER,
    unit     TEXT
);
