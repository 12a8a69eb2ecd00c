/// Reads the numbers of one file, working out its format (``NumberFormat``) from the numbers
/// themselves, or taking the one the user gave (`--decimal-comma`, `--thousands SEP`).
///
/// Each number is tried both ways. `3,75`, `1.234.567` and `1 234,5` can only have a decimal
/// comma; `0.125`, `1,234.5` and `1.5e6` only a decimal point: the first such number decides the
/// file, and a later number that only fits the other format is refused (a file uses one format).
/// `1.746` fits both (1.746, or 1746 with a thousands dot): until the file has decided, such a
/// number is *pending*, and ``resolve(_:)`` gives its value once everything is read. A comma-
/// separated file that never decides reads a decimal point; any other file leaves the pending
/// number ambiguous, and the importer refuses it at its file:line:column.
///
/// ```swift
/// var numbers = NumberReader(options: NumberFormatOptions(), delimiter: UInt8(ascii: ";"))
/// numbers.read("1.746", line: 2)   // .success(.pending(…))
/// numbers.read("3,75", line: 3)    // .success(.value(3.75)) — and the file has a decimal comma
/// numbers.resolve(pending)         // 1746
/// ```
public struct NumberReader: Sendable {
    /// What one field reads as.
    public enum Reading: Sendable, Equatable {
        /// The number (nil: an empty field, a missing value).
        case value(Double?)
        /// Fits both formats with different values; ask ``resolve(_:)`` after the last field.
        case pending(Pending)
    }

    /// A number that reads differently with a decimal point and with a decimal comma.
    public struct Pending: Sendable, Equatable {
        public let text: String
        public let withPoint: Double
        public let withComma: Double
    }

    /// Why a field is not a number of this file.
    public enum Problem: Error, Sendable, Equatable {
        case notANumber
        case notFinite
        /// Fits only the other format than the one line `line` (showing `evidence`) decided.
        case otherFormat(NumberFormat.DecimalMark, decidedBy: String, line: Int)
    }

    /// The decimal mark the file has shown (or the options fixed), once known.
    public private(set) var decimalMark: NumberFormat.DecimalMark?
    /// What the user fixed, for a fresh reader of the same file.
    public let options: NumberFormatOptions
    private var evidence: (text: String, line: Int)?
    private let thousands: NumberFormat.Thousands?
    /// What an undecided file reads as at the end: point for comma-separated files.
    private let fallback: NumberFormat.DecimalMark?

    public init(options: NumberFormatOptions, delimiter: UInt8) {
        self.options = options
        thousands = options.thousands
        decimalMark = options.decimalMark
        fallback = delimiter == UInt8(ascii: ",") ? .point : nil
    }

    /// Reads one field standing on line `line`.
    public mutating func read(_ text: String, line: Int) -> Result<Reading, Problem> {
        if let decimalMark {
            switch NumberFormat(decimalMark: decimalMark, thousands: thousands).value(of: text) {
            case .success(let value): return .success(.value(value))
            case .failure(.notFinite): return .failure(.notFinite)
            case .failure(.notANumber):
                let other: NumberFormat.DecimalMark = decimalMark == .point ? .comma : .point
                if let evidence, case .success? = Optional(NumberFormat(decimalMark: other, thousands: thousands).value(of: text)) {
                    return .failure(.otherFormat(other, decidedBy: evidence.text, line: evidence.line))
                }
                return .failure(.notANumber)
            }
        }
        let point = NumberFormat(decimalMark: .point, thousands: thousands).value(of: text)
        let comma = NumberFormat(decimalMark: .comma, thousands: thousands).value(of: text)
        switch (point, comma) {
        case (.success(let a), .success(let b)):
            guard let a, let b, a != b else { return .success(.value(a)) }
            return .success(.pending(Pending(text: text, withPoint: a, withComma: b)))
        case (.success(let value), .failure):
            decide(.point, text, line)
            return .success(.value(value))
        case (.failure, .success(let value)):
            decide(.comma, text, line)
            return .success(.value(value))
        case (.failure(.notFinite), _), (_, .failure(.notFinite)): return .failure(.notFinite)
        case (.failure, .failure): return .failure(.notANumber)
        }
    }

    /// The decimal mark pending numbers take now that the file is read: the one it showed, else
    /// a point for a comma-separated file; nil when nothing decided.
    public var settledDecimalMark: NumberFormat.DecimalMark? { decimalMark ?? fallback }

    /// The value of a pending number now that the file is read, or nil when nothing decided.
    public func resolve(_ pending: Pending) -> Double? {
        switch settledDecimalMark {
        case .point?: return pending.withPoint
        case .comma?: return pending.withComma
        case nil: return nil
        }
    }

    private mutating func decide(_ mark: NumberFormat.DecimalMark, _ text: String, _ line: Int) {
        decimalMark = mark
        evidence = (text, line)
    }
}

/// The number format a user fixed on the command line; nil parts are detected per file.
public struct NumberFormatOptions: Sendable, Hashable {
    /// `--decimal-comma` gives `.comma`; `--thousands .` implies a comma, `--thousands ,` a point.
    public var decimalMark: NumberFormat.DecimalMark?
    public var thousands: NumberFormat.Thousands?

    public init(decimalComma: Bool = false, thousands: NumberFormat.Thousands? = nil) {
        self.thousands = thousands
        switch thousands {
        case .point?: decimalMark = .comma
        case .comma?: decimalMark = .point
        default: decimalMark = decimalComma ? .comma : nil
        }
    }
}

extension NumberReader.Problem {
    /// The message for field `text`; `what` names it ("weight"), or is empty for a table cell.
    public func message(_ text: String, what: String) -> String {
        let shown = (what.isEmpty ? "" : what + " ") + text.quotedForMessage
        switch self {
        case .notFinite: return "\(shown) is not a finite number; write a plain number such as 1250 or 0.75"
        case .notANumber: return "\(shown) is not a number; write a plain number such as 1250 or 0.75"
        case .otherFormat(let mark, let decidedBy, let line):
            let decided: NumberFormat.DecimalMark = mark == .point ? .comma : .point
            return "\(shown) is written with a \(mark.name), but line \(line) (\(decidedBy.quotedForMessage)) uses a "
                + "\(decided.name); one file uses one number format — fix the file, or give it with --decimal-comma or --thousands SEP"
        }
    }
}

extension NumberReader.Pending {
    /// Why a pending number cannot be read, for an error at its place.
    public var message: String {
        "\(text.quotedForMessage) could be \(NumberText.shortest(withComma)) (with '.' between thousands) or "
            + "\(NumberText.shortest(withPoint)) (with a decimal point), and no other number in the file tells which; "
            + "give --decimal-comma if '.' separates thousands, or --thousands none if it is a decimal point"
    }
}

/// Numbers as messages show them.
enum NumberText {
    static func shortest(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
