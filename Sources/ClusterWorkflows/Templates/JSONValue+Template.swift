import ClusterGraph
import ResultFormat

extension JSONValue {
    /// A template as `template show --format json` prints it (see Docs/templates-and-compare.md).
    public static func template(_ template: ClusterTemplate) -> JSONValue {
        .object([
            ("name", .string(template.name)),
            ("description", .string(template.description)),
            ("method", .string(template.method.rawValue)),
            ("parameters", .object(template.parameters.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("sources", .strings(template.sources)),
            ("extension_threshold", .number(template.extensionThreshold)),
            ("created_at", .string(template.createdAt)),
            ("updated_at", .string(template.updatedAt)),
            ("clusters", .array(template.clusters.map { cluster in
                .object([
                    ("id", .number(cluster.id)),
                    ("name", .string(cluster.name)),
                    ("named_by", .string(cluster.namedBy.rawValue)),
                    ("stability", .number(cluster.stability)),
                    ("members", .array(cluster.members.map { member in
                        .object([("key", .string(member.key)), ("label", member.label.map(JSONValue.string) ?? .null),
                                 ("stability", .number(member.stability))])
                    })),
                    ("suppliers", .array(cluster.suppliers.map { supplier in
                        .object([("key", .string(supplier.key)), ("label", supplier.label.map(JSONValue.string) ?? .null),
                                 ("dependence", .number(supplier.dependence))])
                    })),
                ])
            })),
        ])
    }

    /// A template laid over a graph, as `template apply --format json` prints it.
    public static func templateApplication(_ applied: TemplateApplication, savedAs partition: String?) -> JSONValue {
        let fit = applied.fit
        return .object([
            ("template", .string(applied.template.name)),
            ("graph", .string(applied.graph)),
            ("partition", partition.map(JSONValue.string) ?? .null),
            ("missing", .strings(fit.missing)),
            ("extra", .strings(fit.extra)),
            ("absent_clusters", .strings(fit.absentClusters.map { applied.template.clusters[$0].name })),
            ("clusters", .array(applied.members.enumerated().map { community, members in
                .object([
                    ("id", .number(community)),
                    ("name", fit.names[community].map(JSONValue.string) ?? .null),
                    ("template_cluster", fit.templateCluster[community].map { .number($0) } ?? .null),
                    ("members", .strings(members)),
                ])
            })),
        ])
    }
}
