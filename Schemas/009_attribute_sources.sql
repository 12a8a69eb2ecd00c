-- ClusterNet store, version 9: where a graph's numbers come from. One note per node attribute,
-- or `links` for the links and their weights: a citation, or a text beginning with
-- "illustrative" for numbers set to show a method rather than measured. A result that rests on
-- an illustrative number says so (`import sources`, Docs/maturity-and-models.md).

CREATE TABLE attribute_source (
    graph_id  INTEGER NOT NULL REFERENCES graph(id) ON DELETE CASCADE,
    attribute TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    PRIMARY KEY (graph_id, attribute)
) WITHOUT ROWID;
