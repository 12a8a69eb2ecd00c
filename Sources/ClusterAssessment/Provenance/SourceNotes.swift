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
}
