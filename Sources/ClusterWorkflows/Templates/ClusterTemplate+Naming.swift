import ClusterGraph

extension ClusterTemplate {
    /// The name of the cluster a derivation makes of the local sectors it sets apart.
    public static let localEconomyName = "local economy"


    /// A cluster's name made from its members: the label of the largest (by `size`), with the
    /// number of other members, as diagrams title clusters (`Pulp, paper, printing +2`).
    static func derivedName(members: [Member], size: (String) -> Double) -> String {
        guard let largest = members.max(by: { size($0.key) != size($1.key) ? size($0.key) < size($1.key) : Partition.keyPrecedes($1.key, $0.key) })
        else { return "empty" }
        var name = largest.label ?? largest.key
        if !ClusterReference.isValidName(name) { name = "sector \(name)" }
        return members.count > 1 ? "\(name) +\(members.count - 1)" : name
    }

    /// Renames the clusters whose members carry names in `names` (key → cluster name, as in a
    /// `key,cluster` file): each takes the name most of its listed members have (ties: the
    /// first in key order); a name taken by an earlier cluster gets a number (`trade 2`).
    /// Clusters with no listed member, and the local economy a derivation set apart, keep their names.
    public mutating func rename(byKeys names: [String: String], as source: NameSource) {
        var used = Set(clusters.map { $0.name.lowercased() })
        for index in clusters.indices where !clusters[index].isDerivedLocalEconomy {
            var votes: [String: Int] = [:]
            var first: [String] = []
            for member in clusters[index].members {
                guard let name = names[member.key] else { continue }
                if votes[name] == nil { first.append(name) }
                votes[name, default: 0] += 1
            }
            var winner: (name: String, votes: Int)?
            for name in first where votes[name, default: 0] > (winner?.votes ?? 0) { winner = (name, votes[name, default: 0]) }
            guard let best = winner?.name else { continue }
            used.remove(clusters[index].name.lowercased())
            var name = ClusterReference.isValidName(best) ? best : "cluster \(best)"
            var number = 2
            while used.contains(name.lowercased()) {
                name = "\(ClusterReference.isValidName(best) ? best : "cluster \(best)") \(number)"
                number += 1
            }
            used.insert(name.lowercased())
            clusters[index].name = name
            clusters[index].namedBy = source
        }
    }
}

extension ClusterTemplate.Cluster {
    /// True for the local economy a derivation set apart: renaming by a file leaves it alone.
    var isDerivedLocalEconomy: Bool { namedBy == .derived && name == ClusterTemplate.localEconomyName }
}
