/// Picks the known name closest to a misspelt one, for "did you mean …?" hints.
///
/// ```swift
/// NameSuggestion.hint(for: "ouptut", among: ["output", "exports"])   // " Did you mean 'output'?"
/// ```
enum NameSuggestion {
    /// A sentence suggesting the closest name (Levenshtein distance at most a third of the length,
    /// and at least 2), else listing up to ten known names; empty when nothing is known.
    static func hint(for name: String, among known: [String]) -> String {
        let sorted = known.sorted()
        let lowered = Array(name.lowercased())
        let scored = sorted.map { (candidate: $0, distance: distance(lowered, Array($0.lowercased()))) }
        if let best = scored.min(by: { $0.distance < $1.distance }),
           best.distance <= max(2, lowered.count / 3) {
            return " Did you mean '\(best.candidate)'?"
        }
        guard !sorted.isEmpty else { return "" }
        let shown = sorted.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
        return " Known: \(shown)\(sorted.count > 10 ? ", …" : "")."
    }

    /// Levenshtein edit distance.
    /// - Complexity: O(|a|·|b|).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
