import ClusterGraph
import Foundation

/// Draws a supplier pyramid: the lead firm on top, each tier of suppliers below it, large tiers
/// collapsed into counted summary boxes.
///
/// A tier with more than ``Options/maxNodesPerTier`` firms is drawn as one summary box counting
/// its firms, wider the more firms it holds, so the drawing keeps the pyramid's shape at any
/// size. Arrows point the way goods flow, from supplier up to customer; an arrow between boxes
/// stands for all the links between them and its width follows their number.
///
/// ```swift
/// let tiers = [["t1a", "t1b"], ["t2a", "t2b", "t2c"]]   // tier 1 = direct suppliers
/// let diagram = try SupplierPyramidDiagram.make(graph: graph, lead: "lead", tiers: tiers)
/// ```
public enum SupplierPyramidDiagram {
    public struct Options: Sendable, Hashable {
        public var title: String?
        /// Tiers larger than this are collapsed into summary boxes. Default 30.
        public var maxNodesPerTier: Int
        /// A tier with more boxes than this is staggered over several rows (as Graphviz's
        /// `unflatten` does), so 30 direct suppliers make three rows of 10 rather than one row
        /// too wide to read in a report. Default 10.
        public var maxBoxesPerRow: Int

        public init(title: String? = nil, maxNodesPerTier: Int = 30, maxBoxesPerRow: Int = 10) {
            self.title = title
            self.maxNodesPerTier = maxNodesPerTier
            self.maxBoxesPerRow = maxBoxesPerRow
        }
    }

    /// A drawn box: one firm, or all firms of a collapsed tier.
    private enum Entity: Hashable {
        case firm(Int)
        case group(tier: Int)
    }

    private static let tierFills = ["#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6"]

    /// The pyramid of `lead` with `tiers[0]` its direct suppliers, `tiers[1]` theirs, and so on.
    /// Keys the graph lacks are ignored; links that do not join adjacent tiers are counted in
    /// the legend but not drawn.
    ///
    /// - Throws: ``RenderError/unknownLead(key:)`` when `lead` is not a node.
    /// - Complexity: O(n + m).
    public static func make(graph: LinkageGraph, lead: String, tiers: [[String]], options: Options = Options()) throws -> Diagram {
        guard let leadIndex = graph.index(of: lead) else { throw RenderError.unknownLead(key: lead) }
        var tierOf = Array(repeating: Int?.none, count: graph.nodeCount)
        tierOf[leadIndex] = 0
        var members: [[Int]] = [[leadIndex]]
        for keys in tiers {
            let tier = members.count
            let nodes = keys.compactMap { graph.index(of: $0) }.filter { tierOf[$0] == nil }
            for node in nodes { tierOf[node] = tier }
            members.append(nodes)
        }

        var entity = Array(repeating: Entity?.none, count: graph.nodeCount)
        var order: [[Entity]] = [[.firm(leadIndex)]]
        var sizes: [Entity: Int] = [.firm(leadIndex): 1]
        entity[leadIndex] = .firm(leadIndex)
        for tier in 1..<members.count {
            var tierEntities: [Entity] = []
            if members[tier].count <= options.maxNodesPerTier {
                for node in members[tier] {
                    entity[node] = .firm(node)
                    tierEntities.append(.firm(node))
                    sizes[.firm(node)] = 1
                }
            } else {
                let group = Entity.group(tier: tier)
                for node in members[tier] { entity[node] = group }
                tierEntities.append(group)
                sizes[group] = members[tier].count
            }
            order.append(tierEntities)
        }

        var linkCounts: [Entity: [Entity: Int]] = [:]
        var otherLinks = 0
        for supplier in 0..<graph.nodeCount {
            guard let tier = tierOf[supplier], let from = entity[supplier] else { continue }
            for customer in graph.successors(of: supplier).map(Int.init) where customer != supplier {
                guard let customerTier = tierOf[customer], let to = entity[customer] else { continue }
                if customerTier == tier - 1 {
                    linkCounts[from, default: [:]][to, default: 0] += 1
                } else if graph.isDirected || supplier < customer {
                    otherLinks += 1
                }
            }
        }

        var document = DOTDocument(directed: true)
        document.graph(["rankdir": "BT", "fontname": "DejaVu Sans", "bgcolor": "white", "pad": 0.3,
                        "nodesep": 0.12, "ranksep": 0.7, "labelloc": "t", "labeljust": "l",
                        "label": .html(header(options: options, members: members, otherLinks: otherLinks))])
        document.nodeDefaults(["shape": "box", "style": "filled,rounded", "fontname": "DejaVu Sans", "fontsize": 9,
                               "color": "#4d4d4d", "margin": "0.06,0.03"])
        document.edgeDefaults(["color": "#52525299", "arrowsize": 0.5, "fontname": "DejaVu Sans", "fontsize": 10])
        let ids = Dictionary(uniqueKeysWithValues: order.joined().enumerated().map { ($0.element, "e\($0.offset)") })
        // Each box's row counted down from the lead; a wide tier spans several rows, and every
        // arrow is as long as the rows it crosses (`minlen`), which keeps the tiers in order.
        var level: [Entity: Int] = [:]
        var rowsAbove = 0
        for (tier, entities) in order.enumerated() {
            for item in entities {
                document.node(ids[item] ?? "", attributes(of: item, tier: tier, count: sizes[item] ?? 0, graph: graph))
            }
            // Boxes are dealt to the rows in turn, so neighbours in a tier sit in alternate rows
            // and every row spans the tier's width.
            let rowCount = (entities.count + max(options.maxBoxesPerRow, 1) - 1) / max(options.maxBoxesPerRow, 1)
            let rows = (0..<rowCount).map { row in stride(from: row, to: entities.count, by: rowCount).map { entities[$0] } }
            for (row, boxes) in rows.enumerated() {
                for item in boxes { level[item] = rowsAbove + row }
                document.sameRank(boxes.compactMap { ids[$0] })
            }
            rowsAbove += max(rows.count, 1)
        }
        let heaviest = linkCounts.values.flatMap(\.values).max() ?? 1
        for from in order.joined() {
            guard let targets = linkCounts[from] else { continue }
            for to in order.joined() {
                guard let count = targets[to], let source = ids[from], let target = ids[to] else { continue }
                let share = (Double(count) / Double(heaviest)).squareRoot()
                var attributes: DOTAttributes = ["penwidth": .number(0.6 + 3 * share),
                                                 "tooltip": .text("\(NumberText.count(count)) supply link\(count == 1 ? "" : "s")")]
                if case .group = from, case .group = to { attributes["label"] = .text(" \(NumberText.count(count)) links") }
                let span = (level[from] ?? 0) - (level[to] ?? 0)
                if span > 1 { attributes["minlen"] = .number(Double(span)) }
                document.edge(from: source, to: target, attributes)
            }
        }
        var notes: [String] = []
        let collapsed = (1..<members.count).filter { members[$0].count > options.maxNodesPerTier }
        if !collapsed.isEmpty {
            notes.append("Tiers \(collapsed.map(String.init).joined(separator: ", ")) have more than \(options.maxNodesPerTier) firms and are each drawn as one counted summary box.")
        }
        return Diagram(document: document, engine: .dot, notes: notes)
    }

