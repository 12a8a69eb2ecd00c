import Foundation

/// The one spelling of text that ClusterNet stores and looks up: Unicode NFC (canonical
/// composition), so `é` written as one code point and `e` + combining acute accent are the same
/// node key in the store, in `links --from`, in query literals and parameters and in every export.
///
/// Swift already compares strings by canonical equivalence, so in-memory lookups agree; SQLite
/// compares bytes, so every key, label, kind and text attribute is normalised once on its way
/// in, and every key a user gives is normalised before it is looked up.
///
/// ```swift
/// StoredText.normalised("Cafe\u{301}") == "Caf\u{E9}"   // same bytes now, not only equal
/// StoredText.normalised("17_18")                         // ASCII comes back as it is, at no cost
/// ```
/// - Complexity: O(n) bytes; ASCII text (the common case) is only scanned.
public enum StoredText {
    public static func normalised(_ text: String) -> String {
        if isASCII(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True when every byte is ASCII: such text is its own NFC form.
    @inlinable
    public static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }
}

/// What a node key may be: any text that is not empty and holds no NUL character.
///
/// A NUL would end the key inside SQLite's C interface (`a\0x` would become `a`), so two keys
/// that differ after it would collide; it is refused with the place it came from instead.
///
/// ```swift
/// NodeKey.problem("17_18")    // nil
/// NodeKey.problem("a\u{0}x")  // "contains a NUL character (byte 0x00) …"
/// ```
public enum NodeKey {
    /// Why `key` cannot be a node key, or nil when it can.
    public static func problem(_ key: String) -> String? {
        if key.isEmpty { return "is empty; every node needs a key" }
        if key.utf8.contains(0) {
            return "contains a NUL character (byte 0x00); keys are text without NUL bytes (is this a binary or UTF-16 file?)"
        }
        return nil
    }
}

/// What a link weight may be: a finite number of zero or more. Weights are flows (z_ij in an
/// input-output table, sales from firm to firm); every importer applies this one rule.
///
/// ```swift
/// LinkWeight.problem(-5)              // .negative
/// LinkWeight.problem(.infinity)       // .notFinite
/// LinkWeight.problem(-5)?.message("-5")  // "weight -5 is negative; flows must be zero or more"
/// ```
public enum LinkWeight {
    public enum Problem: Sendable, Equatable {
        case negative
        case notFinite
        /// Parallel links (or a link appended to a stored one) add up past the largest double.
        case sumOverflows

        /// The message for a weight shown as `shown` (as the user wrote it).
        public func message(_ shown: String) -> String {
            switch self {
            case .negative: return "weight \(shown) is negative; flows must be zero or more"
            case .notFinite: return "weight '\(shown)' is not a finite number; write a plain number such as 1250 or 0.75"
            case .sumOverflows:
                return "weight \(shown) takes their sum past the largest number ClusterNet can hold (about 1.8e308); "
                    + "check these weights for a misplaced exponent"
            }
        }
    }

    /// Why `weight` cannot be stored, or nil when it can.
    @inlinable
    public static func problem(_ weight: Double) -> Problem? {
        if !weight.isFinite { return .notFinite }
        if weight < 0 { return .negative }
        return nil
    }
}
