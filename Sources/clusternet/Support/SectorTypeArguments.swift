import ArgumentParser
import ClusterAssessment
import ClusterWorkflows

/// Which sectors are local (set apart from cluster detection) and whether to keep them, shared by
/// the assessment options and `template derive`.
///
/// ```swift
/// @OptionGroup var sectors: SectorTypeArguments
/// options.sectorTypes = try sectors.classifications()
/// ```
struct SectorTypeArguments: ParsableArguments {
    @Option(name: .customLong("sector-types"), help: ArgumentHelp(
        "A traded/local classification (CSV `key,type`, type traded or local) to use instead of the shipped ones; repeat for several.",
        discussion: "Default: the shipped Graphs/*/sector-types.csv (WIOD c1–c35, Finland's 30 sectors); the first that lists every sector of --graph applies.",
        valueName: "file"))
    var sectorTypes: [String] = []

    @Flag(name: .customLong("include-local"), help: "Keep local sectors (retail, construction, public services, …) in cluster detection instead of reporting them as the local economy.")
    var includeLocal = false

    /// True when either option is given.
    var isCustomised: Bool { !sectorTypes.isEmpty || includeLocal }

    /// The files given, else the shipped classifications (none when the shipped data cannot be found).
    /// - Throws: the loader's error naming the place in a file that is wrong.
    func classifications() throws -> [SectorTypes] {
        sectorTypes.isEmpty
            ? try (try? ShippedData.locate(explicit: nil))?.sectorTypes() ?? []
            : try sectorTypes.map { try SectorTypes.load(path: $0) }
    }
}
