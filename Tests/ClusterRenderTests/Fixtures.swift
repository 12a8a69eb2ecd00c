import ClusterGraph
import ClusterRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Hand-built graphs for the rendering tests.
enum Fixtures {
    /// A deterministic pseudo-random sequence (SplitMix64), so fixtures are the same on every run.
    struct Sequence {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    static let clusterNames = ["Forest", "Metals & machinery", "Food", "ICT", "Construction"]
    static let maturities = ["strong", "stable", "latent", "strong", "potential"]
    static let sectorNames = [
        ["Forestry and logging", "Sawmills and plywood", "Pulp and paper", "Printing", "Wood furniture", "Forest machinery services"],
        ["Basic metals", "Fabricated metal products", "Machinery n.e.c.", "Engines and turbines", "Metal ore mining", "Repair of machinery"],
        ["Agriculture", "Dairy (Valio)", "Bakeries (Fazer)", "Beverages", "Meat processing", "Food wholesale"],
        ["Electronics", "Telecom equipment", "Software", "Telecommunications", "IT services", "Research and development"],
        ["Construction", "Cement and concrete", "Glass and ceramics", "Строительные материалы", "Architecture and engineering", "Real estate"],
    ]

    /// 30 sectors in 5 clusters of 6: heavy flows inside clusters, light ones between, an `output`
    /// attribute on every sector. Keys `s00`…`s29`.
    static func ioGraph() -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        var random = Sequence(state: 42)
        for cluster in 0..<5 {
            for member in 0..<6 {
                let index = builder.addNode(key: key(cluster * 6 + member), label: sectorNames[cluster][member])
                builder.setAttribute("output", of: index, to: .number(500 + 20_000 * random.next() * random.next()))
            }
        }
        for u in 0..<30 {
            for v in 0..<30 where u != v {
                let sameCluster = u / 6 == v / 6
                let draw = random.next()
                if sameCluster, draw < 0.7 {
                    builder.addLink(from: u, to: v, weight: (200 + 2_000 * random.next()).rounded())
                } else if !sameCluster, draw < 0.12 {
                    builder.addLink(from: u, to: v, weight: (10 + 300 * random.next()).rounded())
                }
            }
        }
        return builder.build()
    }

    static func key(_ index: Int) -> String { String(format: "s%02d", index) }

    /// The five clusters of ``ioGraph()`` with their maturity classes.
    static func clusters() -> [RenderedCluster] {
        (0..<5).map { cluster in
            RenderedCluster(id: "c\(cluster)", members: (0..<6).map { key(cluster * 6 + $0) },
                            maturity: maturities[cluster], title: clusterNames[cluster])
        }
    }

    /// A supplier pyramid: lead `L`, then tiers of the given sizes; each firm supplies one
    /// customer of the tier above (spread evenly), plus a few cross links to a second customer.
    static func pyramid(tierSizes: [Int]) -> (graph: LinkageGraph, tiers: [[String]]) {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addNode(key: "L", label: "Lead Motor Co.")
        var previous = ["L"]
        var tiers: [[String]] = []
        var random = Sequence(state: 7)
        for (level, size) in tierSizes.enumerated() {
            let keys = (0..<size).map { "t\(level + 1)-\($0)" }
            for (position, key) in keys.enumerated() {
                builder.addNode(key: key, label: "Supplier \(level + 1).\(position)")
                builder.addLink(from: key, to: previous[position * previous.count / size], weight: 1 + (10 * random.next()).rounded())
                if random.next() < 0.1 {
                    builder.addLink(from: key, to: previous[Int(random.next() * Double(previous.count))], weight: 1)
                }
            }
            tiers.append(keys)
            previous = keys
        }
        return (builder.build(), tiers)
    }

    /// A graph of `clusterCount` dense groups of `size` nodes with sparse links between them.
    static func largeGraph(clusterCount: Int, size: Int) -> (graph: LinkageGraph, clusters: [RenderedCluster]) {
        var builder = LinkageGraphBuilder(directed: false)
        var random = Sequence(state: 99)
        let n = clusterCount * size
        for node in 0..<n { builder.addNode(key: "v\(node)") }
        for node in 0..<n {
            let group = node / size
            for _ in 0..<3 {
                let inside = group * size + Int(random.next() * Double(size))
                if inside != node { builder.addLink(from: node, to: inside, weight: 1 + random.next()) }
            }
            if random.next() < 0.2 {
                let other = Int(random.next() * Double(n))
                if other != node { builder.addLink(from: node, to: other, weight: 0.5) }
            }
        }
        let clusters = (0..<clusterCount).map { group in
            RenderedCluster(id: "g\(group)", members: (0..<size).map { "v\(group * size + $0)" },
                            maturity: MaturityStyle.classes[group % 4], title: "Group \(group)")
        }
        return (builder.build(), clusters)
    }
}

/// What an SVG holds, read with a real XML parser (which also proves it well-formed).
final class SVGContents: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var titlesByClass: [String: [String]] = [:]
    private(set) var rootElement: String?
    private var classStack: [String?] = []
    private var currentText: String?
    private var inTitle = false

    /// Parses `bytes`; nil when they are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> SVGContents? {
        let contents = SVGContents()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = contents
        return parser.parse() ? contents : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if rootElement == nil { rootElement = elementName }
        classStack.append(attributes["class"])
        if elementName == "text" || elementName == "title" { currentText = "" }
        inTitle = elementName == "title"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        classStack.removeLast()
        if elementName == "text", let text = currentText {
            texts.append(text)
            currentText = nil
        } else if elementName == "title", let text = currentText {
            let owner = classStack.last.flatMap { $0 } ?? "none"
            titlesByClass[owner, default: []].append(text)
            currentText = nil
        }
    }
}
