/// The JSON text of booleans and lists as the store keeps them (SQLite has no type for either):
/// `true`, `[1,2.5,"pulp"]`. Integers are written without a fraction and floating-point numbers
/// always with one (`2.0`) or an exponent, so every value reads back as the kind it was.
///
/// ```swift
/// AttributeValue.list([.integer(1), .number(2)]).jsonText              // "[1,2.0]"
/// AttributeValue(jsonText: Array("[true,\"a\"]".utf8))                 // .list([.boolean(true), .text("a")])
/// ```
extension AttributeValue {
    public var jsonText: String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        switch self {
        case .number(let value): JSONText.appendFloat(value, to: &text)
        case .integer(let value): text += String(value)
        case .text(let value): JSONText.appendString(value, to: &text)
        case .boolean(let value): text += value ? "true" : "false"
        case .list(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                value.write(to: &text)
            }
            text += "]"
        }
    }

    /// Reads ``jsonText`` back; nil when `bytes` are not a boolean or a list of attribute values.
    public init?(jsonText bytes: [UInt8]) {
        var reader = JSONText.Reader(bytes: bytes)
        guard let value = Self.read(&reader), reader.atEnd else { return nil }
        self = value
    }

    private static func read(_ reader: inout JSONText.Reader) -> AttributeValue? {
        switch reader.peek() {
        case UInt8(ascii: "["):
            return reader.list(read).map(AttributeValue.list)
        case UInt8(ascii: "\""):
            return reader.string().map(AttributeValue.text)
        default:
            if reader.accept(word: "true") { return .boolean(true) }
            if reader.accept(word: "false") { return .boolean(false) }
            switch reader.number() {
            case .integer(let value)?: return .integer(value)
            case .float(let value)?: return .number(value)
            case nil: return nil
            }
        }
    }
}
