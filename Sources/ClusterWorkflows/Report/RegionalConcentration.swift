import ClusterGraph
import InputOutput

/// Where each cluster of a national table concentrates among the regions of a regional table
/// set: location quotients of output and European Cluster Observatory stars
/// (``InputOutput/SpecialisationAnalysis``), the clusters carried onto the regional sectors
/// through a ``SectorConcordance``.
///
/// ```swift
/// let places = try RegionalConcentration(regions: regions, national: fi2014, clusters: [("forest", ["c1", "c6", "c7"])],
///                                        concordance: concordance)
/// places.places["forest"]?.first?.region   // "EtelaKarjala"
/// ```
public struct RegionalConcentration: Sendable {
    /// One region's position for one cluster.
    public struct Place: Sendable {
        public let region: String
        public let locationQuotient: Double?
        public let stars: Int
        /// The US Cluster Mapping "strong" rule.
        public let strong: Bool
    }

    /// Each cluster's regional sectors.
    public let members: [String: [String]]
    /// Each cluster's regions, highest location quotient first.
    public let places: [String: [Place]]

    /// - Parameter clusters: names and national member keys; a cluster none of whose members has
    ///   a regional counterpart is left out.
    /// - Throws: ``InputOutput/SpecialisationError`` when the regional tables cannot be compared.
    public init(regions: [(name: String, graph: LinkageGraph)], national: LinkageGraph?, clusters: [(name: String, members: [String])],
                concordance: SectorConcordance) throws {
        var members: [String: [String]] = [:]
        var groups: [RegionalTable.Group] = []
        for cluster in clusters {
            let regional = concordance.sectors(for: cluster.members)
            guard !regional.isEmpty else { continue }
            members[cluster.name] = regional
            groups.append(RegionalTable.Group(id: cluster.name, label: cluster.name, members: regional))
        }
        self.members = members
        let table = try RegionalTable(graphName: "regions", regions: regions, national: national, measure: .output).grouped(into: groups)
        var places: [String: [Place]] = [:]
        for row in SpecialisationAnalysis(table: table).rows {
            places[row.unit, default: []].append(Place(region: row.region, locationQuotient: row.locationQuotient, stars: row.stars, strong: row.strong.met))
        }
        self.places = places.mapValues { $0.sorted { ($0.locationQuotient ?? 0, $1.region) > ($1.locationQuotient ?? 0, $0.region) } }
    }
}
