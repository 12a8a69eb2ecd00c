import ResultFormat

/// Writes text into GraphML and GEXF character data and attribute values: XML's five special
/// characters as entities, tab, line feed and carriage return as character references (so they
/// survive in attribute values, which XML parsers otherwise normalise to spaces), everything else
/// as UTF-8. Text XML 1.0 cannot hold at all is refused with ``ExportError/xmlCannotHold(format:place:character:)``.
struct XMLTextWriter {
    let writer: BufferedWriter
    /// The format named in errors (`GraphML`, `GEXF`).
    let format: String

    /// - Complexity: O(bytes); runs of ordinary text are copied in blocks.
    func write(_ text: UnsafeBufferPointer<UInt8>, place: @autoclosure () -> String) throws {
        var start = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            let replacement: String
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            case 0x09: replacement = "&#9;"
            case 0x0A: replacement = "&#10;"
            case 0x0D: replacement = "&#13;"
            case ..<0x20:
                throw ExportError.xmlCannotHold(format: format, place: place(), character: UInt32(byte))
            case 0xEF where index + 2 < text.count && text[index + 1] == 0xBF && (text[index + 2] == 0xBE || text[index + 2] == 0xBF):
                // U+FFFE and U+FFFF, which XML excludes from its characters.
                throw ExportError.xmlCannotHold(format: format, place: place(), character: 0xFFFE + UInt32(text[index + 2] - 0xBE))
            default:
                index += 1
                continue
            }
            try writer.write(UnsafeBufferPointer(rebasing: text[start..<index]))
            try writer.write(replacement)
            index += 1
            start = index
        }
        try writer.write(UnsafeBufferPointer(rebasing: text[start...]))
    }

    func write(_ text: String, place: @autoclosure () -> String) throws {
        var text = text
        try text.withUTF8 { try write($0, place: place()) }
    }
}
