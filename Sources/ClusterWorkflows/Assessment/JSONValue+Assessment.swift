import ClusterAssessment
import ResultFormat

extension JSONValue {
    /// An indicator set as `{name: value or null}` in reading order.
    public static func indicators(_ set: IndicatorSet) -> JSONValue {
        .object(set.indicators.map { ($0.rawValue, .number(set[$0])) })
    }

    /// Why indicators are missing, as `{name: reason}`.
    public static func missingIndicators(_ set: IndicatorSet) -> JSONValue {
        .object(set.indicators.compactMap { indicator in set.missing[indicator].map { (indicator.rawValue, .string($0)) } })
    }

    /// A classified cluster as in the CLI contract, plus the missing-data reasons, the evidence and
    /// its trade with the other clusters.
    public static func assessedCluster(_ cluster: AssessedCluster, name: String? = nil, neighbours: [ClusterNeighbours.Link] = []) -> JSONValue {
        .object([
            ("id", .number(cluster.id)),
            ("name", name.map(JSONValue.string) ?? .null),
            ("members", .strings(cluster.members)),
            ("class", .string(cluster.maturity.rawValue)),
            ("indicators", .indicators(cluster.indicators)),
            ("member_rca", .object(cluster.members.compactMap { key in cluster.indicators.memberRCA[key].map { (key, .number($0)) } })),
            ("member_rca_before", .object(cluster.members.compactMap { key in cluster.indicators.earlierMemberRCA[key].map { (key, .number($0)) } })),
            ("reasons", .strings(cluster.reasons)),
            ("missing", .missingIndicators(cluster.indicators)),
            ("evidence", .array(cluster.evidence.map { evidence in
                .object([
                    ("indicator", evidence.indicator.map { .string($0.rawValue) } ?? .null),
                    ("value", .number(evidence.value)),
                    ("threshold", .number(evidence.threshold)),
                    ("passed", evidence.passed.map(JSONValue.bool) ?? .null),
                    ("text", .string(evidence.text)),
                ])
            })),
            ("tests", .array(cluster.tests.map { test in
                .object([("class", .string(test.maturity.rawValue)), ("condition", .string(test.condition)),
                         ("passed", test.passed.map(JSONValue.bool) ?? .null)])
            })),
            ("neighbours", .array(neighbours.map { link in
                .object([
                    ("cluster", .number(link.otherCluster)),
                    ("sales", .number(link.sales)),
                    ("purchases", .number(link.purchases)),
                    ("strongest", .array(link.strongestFlows.map { flow in
                        .object([("source", .string(flow.source)), ("target", .string(flow.target)), ("flow", .number(flow.flow))])
                    })),
                ])
            })),
        ])
    }
}