    private static func attributes(of item: Entity, tier: Int, count: Int, graph: LinkageGraph) -> DOTAttributes {
        let fill = tierFills[min(max(tier - 1, 0), tierFills.count - 1)]
        switch item {
        case .firm(let node) where tier == 0:
            return ["label": .text(LabelText.wrapped(graph.labels[node] ?? graph.keys[node], width: 18)),
                    "style": "filled,bold", "fillcolor": "#fdd49e", "color": "#b30000", "fontsize": 14,
                    "tooltip": .text("lead: \(graph.keys[node])")]
        case .firm(let node):
            return ["label": .text(LabelText.wrapped(graph.labels[node] ?? graph.keys[node], width: 12, maxLines: 2)),
                    "fillcolor": .text(fill), "tooltip": .text("tier \(tier): \(graph.keys[node])")]
        case .group:
            return ["label": .text("tier \(tier): \(NumberText.count(count)) firm\(count == 1 ? "" : "s")"),
                    "shape": "box3d", "style": "filled", "fillcolor": .text(fill),
                    "width": .number(1.2 + 1.6 * log10(Double(max(count, 1)))), "height": 0.6, "fontsize": 12,
                    "tooltip": .text("\(NumberText.count(count)) tier-\(tier) suppliers")]
        }
    }

    private static func header(options: Options, members: [[Int]], otherLinks: Int) -> String {
        var rows: [String] = []
        if let title = options.title {
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>\(DOTEscaping.html(title))</B></FONT></TD></TR>")
        }
        // One line per tier rather than a table: in a table with the wide title, Graphviz spreads
        // the title's width over the tier columns and pulls them apart.
        var lines: [String] = []
        for tier in 1..<members.count {
            let count = members[tier].count
            var line = "tier \(tier): \(NumberText.count(count)) firm" + (count == 1 ? "" : "s")
            if tier > 1, !members[tier - 1].isEmpty {
                line += " (×" + NumberText.decimal(Double(count) / Double(members[tier - 1].count), maximumFractionDigits: 1) + " the tier above)"
            }
            line += count <= options.maxNodesPerTier ? ", one box per firm" : ", one summary box"
            lines.append(DOTEscaping.html(line))
        }
        rows.append("<TR><TD ALIGN=\"LEFT\">" + lines.map { $0 + "<BR ALIGN=\"LEFT\"/>" }.joined() + "</TD></TR>")
        var footnote = "arrows: supplier → customer, width by number of links"
        if otherLinks > 0 { footnote += "; \(NumberText.count(otherLinks)) links within or across non-adjacent tiers not drawn" }
        rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#404040\">\(DOTEscaping.html(footnote))</FONT></TD></TR>")
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }
}
