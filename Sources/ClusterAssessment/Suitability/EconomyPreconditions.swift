/// An economy's preconditions, each with where its number comes from: given in a file (with a
/// source, perhaps "illustrative"), measured from a graph, or set as a what-if.
///
/// ```swift
/// var economy = EconomyPreconditions()
/// economy[.fdiOpenness] = .init(value: 0.7, source: "illustrative: HeidelbergCement, ArcelorMittal", origin: .given)
/// economy.illustrative   // [.fdiOpenness]
/// ```
public struct EconomyPreconditions: Sendable, Equatable {
    public struct Value: Sendable, Equatable {
        public enum Origin: String, Sendable {
            /// From the preconditions file.
            case given
            /// Measured from a graph of the store.
            case measured
            /// Set to ask "what if".
            case whatIf = "what-if"
        }

        public let value: Double
        /// Where the number comes from: a citation, "illustrative: …", or how it was measured.
        public let source: String
        public let origin: Origin

        public init(value: Double, source: String, origin: Origin) {
            self.value = value
            self.source = source
            self.origin = origin
        }

        public var isIllustrative: Bool { SourceNotes.isIllustrative(source) }
    }

    public private(set) var values: [Precondition: Value] = [:]

    public init(_ values: [Precondition: Value] = [:]) {
        self.values = values
    }

    public subscript(precondition: Precondition) -> Value? {
        get { values[precondition] }
        set { values[precondition] = newValue }
    }

    /// The precondition for people: "openness to FDI 0.70 (given: illustrative: …)", or what
    /// its scale means when it is not given.
    public func describe(_ precondition: Precondition) -> String {
        guard let value = values[precondition] else { return "\(precondition.title): not given (\(precondition.scale))" }
        return "\(precondition.title) \(Indicator.decimal(value.value, digits: 2)) (\(value.origin.rawValue): \(value.source))"
    }

    /// The preconditions whose numbers are marked illustrative, in declaration order.
    public var illustrative: [Precondition] {
        Precondition.allCases.filter { values[$0]?.isIllustrative ?? false }
    }

    /// The preconditions with what-if values replacing the given ones.
    public func setting(_ whatIf: [Precondition: Double]) -> EconomyPreconditions {
        var changed = self
        for (precondition, value) in whatIf {
            let before = values[precondition].map { "given \(Indicator.decimal($0.value, digits: 2))" } ?? "not given"
            changed[precondition] = Value(value: value, source: "set as a what-if (\(before))", origin: .whatIf)
        }
        return changed
    }
}
