/// The value of a DOT attribute: text (escaped on output), a number, or an HTML-like label.
public enum DOTValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// Shown verbatim: escaped with ``DOTEscaping/quoted(_:)``.
    case text(String)
    /// Written with at most four decimals and no exponent, so output is the same on every machine.
    case number(Double)
    /// The inside of an HTML-like label, already escaped with ``DOTEscaping/html(_:)`` where it
    /// holds user text; written between `<` and `>`.
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The value as it stands in a DOT file.
    var literal: String {
        switch self {
        case .text(let text): return DOTEscaping.quoted(text)
        case .number(let number): return NumberText.decimal(number, maximumFractionDigits: 4)
        case .html(let markup): return "<" + markup + ">"
        }
    }
}

/// An ordered list of DOT attributes: the order written is the order given, so documents are
/// byte-for-byte reproducible.
///
/// ```swift
/// let style: DOTAttributes = ["shape": "box", "penwidth": 2.5]
/// ```
public struct DOTAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [(name: String, value: DOTValue)]

    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        entries = elements.map { (name: $0.0, value: $0.1) }
    }

    /// Sets `name`, replacing an earlier value in place.
    public subscript(name: String) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            let position = entries.firstIndex { $0.name == name }
            switch (position, newValue) {
            case let (position?, value?): entries[position].value = value
            case let (position?, nil): entries.remove(at: position)
            case let (nil, value?): entries.append((name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// `[name=value, …]`, or an empty string when there are none.
    var bracketed: String {
        guard !entries.isEmpty else { return "" }
        return " [" + entries.map { "\($0.name)=\($0.value.literal)" }.joined(separator: ", ") + "]"
    }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.value)
        }
    }
}
