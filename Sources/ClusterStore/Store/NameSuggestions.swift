/// Names close to a mistyped one, for "did you mean" hints.
public enum NameSuggestions {
    /// Up to three of `candidates` within a small edit distance of `name` (or sharing its
    /// prefix), closest first.
    ///
    /// - Complexity: O(c · |name| · |candidate|) for c candidates (Levenshtein, Wagner–Fischer 1974).
    public static func closest(to name: String, among candidates: [String]) -> [String] {
        let target = Array(name.lowercased())
        let threshold = max(2, target.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lowered = candidate.lowercased()
            let distance = editDistance(target, Array(lowered))
            if distance <= threshold { return (candidate, distance) }
            if !target.isEmpty, lowered.hasPrefix(String(target)) || String(target).hasPrefix(lowered) { return (candidate, threshold + 1) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
