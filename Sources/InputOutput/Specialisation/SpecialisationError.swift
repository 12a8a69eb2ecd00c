import ClusterGraph

/// Why specialisation cannot be computed or a requested row does not exist.
public enum SpecialisationError: UserFacingError, Equatable {
    /// No regional graphs `NAME/REGION` were given.
    case noRegions(graph: String)
    /// A graph has no sector with the size attribute.
    case missingMeasure(graph: String, attribute: String, available: [String])
    /// `--region` names a region that has no graph.
    case unknownRegion(graph: String, region: String, known: [String])
    /// `--sector` names a sector or cluster that does not exist.
    case unknownUnit(graph: String, unit: String)
    /// A cluster names a sector that no regional graph has.
    case unknownMember(cluster: String, sector: String)

    public var description: String {
        switch self {
        case let .noRegions(graph):
            return "No regional graphs named '\(graph)/REGION' exist; import a table with a region column "
                + "(`clusternet import io FILE --graph \(graph) --layout long`)."
        case let .missingMeasure(graph, attribute, available):
            let names = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "Graph '\(graph)' has no sector attribute '\(attribute)' (numeric attributes: \(names)); "
                + "choose another --measure or add it with `clusternet import nodes`."
        case let .unknownRegion(graph, region, known):
            return "Graph '\(graph)' has no region '\(region)'; regions: \(known.joined(separator: ", "))."
        case let .unknownUnit(graph, unit):
            return "No sector or cluster '\(unit)' in the regional graphs of '\(graph)'; list them with "
                + "`clusternet nodes --graph \(graph)`."
        case let .unknownMember(cluster, sector):
            return "Cluster \(cluster) names sector '\(sector)', which no regional graph has; "
                + "use a partition of a graph with the same sectors."
        }
    }
}
