extension BufferedWriter {
    /// `field` as one RFC 4180 CSV field: quoted (with `"` doubled) when it holds a comma, a
    /// quote or a line break, else as it is.
    ///
    /// - Complexity: O(bytes); a field that needs no quotes is copied in one block.
    @inlinable
    public func writeCSVField(_ field: UnsafeBufferPointer<UInt8>) throws {
        // All four special bytes are at most ",": one comparison settles letters and digits.
        guard field.contains(where: { $0 <= UInt8(ascii: ",") && ($0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D) })
        else {
            try write(field)
            return
        }
        try write(UInt8(ascii: "\""))
        var start = 0
        for index in field.indices where field[index] == UInt8(ascii: "\"") {
            try write(UnsafeBufferPointer(rebasing: field[start...index]))
            start = index
        }
        try write(UnsafeBufferPointer(rebasing: field[start...]))
        try write(UInt8(ascii: "\""))
    }

    public func writeCSVField(_ field: String) throws {
        var field = field
        try field.withUTF8 { try writeCSVField($0) }
    }

    /// `text` as a JSON string literal: `"` and `\` escaped, line breaks and tabs as `\n`, `\r`,
    /// `\t`, other control characters as `\u00XX`; everything else (all of Unicode) as UTF-8.
    ///
    /// - Complexity: O(bytes); runs without special characters are copied in blocks.
    @inlinable
    public func writeJSONString(_ text: UnsafeBufferPointer<UInt8>) throws {
        try write(UInt8(ascii: "\""))
        var start = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            try write(UnsafeBufferPointer(rebasing: text[start..<index]))
            start = index + 1
            try writeJSONEscape(byte)
        }
        try write(UnsafeBufferPointer(rebasing: text[start...]))
        try write(UInt8(ascii: "\""))
    }

    public func writeJSONString(_ text: String) throws {
        var text = text
        try text.withUTF8 { try writeJSONString($0) }
    }

    @usableFromInline
    func writeJSONEscape(_ byte: UInt8) throws {
        switch byte {
        case UInt8(ascii: "\""): try write("\\\"")
        case UInt8(ascii: "\\"): try write("\\\\")
        case 0x0A: try write("\\n")
        case 0x0D: try write("\\r")
        case 0x09: try write("\\t")
        default:
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            try write("\\u00")
            try write(digits[Int(byte >> 4)])
            try write(digits[Int(byte & 0xF)])
        }
    }

    /// A finite number as JSON writes it (``JSONValue/format(_:)``): integral values without a
    /// fraction, others in the shortest form that reads back exactly.
    public func writeNumber(_ value: Double) throws {
        try write(JSONValue.format(value))
    }
}
