-- ClusterNet store, version 1: named linkage graphs, their nodes and links with attributes,
-- and saved analysis results. Node ids are dense (0..n-1) within a graph so that a snapshot
-- loads straight into compressed sparse rows without a key lookup per link.

CREATE TABLE graph (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    directed    INTEGER NOT NULL CHECK (directed IN (0, 1)),
    description TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL
);

CREATE TABLE node (
    graph_id INTEGER NOT NULL REFERENCES graph(id) ON DELETE CASCADE,
    id       INTEGER NOT NULL,
    key      TEXT    NOT NULL,
    label    TEXT,
    kind     TEXT    NOT NULL DEFAULT 'sector',
    PRIMARY KEY (graph_id, id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX node_by_key ON node(graph_id, key);

-- value is a number (REAL/INTEGER) or TEXT: the column has no declared type so SQLite keeps each as given.
CREATE TABLE node_attribute (
    graph_id INTEGER NOT NULL,
    node_id  INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    value,
    PRIMARY KEY (graph_id, node_id, name),
    FOREIGN KEY (graph_id, node_id) REFERENCES node(graph_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

-- A link points the way goods flow: source sells to (supplies) target.
CREATE TABLE link (
    graph_id INTEGER NOT NULL REFERENCES graph(id) ON DELETE CASCADE,
    source   INTEGER NOT NULL,
    target   INTEGER NOT NULL,
    kind     TEXT    NOT NULL DEFAULT 'supplies',
    weight   REAL    NOT NULL,
    PRIMARY KEY (graph_id, source, target, kind)
) WITHOUT ROWID;

CREATE INDEX link_by_target ON link(graph_id, target, source, kind, weight);

CREATE TABLE link_attribute (
    graph_id INTEGER NOT NULL REFERENCES graph(id) ON DELETE CASCADE,
    source   INTEGER NOT NULL,
    target   INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    value,
    PRIMARY KEY (graph_id, source, target, kind, name)
) WITHOUT ROWID;

-- A saved analysis: a partition (value = community id) or a set of scores (value = score) per node.
CREATE TABLE result (
    id         INTEGER PRIMARY KEY,
    graph_id   INTEGER NOT NULL REFERENCES graph(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL CHECK (type IN ('partition', 'scores')),
    method     TEXT    NOT NULL,
    parameters TEXT    NOT NULL DEFAULT '{}',
    created_at TEXT    NOT NULL,
    UNIQUE (graph_id, name)
);

CREATE TABLE result_value (
    result_id INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
    node_id   INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (result_id, node_id)
) WITHOUT ROWID;
