/// How the numbers of one file are written: which mark separates the decimals and which
/// character, if any, groups the thousands.
///
/// | written | decimal mark | thousands |
/// |---|---|---|
/// | `1234.5`, `1,234.5`, `1 234.5` | point | none, `,`, space |
/// | `1234,5`, `1.234,5`, `1 234,5` | comma | none, `.`, space |
///
/// "Space" is any of the spaces spreadsheets put there: space, no-break space (U+00A0), narrow
/// no-break space (U+202F) and thin space (U+2009). Groups after the first have exactly three
/// digits, and the first group has one to three and does not start with 0 — so `0.125` can only
/// be a decimal, while `1.746` may be 1.746 or 1746 (see ``NumberReader``).
public struct NumberFormat: Sendable, Hashable {
    public enum DecimalMark: Sendable, Hashable, CaseIterable {
        case point, comma

        var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }
        public var name: String { self == .point ? "decimal point" : "decimal comma" }
    }

    /// What groups thousands.
    public enum Thousands: Sendable, Hashable {
        case point, comma, space, none

        /// `.` `,` `space` or `none`, as `--thousands` takes it.
        public init?(argument: String) {
            switch argument {
            case ".", "point", "dot": self = .point
            case ",", "comma": self = .comma
            case " ", "space", "nbsp", "thin": self = .space
            case "none", "": self = .none
            default: return nil
            }
        }
    }

    public var decimalMark: DecimalMark
    /// nil: the other of `.` and `,`, or a space — whichever a number uses.
    public var thousands: Thousands?

    public init(decimalMark: DecimalMark, thousands: Thousands? = nil) {
        self.decimalMark = decimalMark
        self.thousands = thousands
    }

    /// The value of `text` written in this format: nil for an empty field, `.failure` when it is
    /// not a number in this format (or not finite).
    public func value(of text: String) -> Result<Double?, NumberField.Failure> {
        guard let scanned = ScannedNumber(text) else { return .failure(NumberField.failure(text)) }
        guard let scanned = scanned.body else { return .success(nil) }
        return scanned.value(decimal: decimalMark.byte, thousands: thousandsBytes)
    }

    /// The bytes that may group thousands here (space stands for every kind of space).
    private var thousandsBytes: [UInt8] {
        switch thousands {
        case .point?: return decimalMark == .point ? [] : [UInt8(ascii: ".")]
        case .comma?: return decimalMark == .comma ? [] : [UInt8(ascii: ",")]
        case .space?: return [ScannedNumber.space]
        case Thousands.none?: return []
        case nil: return [decimalMark == .point ? UInt8(ascii: ",") : UInt8(ascii: "."), ScannedNumber.space]
        }
    }
}

/// A number field split into sign, digit groups with the separators between them, and exponent —
/// before deciding what the separators mean. Every kind of space becomes ``space``.
struct ScannedNumber {
    static let space: UInt8 = 0x20

    struct Body {
        var negative = false
        var groups: [Substring.UTF8View.SubSequence] = []
        var separators: [UInt8] = []
        var exponent = ""

        /// The value with `decimal` as decimal mark and `thousands` as the allowed group separators.
        func value(decimal: UInt8, thousands: [UInt8]) -> Result<Double?, NumberField.Failure> {
            var integer = "", fraction = ""
            var sawDecimal = false
            var groupSeparator: UInt8?
            for (index, group) in groups.enumerated() {
                let separator = index == 0 ? nil : separators[index - 1]
                if let separator {
                    if separator == decimal && !sawDecimal {
                        sawDecimal = true
                        fraction = String(decoding: group, as: UTF8.self)
                        continue
                    }
                    // A thousands separator: one kind per number, never after the decimals,
                    // groups of three after a first group of 1–3 digits not starting with 0.
                    guard !sawDecimal, thousands.contains(separator), groupSeparator == nil || groupSeparator == separator,
                          group.count == 3 else { return .failure(.notANumber) }
                    if groupSeparator == nil {
                        guard let first = groups[0].first, (1...3).contains(groups[0].count), first != UInt8(ascii: "0") else {
                            return .failure(.notANumber)
                        }
                    }
                    groupSeparator = separator
                }
                if sawDecimal { return .failure(.notANumber) }
                integer += String(decoding: group, as: UTF8.self)
            }
            guard !integer.isEmpty || !fraction.isEmpty else { return .failure(.notANumber) }
            // Grouped digits take no exponent: `1.234e5` is a decimal with an exponent, never grouping.
            if groupSeparator != nil && !exponent.isEmpty { return .failure(.notANumber) }
            let literal = (negative ? "-" : "") + (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction) + exponent
            guard let number = Double(literal) else { return .failure(.notANumber) }
            return number.isFinite ? .success(number) : .failure(.notFinite)
        }
    }

    /// nil for an empty field.
    let body: Body?

    /// nil when `text` holds anything but a sign, digits, `.` `,` spaces and an exponent.
    init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        // Surrounding spaces of any kind are not part of the number.
        func trimmed(_ bytes: inout Substring.UTF8View.SubSequence) {
            while let (byte, width) = Self.leadingSpace(bytes) { _ = byte; bytes = bytes.dropFirst(width) }
            while let width = Self.trailingSpaceWidth(bytes) { bytes = bytes.dropLast(width) }
        }
        trimmed(&bytes)
        if bytes.isEmpty { body = nil; return }
        var body = Body()
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            body.negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            let exponent = bytes[bytes.index(after: e)...]
            var digits = exponent[...]
            if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            body.exponent = "e" + String(decoding: exponent, as: UTF8.self)
            bytes = bytes[..<e]
        }
        var groupStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                index = bytes.index(after: index)
                continue
            }
            let separator: UInt8, width: Int
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                (separator, width) = (byte, 1)
            } else if let (_, spaceWidth) = Self.leadingSpace(bytes[index...]) {
                (separator, width) = (Self.space, spaceWidth)
            } else {
                return nil
            }
            body.groups.append(bytes[groupStart..<index])
            body.separators.append(separator)
            index = bytes.index(index, offsetBy: width)
            groupStart = index
        }
        body.groups.append(bytes[groupStart..<index])
        self.body = body
    }

    /// A space of any kind at the start of `bytes`, with its UTF-8 width.
    private static func leadingSpace(_ bytes: Substring.UTF8View.SubSequence) -> (UInt8, Int)? {
        var iterator = bytes.makeIterator()
        guard let first = iterator.next() else { return nil }
        if first == 0x20 || first == 0x09 { return (space, 1) }
        if first == 0xC2, iterator.next() == 0xA0 { return (space, 2) }                          // U+00A0
        if first == 0xE2, iterator.next() == 0x80, let third = iterator.next(), third == 0xAF || third == 0x89 {
            return (space, 3)                                                                     // U+202F, U+2009
        }
        return nil
    }

    private static func trailingSpaceWidth(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
        for width in [1, 2, 3] where bytes.count >= width {
            if let (_, found) = leadingSpace(bytes.suffix(width)), found == width { return width }
        }
        return nil
    }
}
