import ArgumentParser
import ClusterAssessment
import ClusterWorkflows
import Foundation

/// The options of a cluster assessment, shared by `clusters` and `render --maturity` so that a
/// diagram's colours are always the table's classes for the same command line.
///
/// ```swift
/// @OptionGroup var assessment: AssessmentArguments
/// let options = try assessment.options(graph: graph, partition: partition)
/// let result = try PartitionAssessment(AssessmentInputs(store: store, options: options))
/// ```
struct AssessmentArguments: ParsableArguments {
    @Option(help: "The graph with the flows and sector attributes (default: the input-output graph a derived --graph was made from, else --graph).")
    var flows: String?

    @Option(help: "An earlier graph of the same economy, for dynamics (growth of size, exports, RCA, internal links).")
    var compare: String?

    @Option(help: "The national graph a regional graph is compared with, for location quotients.")
    var reference: String?

    @Option(help: ArgumentHelp("A JSON rules file replacing the default maturity rules.", valueName: "file"))
    var rules: String?

    @Option(help: "Seed of community detection when no partition is given.")
    var seed: UInt64 = 0

    @Option(help: "Resolution of community detection when no partition is given.")
    var resolution: Double = 1

    @OptionGroup var sectors: SectorTypeArguments

    /// True when any option differs from its default (so a command that ignores them without
    /// `--maturity` can say so).
    var isCustomised: Bool {
        flows != nil || compare != nil || reference != nil || rules != nil || seed != 0 || resolution != 1
            || sectors.isCustomised
    }

    /// The library options for `graph` and its saved `partition` (nil: detect), with the rules
    /// file read and checked.
    /// - Throws: ``ClusterAssessment/RulesError`` naming the place in a rules file that is wrong.
    func options(graph: String, partition: String?) throws -> ClusterAssessmentOptions {
        let maturityRules = try rules.map { path in
            try MaturityRules.decode(Data(try InputFile.bytes(path)), source: path)
        } ?? .standard
        let classifications = try sectors.classifications()
        return ClusterAssessmentOptions(graph: graph, partition: partition, flows: flows, compare: compare,
                                        reference: reference, rules: maturityRules, seed: seed, resolution: resolution,
                                        sectorTypes: classifications, includeLocal: sectors.includeLocal)
    }
}
