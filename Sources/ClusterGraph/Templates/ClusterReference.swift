/// How a user points at one cluster: by id (`3`) or by name (`forest`, `Forest`, or an
/// unambiguous start of a name such as `pulp` for "Pulp, paper, printing +2").
///
/// ```swift
/// ClusterReference.resolve("forest", names: ["ICT", "forest"])   // .found(1)
/// ClusterReference.resolve("1", names: ["ICT", "forest"])        // .found(1)
/// ClusterReference.resolve("f", names: ["food", "forest"])       // .ambiguous(["food", "forest"])
/// ```
public enum ClusterReference {
    public enum Resolution: Sendable, Equatable {
        case found(Int)
        case ambiguous([String])
        case notFound
    }

    /// Resolves `reference` among clusters `0..<names.count`, `names[id]` nil for an unnamed cluster.
    ///
    /// An id wins, then a whole name in any letter case, then a name that starts with the
    /// reference when only one does.
    public static func resolve(_ reference: String, names: [String?]) -> Resolution {
        if let id = Int(reference) { return names.indices.contains(id) ? .found(id) : .notFound }
        let folded = reference.lowercased()
        if let exact = names.firstIndex(where: { $0?.lowercased() == folded }) { return .found(exact) }
        let starts = names.indices.filter { names[$0]?.lowercased().hasPrefix(folded) == true }
        switch starts.count {
        case 0: return .notFound
        case 1: return .found(starts[0])
        default: return .ambiguous(starts.compactMap { names[$0] })
        }
    }

    /// True when `name` can name a cluster: not empty and not readable as an id.
    public static func isValidName(_ name: String) -> Bool {
        !name.allSatisfy(\.isWhitespace) && Int(name.filter { !$0.isWhitespace }) == nil
    }
}
