import ClusterStore

/// "Did you mean …?" hints for misspelt names, from the store's ``NameSuggestions``.
///
/// ```swift
/// NameSuggestion.hint(for: "ouptut", among: ["output", "exports"])   // " Did you mean 'output'?"
/// ```
enum NameSuggestion {
    /// A sentence suggesting the closest known name, else listing up to ten known names; empty when nothing is known.
    static func hint(for name: String, among known: [String]) -> String {
        if let best = NameSuggestions.closest(to: name, among: known).first {
            return " Did you mean '\(best)'?"
        }
        let sorted = Array(Set(known)).sorted()
        guard !sorted.isEmpty else { return "" }
        let shown = sorted.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
        return " Known: \(shown)\(sorted.count > 10 ? ", …" : "")."
    }
}
