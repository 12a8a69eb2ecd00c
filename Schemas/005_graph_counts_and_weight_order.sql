-- ClusterNet store, version 5: what a national firm network of 10⁸ links needs to answer at once.
--
-- Each graph keeps its node and link counts, so listing graphs reads one row per graph instead of
-- counting every link, and loading a graph sizes its arrays once. The writer keeps them current;
-- existing graphs are counted here.
ALTER TABLE graph ADD COLUMN node_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE graph ADD COLUMN link_count INTEGER NOT NULL DEFAULT 0;

-- Every write to a graph's nodes or links counts up its revision, so readers that load parts of
-- one graph on several connections at once can tell that they all saw the same graph.
ALTER TABLE graph ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

UPDATE graph SET node_count = (SELECT count(*) FROM node WHERE node.graph_id = graph.id),
                 link_count = (SELECT count(*) FROM link WHERE link.graph_id = graph.id);

-- Links heaviest first, ties in stored order: `links --limit N` (and a query ordered by weight)
-- reads the first N entries instead of sorting every link of the graph.
CREATE INDEX link_by_weight ON link(graph_id, weight DESC, source, target, kind);
