import ClusterGraph

/// Draws a linkage graph: link width by weight, node size by output, weak links hidden, and
/// clusters as boxes coloured by maturity class with a legend.
///
/// ```swift
/// let clusters = [RenderedCluster(id: "0", members: ["02_03", "16", "17_18"], maturity: "strong", title: "Forest")]
/// let diagram = LinkageDiagram.make(graph: graph, clusters: clusters,
///                                   options: LinkageDiagramOptions(title: "Finland 2014"))
/// let png = try diagram.render(format: .png)
/// ```
public enum LinkageDiagram {
    /// The diagram of `graph` with `clusters` drawn as boxes (except with sfdp) and as node
    /// colours, laid out by `engine` or, when nil, the engine that suits its size.
    ///
    /// Graphs above ``LinkageDiagramOptions/nodeLimit`` nodes are aggregated first (see
    /// ``LinkageDiagramOptions/aggregation``) and a note says so.
    ///
    /// - Complexity: O(n + m log d) to build the document; layout cost is Graphviz's.
    public static func make(graph: LinkageGraph, clusters: [RenderedCluster] = [],
                            options: LinkageDiagramOptions = LinkageDiagramOptions(), engine: LayoutEngine? = nil) -> Diagram {
        if !clusters.isEmpty, options.aggregates(nodeCount: graph.nodeCount) {
            let overview = CommunityOverview(graph: graph, clusters: clusters, sizeAttribute: options.sizeAttribute)
            return make(overview: overview, clusters: clusters, options: options, engine: engine)
        }
        var drawn = graph
        var notes: [String] = []
        if graph.nodeCount > options.nodeLimit, options.aggregation == .auto {
            let limit = NumberText.count(options.nodeLimit)
            drawn = ClusterAggregation.strongest(graph, limit: options.nodeLimit, sizeAttribute: options.sizeAttribute)
            notes.append("The graph has \(NumberText.count(graph.nodeCount)) nodes, more than the drawing limit of \(limit), and no clusters were given: only the \(limit) nodes with the largest total link weight are drawn. Give clusters to draw every node, aggregated by cluster.")
        }
        return draw(drawn, boxes: clusters, aggregatedMaturity: nil, notes: notes, options: options, engine: engine)
    }

    /// The aggregated diagram of a graph known by its ``ClusterGraph/CommunityOverview`` alone (as
    /// `LinkageStore.communityOverview` makes it, without loading the graph): each cluster one
    /// node, sized by the size attribute or member count, with links summed between clusters.
    /// `clusters[i]` gives the id, title and class of `overview.clusters[i]`.
    ///
    /// ```swift
    /// let overview = try store.communityOverview(graph: "firms", partition: "louvain")
    /// let diagram = LinkageDiagram.make(overview: overview, clusters: RenderedCluster.clusters(from: overview))
    /// ```
    ///
    /// - Complexity: O(c log c + p) for c clusters and p linked pairs, beside the layout.
    public static func make(overview: CommunityOverview, clusters: [RenderedCluster],
                            options: LinkageDiagramOptions = LinkageDiagramOptions(), engine: LayoutEngine? = nil) -> Diagram {
        var options = options
        let aggregated = ClusterAggregation.aggregate(overview, clusters: clusters, sizeAttribute: options.sizeAttribute,
                                                      nodeLimit: options.aggregatedNodeLimit)
        options.sizeAttribute = aggregated.sizeAttribute
        let found = aggregated.clusterCount
        let count = NumberText.count(overview.nodeCount)
        var note = overview.nodeCount > options.nodeLimit
            ? "The graph has \(count) nodes, more than the drawing limit of \(NumberText.count(options.nodeLimit)), so it is aggregated"
            : "The graph's \(count) nodes are aggregated as asked"
        note += " into \(NumberText.count(found)) \(options.clusterSource): each is drawn as one node, sized by \(options.sizeAttribute), with links summed between them"
        let drawn = aggregated.graph
        if drawn.nodeCount < found { note += "; the \(NumberText.count(drawn.nodeCount - 1)) largest are drawn on their own, the rest as one node \"Other\"" }
        return draw(drawn, boxes: [], aggregatedMaturity: aggregated.maturity, notes: [note + "."], options: options, engine: engine)
    }

