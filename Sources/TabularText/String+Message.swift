extension StringProtocol {
    /// The text in single quotes as an error message shows it: cut after 60 characters, saying
    /// how long it was, so a 10 MB field (a header without a line break) does not fill the screen.
    ///
    /// ```swift
    /// "cement".quotedForMessage                              // 'cement'
    /// String(repeating: "a", count: 10_000_000).quotedForMessage
    /// // 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (10,000,000 characters)
    /// ```
    public var quotedForMessage: String {
        let limit = 60
        guard let cut = index(startIndex, offsetBy: limit, limitedBy: endIndex), cut != endIndex else { return "'\(self)'" }
        return "'\(self[..<cut])…' (\(count.formattedWithSeparators) characters)"
    }
}

extension Int {
    /// 10000000 → "10,000,000".
    var formattedWithSeparators: String {
        let digits = String(self.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (self < 0 ? "-" : "") + grouped
    }
}
