import ClusterGraph
import Foundation
import GRDB

extension LinkageStore {
    /// Saves a cluster template under its name, in one transaction.
    ///
    /// ```swift
    /// try store.saveTemplate(template, replace: false)
    /// let again = try store.template(named: template.name)
    /// ```
    /// - Parameter replace: overwrite a template of the same name (keeping its creation time when
    ///   `template.createdAt` is empty).
    /// - Throws: ``TemplateError`` for an existing name without `replace`, repeated keys, or
    ///   cluster names that repeat, are empty or read as ids.
    public func saveTemplate(_ template: ClusterTemplate, replace: Bool) throws {
        try Self.validate(template)
        let parameters = try Self.jsonText(template.parameters)
        let sources = try Self.jsonText(template.sources)
        try write { db in
            var createdAt = template.createdAt
            if let existing = try Row.fetchOne(db, sql: "SELECT id, created_at FROM template WHERE name = ?", arguments: [template.name]) {
                guard replace else { throw TemplateError.templateExists(template.name) }
                if createdAt.isEmpty { createdAt = existing[1] }
                try db.execute(sql: "DELETE FROM template WHERE id = ?", arguments: [existing[0] as Int64])
            }
            try db.execute(sql: """
                INSERT INTO template (name, description, method, parameters, sources, extension_threshold, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, COALESCE(NULLIF(?, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """, arguments: [template.name, template.description, template.method.rawValue, parameters, sources,
                                 template.extensionThreshold, createdAt])
            let id = db.lastInsertedRowID
            for cluster in template.clusters {
                try db.execute(sql: "INSERT INTO template_cluster (template_id, id, name, named_by) VALUES (?, ?, ?, ?)",
                               arguments: [id, cluster.id, cluster.name, cluster.namedBy.rawValue])
                for member in cluster.members {
                    try db.execute(sql: "INSERT INTO template_member (template_id, key, cluster_id, label, stability) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [id, member.key, cluster.id, member.label, member.stability])
                }
                for supplier in cluster.suppliers {
                    try db.execute(sql: """
                        INSERT INTO template_supplier (template_id, cluster_id, key, label, dependence) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [id, cluster.id, supplier.key, supplier.label, supplier.dependence])
                }
            }
        }
    }

    /// The template named `name`, clusters in id order, members in key order, suppliers most
    /// dependent first.
    /// - Throws: ``TemplateError/unknownTemplate(_:suggestions:)`` with close names.
    public func template(named name: String) throws -> ClusterTemplate {
        try read { db in
            guard let template = try Self.loadTemplates(db, name: name).first else {
                let names = try String.fetchAll(db, sql: "SELECT name FROM template ORDER BY name")
                throw TemplateError.unknownTemplate(name, suggestions: NameSuggestions.closest(to: name, among: names))
            }
            return template
        }
    }

    /// Every template, sorted by name.
    public func templates() throws -> [ClusterTemplate] {
        try read { db in try Self.loadTemplates(db, name: nil) }
    }

    /// Deletes the template named `name`.
    /// - Throws: ``TemplateError/unknownTemplate(_:suggestions:)`` when there is none.
    public func deleteTemplate(named name: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM template WHERE name = ?", arguments: [name])
            if db.changesCount == 0 {
                let names = try String.fetchAll(db, sql: "SELECT name FROM template ORDER BY name")
                throw TemplateError.unknownTemplate(name, suggestions: NameSuggestions.closest(to: name, among: names))
            }
        }
    }

    private static func loadTemplates(_ db: Database, name: String?) throws -> [ClusterTemplate] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, name, description, method, parameters, sources, extension_threshold, created_at, updated_at
            FROM template \(name == nil ? "" : "WHERE name = ?") ORDER BY name
            """, arguments: name.map { [$0] } ?? [])
        return try rows.map { row in
            let id: Int64 = row[0]
            var clusters = try Row.fetchAll(db, sql: "SELECT id, name, named_by FROM template_cluster WHERE template_id = ? ORDER BY id",
                                            arguments: [id]).map { cluster in
                ClusterTemplate.Cluster(id: cluster[0], name: cluster[1],
                                        namedBy: ClusterTemplate.NameSource(rawValue: cluster[2]) ?? .user, members: [])
            }
            for member in try Row.fetchAll(db, sql: "SELECT cluster_id, key, label, stability FROM template_member WHERE template_id = ?",
                                           arguments: [id]) {
                let cluster: Int = member[0]
                if clusters.indices.contains(cluster) {
                    clusters[cluster].members.append(.init(key: member[1], label: member[2], stability: member[3]))
                }
            }
            for supplier in try Row.fetchAll(db, sql: """
                SELECT cluster_id, key, label, dependence FROM template_supplier WHERE template_id = ?
                """, arguments: [id]) {
                let cluster: Int = supplier[0]
                if clusters.indices.contains(cluster) {
                    clusters[cluster].suppliers.append(.init(key: supplier[1], label: supplier[2], dependence: supplier[3]))
                }
            }
            for index in clusters.indices {
                clusters[index].members.sort { Partition.keyPrecedes($0.key, $1.key) }
                clusters[index].suppliers.sort { $0.dependence != $1.dependence ? $0.dependence > $1.dependence : Partition.keyPrecedes($0.key, $1.key) }
            }
            let method: String = row[3]
            return ClusterTemplate(
                name: row[1], description: row[2], method: ClusterTemplate.Method(rawValue: method) ?? .file,
                parameters: (try? JSONDecoder().decode([String: String].self, from: Data((row[4] as String).utf8))) ?? [:],
                sources: (try? JSONDecoder().decode([String].self, from: Data((row[5] as String).utf8))) ?? [],
                clusters: clusters, extensionThreshold: row[6], createdAt: row[7], updatedAt: row[8])
        }
    }

    /// Checks what the schema cannot say in words: ids in order, one cluster per key, names
    /// unique in any letter case and not readable as ids.
    static func validate(_ template: ClusterTemplate) throws {
        var names = Set<String>(), keys = Set<String>()
        for (position, cluster) in template.clusters.enumerated() {
            precondition(cluster.id == position, "template clusters are numbered 0..<count in order")
            guard ClusterReference.isValidName(cluster.name) else { throw TemplateError.invalidClusterName(cluster.name) }
            guard names.insert(cluster.name.lowercased()).inserted else {
                throw TemplateError.duplicateClusterName(cluster.name, in: "template '\(template.name)'")
            }
            for member in cluster.members where !keys.insert(member.key).inserted {
                throw TemplateError.repeatedKey(member.key, template: template.name)
            }
        }
    }

    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