    /// The DOT document of `drawn` (the graph itself, its strongest nodes or its clusters as nodes).
    private static func draw(_ drawn: LinkageGraph, boxes: [RenderedCluster], aggregatedMaturity: [String?]?, notes: [String],
                             options: LinkageDiagramOptions, engine: LayoutEngine?) -> Diagram {
        var notes = notes
        let engine = engine ?? LayoutEngine.suggested(nodeCount: drawn.nodeCount, hasClusters: !boxes.isEmpty)
        let membership = Membership(graph: drawn, clusters: boxes)
        let fills = aggregatedMaturity.map { classes in classes.enumerated().map { MaturityStyle.of($0.element, position: $0.offset) } }
            ?? membership.cluster.map { $0.map { MaturityStyle.of(boxes[$0].maturity, position: $0) } }
        var selection = LinkSelection.select(drawn, topPerNode: options.topLinksPerNode, minimumWeight: options.minimumWeight)
        if let k = options.topLinksPerNode, k > 0, !boxes.isEmpty {
            let between = LinkSelection.strongestBetweenGroups(drawn, group: membership.cluster, perGroup: k, minimumWeight: options.minimumWeight)
            selection.links = Array(Set(selection.links).union(between)).sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        }
        if selection.links.count < selection.total {
            notes.append("Drawn: \(NumberText.count(selection.links.count)) of \(NumberText.count(selection.total)) links (\(filterDescription(options, withClusters: !boxes.isEmpty))).")
        }
        let labelled = drawn.nodeCount <= options.labelLimit
        if !labelled {
            notes.append("Labels are left out: \(NumberText.count(drawn.nodeCount)) nodes are more than \(NumberText.count(options.labelLimit)) can carry readably.")
        }
        var writer = Writer(graph: drawn, options: options, labelled: labelled, fills: fills)
        writer.header(classes: Set((boxes.compactMap(\.maturity) + (aggregatedMaturity ?? []).compactMap { $0 }).map { $0.lowercased() }),
                      shownLinks: selection.links.count, totalLinks: selection.total, clustered: !boxes.isEmpty)
        writer.nodes(boxes: engine.drawsClusterBoxes ? boxes : [], membership: membership)
        writer.links(selection.links, fills: fills, membership: membership)
        return Diagram(document: writer.document, engine: engine, notes: notes)
    }

    private static func filterDescription(_ options: LinkageDiagramOptions, withClusters: Bool) -> String {
        var parts: [String] = []
        if let k = options.topLinksPerNode, k > 0 {
            parts.append("the \(k) heaviest per node" + (withClusters ? " and per cluster towards other clusters" : ""))
        }
        if let minimum = options.minimumWeight { parts.append("weight at least \(NumberText.decimal(minimum, maximumFractionDigits: 4))") }
        return parts.joined(separator: ", ")
    }

    /// Writes the DOT statements; split from `make` so each step reads on its own.
    private struct Writer {
        let graph: LinkageGraph
        let options: LinkageDiagramOptions
        let labelled: Bool
        /// The style of each node's cluster, nil outside clusters.
        let fills: [MaturityStyle?]
        let relativeSize: [Double?]
        var document: DOTDocument

        init(graph: LinkageGraph, options: LinkageDiagramOptions, labelled: Bool, fills: [MaturityStyle?]) {
            self.graph = graph
            self.options = options
            self.labelled = labelled
            self.fills = fills
            let column = graph.attributes.column(options.sizeAttribute)
            let largest = column?.compactMap { $0 }.filter { $0 > 0 }.max()
            // Area, not width, should follow size: scale by the square root.
            self.relativeSize = (0..<graph.nodeCount).map { node in
                guard let largest, let value = column?[node] ?? nil else { return nil }
                return (max(value, 0) / largest).squareRoot()
            }
            self.document = DOTDocument(directed: graph.isDirected)
        }

        mutating func header(classes: Set<String>, shownLinks: Int, totalLinks: Int, clustered: Bool) {
            var rows: [String] = []
            if let title = options.title {
                rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>\(DOTEscaping.html(title))</B></FONT></TD></TR>")
            }
            rows += MaturityStyle.legendRows(present: classes)
            var encoding: [String] = []
            if relativeSize.contains(where: { $0 != nil }) { encoding.append("node size: \(options.sizeAttribute)") }
            encoding.append("link width: weight")
            if clustered { encoding.append("links within a cluster in its colour, between clusters grey") }
            if shownLinks < totalLinks { encoding.append("\(NumberText.count(shownLinks)) of \(NumberText.count(totalLinks)) links shown") }
            // One line per item: a caption wider than the legend would stretch its swatch column.
            let caption = encoding.map { DOTEscaping.html($0) + "<BR ALIGN=\"LEFT\"/>" }.joined()
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#404040\">\(caption)</FONT></TD></TR>")
            var attributes: DOTAttributes = [
                "fontname": "DejaVu Sans", "bgcolor": "white", "pad": 0.3, "outputorder": "edgesfirst",
                "labelloc": "t", "labeljust": "l",
                "label": .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"),
                "overlap": "prism", "sep": "+6", "start": .number(Double(options.seed)), "esep": "+3",
            ]
            if !labelled { attributes["size"] = "40,40" }
            document.graph(attributes)
            if labelled {
                document.nodeDefaults(["shape": "ellipse", "style": "filled", "fillcolor": "#ffffff", "color": "#595959",
                                       "fontname": "DejaVu Sans", "fontsize": 10, "margin": "0.04,0.02"])
                document.edgeDefaults(["color": "#7f7f7f99", "arrowsize": 0.6])
            } else {
                document.nodeDefaults(["shape": "point", "width": 0.06, "color": "#595959", "fillcolor": "#bdbdbd"])
                document.edgeDefaults(["color": "#7f7f7f66", "arrowhead": "none"])
            }
        }

