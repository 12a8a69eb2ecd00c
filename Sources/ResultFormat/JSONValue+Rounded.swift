extension JSONValue {
    /// A number rounded for a table a person reads (JSON output keeps full precision);
    /// `null` when missing.
    public static func rounded(_ value: Double?, places: Int = 4) -> JSONValue {
        guard let value else { return .null }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .number((value * scale).rounded() / scale)
    }
}
