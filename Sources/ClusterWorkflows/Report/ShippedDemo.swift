import ClusterAssessment
import ClusterStore
import Foundation
import InputOutput

/// The demo on the shipped Finland data: WIOD's national tables for 1995, 2000, 2005 and 2011
/// (with world exports, so RCA, world shares and dynamics are measured) give the clusters' classes
/// under ETLA's fixed cluster families; the 2014 regional tables say where each cluster
/// concentrates, through the shipped concordance of WIOD industries and regional sectors.
///
/// ```swift
/// let data = try ShippedData.locate(explicit: nil)
/// let commands = try ShippedDemo.importData(data, into: store)
/// try ClusterReport(store: store, request: ShippedDemo.request(data)).write(to: folder, reproduce: commands)
/// ```
public enum ShippedDemo {
    public static let years = [1995, 2000, 2005, 2011]
    public static let regionalGraph = "fi2014"

    /// Imports the four WIOD Finland tables and the regional tables into `store` (replacing
    /// graphs of the same names) with the partition-free steps a user would type; returns those
    /// command lines, with paths relative to the data folder's parent.
    public static func importData(_ data: ShippedData, into store: LinkageStore) throws -> [String] {
        var commands: [String] = []
        let world = data.path("wiod-2013/world-exports.csv")
        let industries = data.path("wiod-2013/industries.csv")
        for year in years {
            let file = data.path("wiod-2013/FIN-\(year).csv")
            let set = try InputOutputImport.tables(table: (try bytes(file), file), labels: (try bytes(industries), industries),
                                                   worldExports: (try bytes(world), world), year: year)
            try store.writeGraphs(InputOutputImport.contents(set, graph: "FIN-\(year)", description: "WIOD 2013 release, Finland \(year), million US dollars",
                                                             source: "Graphs/wiod-2013/FIN-\(year).csv"), mode: .replace)
            commands.append("clusternet import io Graphs/wiod-2013/FIN-\(year).csv --graph FIN-\(year) --labels Graphs/wiod-2013/industries.csv --world-exports Graphs/wiod-2013/world-exports.csv --year \(year) --replace")
        }
        let regional = data.path("finland-io-2014/io2014.csv")
        let labels = data.path("finland-io-2014/sectors.csv")
        let set = try InputOutputImport.tables(table: (try bytes(regional), regional), labels: (try bytes(labels), labels), worldExports: nil, year: nil)
        let description = "Finland 2014, 19 regional tables, million euros"
        try store.writeGraphs(InputOutputImport.contents(set, graph: regionalGraph, description: description, source: "Graphs/finland-io-2014/io2014.csv"),
                              mode: .replace)
        commands.append("clusternet import io Graphs/finland-io-2014/io2014.csv --graph fi2014 --labels Graphs/finland-io-2014/sectors.csv --description '\(description)' --replace")
        commands.append("clusternet report --graph FIN-1995 --graph FIN-2000 --graph FIN-2005 --graph FIN-2011 --clusters Graphs/wiod-2013/clusters.csv --regions fi2014 --concordance Graphs/finland-io-2014/wiod-concordance.csv --title 'Industrial clusters of Finland, 1995–2011' --output DIR")
        return commands
    }

    /// The report on the imported data: the national series with ETLA's families, the shipped
    /// traded/local classifications, and the regional tables through the concordance.
    public static func request(_ data: ShippedData) throws -> ReportRequest {
        var options = ClusterAssessmentOptions(graph: "FIN-\(years[years.count - 1])")
        options.sectorTypes = try data.sectorTypes()
        let definition = try ClusterDefinition.load(path: data.path("wiod-2013/clusters.csv"))
        return ReportRequest(graphs: years.map { "FIN-\($0)" }, options: options,
                             definition: ClusterDefinition(source: "Graphs/wiod-2013/clusters.csv", clusterOf: definition.clusterOf),
                             regions: regionalGraph,
                             concordance: SectorConcordance(source: "Graphs/finland-io-2014/wiod-concordance.csv",
                                                            target: try SectorConcordance.load(path: data.path("finland-io-2014/wiod-concordance.csv"), target: "wiod").target),
                             title: "Industrial clusters of Finland, 1995–2011")
    }

    private static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