        mutating func nodes(boxes: [RenderedCluster], membership: Membership) {
            var membersOf = Array(repeating: [Int](), count: boxes.count)
            var outside: [Int] = []
            for node in 0..<graph.nodeCount {
                if let box = membership.cluster[node], box < boxes.count { membersOf[box].append(node) } else { outside.append(node) }
            }
            for (position, box) in boxes.enumerated() where !membersOf[position].isEmpty {
                let style = MaturityStyle.of(box.maturity, position: position)
                let wrapped = LabelText.wrapped(box.title, width: 28, maxLines: 2)
                let title = box.maturity.map { "\(wrapped)\n(\($0))" } ?? wrapped
                let members = membersOf[position].map { (Self.id($0), attributes(of: $0)) }
                document.subgraph("cluster_\(position)") { sub in
                    sub.graph(["label": .text(title), "style": .text(style.boxStyle), "fillcolor": .text(style.boxFill),
                               "color": .text(style.border), "penwidth": 1.5, "fontsize": 12, "fontname": "DejaVu Sans Bold",
                               "tooltip": .text("cluster \(box.id): \(box.title)")])
                    for (id, attributes) in members { sub.node(id, attributes) }
                }
            }
            for node in outside { document.node(Self.id(node), attributes(of: node)) }
        }

        mutating func links(_ links: [DrawnLink], fills: [MaturityStyle?], membership: Membership) {
            let heaviest = links.map { abs($0.weight) }.max() ?? 1
            for link in links {
                let share = heaviest > 0 ? (abs(link.weight) / heaviest).squareRoot() : 1
                var attributes: DOTAttributes = ["penwidth": .number(labelled ? 0.5 + 4.5 * share : 0.2 + 1.3 * share)]
                if let box = membership.cluster[link.source], box == membership.cluster[link.target], let style = fills[link.source] {
                    attributes["color"] = .text(style.border + "b0")
                }
                if labelled {
                    attributes["tooltip"] = .text("\(graph.keys[link.source]) → \(graph.keys[link.target]): \(NumberText.decimal(link.weight, maximumFractionDigits: 4))")
                }
                document.edge(from: Self.id(link.source), to: Self.id(link.target), attributes)
            }
        }

        private func attributes(of node: Int) -> DOTAttributes {
            var attributes: DOTAttributes = [:]
            if let style = fills[node] {
                attributes["fillcolor"] = .text(style.nodeFill)
                attributes["color"] = .text(style.border)
            }
            let share = relativeSize[node]
            if labelled {
                // Aggregated nodes come with their lines laid out (title, count, largest members).
                let label = graph.labels[node] ?? graph.keys[node]
                attributes["label"] = .text(graph.kinds[node] == "cluster" ? label : LabelText.wrapped(label))
                if let share {
                    attributes["width"] = .number(0.5 + 1.4 * share)
                    attributes["height"] = .number(0.3 + 0.6 * share)
                    attributes["fontsize"] = .number(9 + 5 * share)
                }
                var tooltip = graph.keys[node]
                if let label = graph.labels[node] { tooltip += " — " + label }
                if let value = graph.attributes.number(options.sizeAttribute, at: node) {
                    tooltip += "\n\(options.sizeAttribute): \(NumberText.decimal(value, maximumFractionDigits: 2))"
                }
                attributes["tooltip"] = .text(tooltip)
            } else if let share {
                attributes["width"] = .number(0.04 + 0.22 * share)
            }
            return attributes
        }

        /// Generated node ids: keys stay in labels, because not every key can be a DOT identifier.
        private static func id(_ node: Int) -> String { "n\(node)" }
    }
}
