import ClusterRender
import InputOutput
import ResultFormat

extension LinkageAnalysis {
    /// The JSON document of `linkages --format json`: `{"graph", "forward_convention", "sectors": [{"key",
    /// "multiplier", "backward", "forward", "type", "backward_variation", "forward_variation"}], "omitted", "notices"}`.
    ///
    /// ```swift
    /// let analysis = try LinkageAnalysis(graph: try store.loadGraph(named: "fi2014", linkKinds: ["io"]), graphName: "fi2014")
    /// print(analysis.json(graph: "fi2014").serialized())
    /// ```
    public func json(graph: String) -> JSONValue {
        let sectors = sectors.map { sector in
            JSONValue.object([
                ("key", .string(sector.key)),
                ("multiplier", .number(sector.multiplier)),
                ("backward", .number(sector.backward)),
                ("forward", .number(sector.forward)),
                ("type", .string(sector.type.rawValue)),
                ("backward_variation", .number(sector.backwardVariation)),
                ("forward_variation", .number(sector.forwardVariation)),
            ])
        }
        return .object([
            ("graph", .string(graph)),
            ("forward_convention", .string(convention.rawValue)),
            ("sectors", .array(sectors)),
            ("omitted", .strings(omittedSectors)),
            ("notices", .strings(notices)),
        ])
    }

    /// The sectors as `linkages --format table|csv` prints them, numbers rounded to four places.
    public func resultTable() -> ResultTable {
        ResultTable(
            columns: ["key", "label", "multiplier", "backward", "forward", "type", "backward_cv", "forward_cv"],
            rows: sectors.map { sector in
                [.string(sector.key), sector.label.map(JSONValue.string) ?? .null,
                 .rounded(sector.multiplier), .rounded(sector.backward), .rounded(sector.forward),
                 .string(sector.type.rawValue), .rounded(sector.backwardVariation), .rounded(sector.forwardVariation)]
            })
    }

    /// The points of the key-sector chart (`render --key-sectors`): backward against forward linkage.
    public var keySectorPoints: [KeySectorPoint] {
        sectors.map { KeySectorPoint(key: $0.key, label: $0.label ?? $0.key, backward: $0.backward, forward: $0.forward) }
    }
}
