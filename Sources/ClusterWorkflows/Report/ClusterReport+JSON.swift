import ClusterAssessment
import ResultFormat

extension ClusterReport {
    /// The report as JSON: every graph's assessment (as `clusters --format json`), each
    /// cluster's class over the series, the models ranked with a verdict, and the regions.
    public func json() -> JSONValue {
        .object([
            ("title", .string(request.title)),
            ("graphs", .strings(request.graphs)),
            ("definition", request.definition.map { .string($0.source) } ?? .null),
            ("classes", .array(latest.traded.map { cluster in
                .object([
                    ("cluster", .string(Self.name(of: cluster, in: latest))),
                    ("members", .strings(cluster.members)),
                    ("by_graph", .object(history(of: cluster).map { graph, same in (graph, same.map { .string($0.maturity.rawValue) } ?? .null) })),
                    ("models", .array((models[cluster.id]?.ranking ?? []).map { match in
                        .object([("model", .string(match.model.rawValue)), ("score", .number(match.score))])
                    })),
                    ("model_verdict", .string(models[cluster.id]?.verdict.name ?? "undetermined")),
                    ("model_illustrative", .bool(illustrative[cluster.id] != nil)),
                    ("regions", .array((regional?.places[Self.name(of: cluster, in: latest)] ?? []).map { place in
                        .object([("region", .string(place.region)), ("lq", .number(place.locationQuotient)),
                                 ("stars", .number(place.stars)), ("strong", .bool(place.strong))])
                    })),
                ])
            })),
            ("series", .array(steps.map { $0.json() })),
            ("regional_tables", regionalSummary.map { summary in
                .object([("graph", .string(summary.name)), ("description", .string(summary.description)),
                         ("note", .string("sum of regional tables: inter-regional flows are missing (they stand in final demand)"))])
            } ?? .null),
        ])
    }
}
