-- ClusterNet store, version 5: each graph keeps its node and link counts, so listing graphs reads
-- one row per graph instead of counting a national firm network's 10⁸ links, and loading a graph
-- sizes its arrays once. The writer keeps them current; existing graphs are counted here.

ALTER TABLE graph ADD COLUMN node_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE graph ADD COLUMN link_count INTEGER NOT NULL DEFAULT 0;

UPDATE graph SET node_count = (SELECT count(*) FROM node WHERE node.graph_id = graph.id),
                 link_count = (SELECT count(*) FROM link WHERE link.graph_id = graph.id);
