/// Where the numbers behind a result come from, by name (a node attribute, `links`, or an
/// economy's precondition), and which of them are only illustrative.
///
/// A source beginning with the word "illustrative" (any letter case) marks a number set to show
/// a method, not measured: a result that rests on one must say so.
///
/// ```swift
/// let notes = SourceNotes(["foreign_owned": "illustrative: set to express the seed's FDI-led picture"])
/// notes.illustrative(among: ["foreign_owned", "output"])   // ["foreign_owned"]
/// ```
public struct SourceNotes: Sendable, Equatable {
    public let notes: [String: String]

    public init(_ notes: [String: String]) {
        self.notes = notes
    }

    public static func isIllustrative(_ source: String) -> Bool {
        source.drop { $0 == " " }.lowercased().hasPrefix("illustrative")
    }

    /// The names among `basis` whose numbers are marked illustrative, in `basis` order.
    public func illustrative(among basis: [String]) -> [String] {
        basis.filter { notes[$0].map(Self.isIllustrative) ?? false }
    }

    /// The measured characteristics of `profile` that rest on numbers marked illustrative, with those names.
    public func illustrative(in profile: ModelProfile) -> [Characteristic: [String]] {
        var marked: [Characteristic: [String]] = [:]
        for score in profile.scores where score.score != nil {
            let names = illustrative(among: score.basis)
            if !names.isEmpty { marked[score.characteristic] = names }
        }
        return marked
    }

    /// One sentence saying a result rests on illustrative numbers, or nil when it does not.
    public func illustrativeNote(for profile: ModelProfile) -> String? {
        let marked = illustrative(in: profile)
        guard !marked.isEmpty else { return nil }
        let names = Set(marked.values.joined()).sorted()
        let characteristics = profile.scores.map(\.characteristic).filter { marked[$0] != nil }.map(\.title)
        return "Illustrative: \(characteristics.joined(separator: ", ")) rest on values marked illustrative (\(names.map { "`\($0)`" }.joined(separator: ", "))); do not cite the result as a finding."
    }
}
