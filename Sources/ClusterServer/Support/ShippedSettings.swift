import ClusterAssessment
import ClusterWorkflows

/// What ClusterNet ships that the pages use as the commands do: the traded/local classifications
/// (the commands' default, so a page's classes are the command's), and the cluster definitions
/// and sector concordances a visitor may pick by name. Visitors name only these shipped files,
/// never a path of their own.
struct ShippedSettings: Sendable {
    let sectorTypes: [SectorTypes]
    let definitions: [ClusterDefinition]
    let concordances: [SectorConcordance]

    /// Read from the data folder the commands find (``ClusterWorkflows/ShippedData``); empty
    /// when there is none, as the commands then have none either.
    static func load() -> ShippedSettings {
        guard let data = try? ShippedData.locate(explicit: nil) else { return ShippedSettings(sectorTypes: [], definitions: [], concordances: []) }
        return ShippedSettings(sectorTypes: (try? data.sectorTypes()) ?? [], definitions: (try? data.clusterDefinitions()) ?? [],
                               concordances: (try? data.concordances()) ?? [])
    }

    /// The shipped definition named `source` (`Graphs/wiod-2013/clusters.csv`).
    func definition(_ source: String) throws -> ClusterDefinition {
        guard let found = definitions.first(where: { $0.source == source }) else {
            let known = definitions.map(\.source)
            throw ServerError.badRequest("clusters names a cluster definition shipped with ClusterNet"
                + (known.isEmpty ? "; none is installed." : ": \(known.joined(separator: ", ")), not '\(source)'."))
        }
        return found
    }

    /// The definitions made for graphs with these keys.
    func definitions(fitting keys: [String]) -> [ClusterDefinition] {
        definitions.filter { $0.fits(keys: keys) }
    }
}
