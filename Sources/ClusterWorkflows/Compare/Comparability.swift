import ClusterGraph
import ClusterStore

/// What kind of comparison a set of graphs makes, from what each stands for
/// (``ClusterStore/GraphContext``) and its sectors, and what stands in the way.
///
/// - one economy over several years: a **series**, ordered by year, each graph's dynamics
///   measured against the one before;
/// - several economies in one year: a **cross-section**;
/// - anything else (economies and years both differ, units differ, sector sets differ) is a
///   problem that refuses the comparison unless forced. Unknown contexts are noted, not refused.
///
/// ```swift
/// let check = Comparability(graphs: ["FIN-2011", "FIN-1995"], contexts: contexts)
/// check.kind    // .series
/// check.order   // [1, 0]: by year
/// ```
public struct Comparability: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case series
        case crossSection = "cross-section"
        /// Neither: economies and years both differ, or not enough is known to tell.
        case mixed
    }

    public let kind: Kind
    /// Positions of the graphs in the order to show them (a series by year, else as given).
    public let order: [Int]
    /// What refuses the comparison unless forced.
    public private(set) var problems: [String]
    /// What is unknown, said so the reader can judge.
    public let notes: [String]

    public init(graphs: [String], contexts: [GraphContext]) {
        var problems: [String] = [], notes: [String] = []
        let unknownEconomy = graphs.indices.filter { contexts[$0].economy == nil }.map { graphs[$0] }
        let unknownYear = graphs.indices.filter { contexts[$0].year == nil }.map { graphs[$0] }
        let unknownUnit = graphs.indices.filter { contexts[$0].unit == nil }.map { graphs[$0] }
        for (what, names) in [("economy", unknownEconomy), ("year", unknownYear), ("unit", unknownUnit)] where !names.isEmpty {
            notes.append("\(what) unknown for \(names.joined(separator: ", "))")
        }
        let economies = Set(contexts.compactMap(\.economy)), years = Set(contexts.compactMap(\.year))
        if economies.count == 1 && unknownEconomy.isEmpty && graphs.count > 1 {
            kind = .series
            order = unknownYear.isEmpty ? graphs.indices.sorted { (contexts[$0].year ?? 0, $0) < (contexts[$1].year ?? 0, $1) } : Array(graphs.indices)
            let byYear = Dictionary(grouping: graphs.indices.filter { contexts[$0].year != nil }, by: { contexts[$0].year ?? 0 })
            for (year, same) in byYear.sorted(by: { $0.key < $1.key }) where same.count > 1 {
                let names = same.map { graphs[$0] }
                let listed = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
                problems.append("\(listed) \(names.count == 2 ? "both" : "all") stand for \(economies.first ?? "") \(year)")
            }
        } else if years.count <= 1 {
            kind = .crossSection
            order = Array(graphs.indices)
        } else {
            kind = .mixed
            order = Array(graphs.indices)
            problems.append("the graphs are neither one economy over years nor one year across economies ("
                + graphs.indices.map { "\(graphs[$0]): \(Self.describe(contexts[$0]))" }.joined(separator: ", ") + ")")
        }
        let units = Dictionary(grouping: graphs.indices.filter { contexts[$0].unit != nil }, by: { contexts[$0].unit ?? "" })
        if units.count > 1 {
            problems.append("the units differ (" + units.sorted { $0.key < $1.key }
                .map { "\($0.key): \($0.value.map { graphs[$0] }.joined(separator: ", "))" }.joined(separator: "; ") + ")")
        }
        self.problems = problems
        self.notes = notes
    }

    /// Adds a problem for every graph whose keys differ from the first graph's.
    mutating func checkSectors(graphs: [String], keys: [[String]]) {
        guard let first = keys.first.map(Set.init) else { return }
        for (name, graphKeys) in zip(graphs, keys).dropFirst() {
            let own = Set(graphKeys)
            let lacks = first.subtracting(own).sorted(by: Partition.keyPrecedes)
            let extra = own.subtracting(first).sorted(by: Partition.keyPrecedes)
            guard !lacks.isEmpty || !extra.isEmpty else { continue }
            var parts: [String] = []
            if !lacks.isEmpty { parts.append("lacks " + Self.shortList(lacks)) }
            if !extra.isEmpty { parts.append("has " + Self.shortList(extra) + " that \(graphs[0]) has not") }
            problems.append("the sector sets differ: \(name) " + parts.joined(separator: " and "))
        }
    }

    private static func describe(_ context: GraphContext) -> String {
        [context.economy ?? "economy unknown", context.year.map(String.init) ?? "year unknown"].joined(separator: " ")
    }

    static func shortList(_ keys: [String]) -> String {
        keys.prefix(6).joined(separator: ", ") + (keys.count > 6 ? " and \(keys.count - 6) more" : "")
    }
}
