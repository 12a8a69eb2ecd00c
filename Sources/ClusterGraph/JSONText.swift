/// The pieces of JSON text that stored values and query values share: strings with the escapes
/// JSON requires, numbers that keep integers and floating-point numbers apart, and a reader over
/// UTF-8 bytes for both.
///
/// ```swift
/// var text = ""
/// JSONText.appendString("a\"b", to: &text)   // "\"a\\\"b\""
/// JSONText.appendFloat(2, to: &text)          // … "2.0"
/// ```
public enum JSONText {
    /// `value` as a JSON string: quotes, backslashes and control characters escaped.
    public static func appendString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    /// A floating-point number that always reads back as one: `2.0`, `1e+16`, `0.1`; non-finite
    /// values as `NaN`, `Infinity`, `-Infinity` (outside strict JSON).
    public static func appendFloat(_ value: Double, to text: inout String) {
        if value.isNaN { text += "NaN"; return }
        if value.isInfinite { text += value < 0 ? "-Infinity" : "Infinity"; return }
        text += "\(value)"
    }

    /// A number read by ``Reader/number()``.
    public enum Number: Equatable, Sendable {
        case integer(Int64)
        case float(Double)
    }

    /// A cursor over UTF-8 JSON text.
    public struct Reader {
        public let bytes: [UInt8]
        public private(set) var position = 0

        public init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        public var atEnd: Bool { position >= bytes.count }

        public func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

        public mutating func advance() { position += 1 }

        public mutating func accept(_ byte: UInt8) -> Bool {
            guard peek() == byte else { return false }
            position += 1
            return true
        }

        /// Reads a JSON array standing at the current position (`[` included), each element
        /// with `element`; nil when an element fails or the array is not closed.
        public mutating func list<Element>(_ element: (inout Reader) -> Element?) -> [Element]? {
            guard accept(UInt8(ascii: "[")) else { return nil }
            var values: [Element] = []
            if accept(UInt8(ascii: "]")) { return values }
            repeat {
                guard let value = element(&self) else { return nil }
                values.append(value)
            } while accept(UInt8(ascii: ","))
            return accept(UInt8(ascii: "]")) ? values : nil
        }

        public mutating func accept(word: String) -> Bool {
            let utf8 = Array(word.utf8)
            guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else { return false }
            position += utf8.count
            return true
        }

        /// A JSON string starting at the current quote.
        public mutating func string() -> String? {
            guard accept(UInt8(ascii: "\"")) else { return nil }
            var scalars = String.UnicodeScalarView()
            var start = position
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
            }
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    flush(position)
                    position += 1
                    return String(scalars)
                }
                guard byte == UInt8(ascii: "\\") else { position += 1; continue }
                flush(position)
                guard position + 1 < bytes.count else { return nil }
                let escaped = bytes[position + 1]
                position += 2
                switch escaped {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"):
                    guard let unit = hexUnit() else { return nil }
                    if (0xD800..<0xDC00).contains(unit), accept(word: "\\u"), let low = hexUnit(), (0xDC00..<0xE000).contains(low) {
                        scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                    } else {
                        scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                    }
                default: scalars.append(Unicode.Scalar(escaped))
                }
                start = position
            }
            return nil
        }

        private mutating func hexUnit() -> UInt32? {
            guard position + 4 <= bytes.count, let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
                return nil
            }
            position += 4
            return unit
        }

        /// A number: an integer when written without fraction or exponent, otherwise floating-point
        /// (`NaN`, `Infinity` and `-Infinity` included).
        public mutating func number() -> Number? {
            if accept(word: "NaN") { return .float(.nan) }
            if accept(word: "Infinity") { return .float(.infinity) }
            if accept(word: "-Infinity") { return .float(-.infinity) }
            let start = position
            var isFloat = false
            while let byte = peek() {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): position += 1
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): isFloat = true; position += 1
                default:
                    return Self.number(bytes[start..<position], isFloat: isFloat)
                }
            }
            return Self.number(bytes[start..<position], isFloat: isFloat)
        }

        private static func number(_ digits: ArraySlice<UInt8>, isFloat: Bool) -> Number? {
            guard !digits.isEmpty else { return nil }
            let text = String(decoding: digits, as: UTF8.self)
            if !isFloat, let value = Int64(text) { return .integer(value) }
            return Double(text).map(Number.float)
        }
    }
}
