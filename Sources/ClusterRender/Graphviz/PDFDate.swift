/// Replaces the creation date cairo stamps into PDF files with a fixed one, so the same diagram
/// gives the same bytes on every run.
enum PDFDate {
    private static let marker = Array("/CreationDate (D:".utf8)
    private static let fixedDigit = UInt8(ascii: "0")

    /// `pdf` with the digits of its `/CreationDate (D:…)` entry set to zero. The entry keeps its
    /// length, so the file's cross-reference offsets stay valid.
    ///
    /// - Complexity: O(n) in the file size.
    static func normalized(_ pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        guard let start = firstRange(of: marker, in: bytes) else { return bytes }
        var position = start + marker.count
        while position < bytes.count, bytes[position] != UInt8(ascii: ")") {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { bytes[position] = fixedDigit }
            position += 1
        }
        return bytes
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
