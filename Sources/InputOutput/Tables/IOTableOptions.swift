import TabularText

/// How an input-output file is laid out.
public enum IOTableLayout: String, Sendable, CaseIterable {
    /// A matrix: the first column(s) hold row labels, the header holds column labels.
    case wide
    /// One cell per line: `REGION;ROW;COLUMN;value` (or `ROW;COLUMN;value` without regions).
    case long
}

/// A row or column the user named as the source of a sector attribute (`--output-row L`).
public struct AttributeMapping: Sendable, Hashable {
    public var attribute: String
    public var axis: TableAxis
    public var label: String

    public init(attribute: String, axis: TableAxis, label: String) {
        self.attribute = attribute
        self.axis = axis
        self.label = label
    }
}

/// Choices for reading an input-output file; the defaults detect everything.
///
/// ```swift
/// let options = IOTableOptions(layout: .wide,
///                              mappings: [AttributeMapping(attribute: "output", axis: .row, label: "Total output")])
/// ```
public struct IOTableOptions: Sendable {
    /// nil detects the layout from the header: three or four columns ending in a value column
    /// (`value`, `values`, `obs_value`, `amount`) is long, anything else wide.
    public var layout: IOTableLayout?
    /// Named rows and columns. An attribute named here is read only from the named labels
    /// (several labels for one attribute are added up); other attributes are still recognised.
    public var mappings: [AttributeMapping]
    /// `,` `;` or tab; nil to detect.
    public var delimiter: UInt8?
    /// The decimal mark and thousands separator; what is nil is detected from the file.
    public var numberFormat: NumberFormatOptions

    public init(layout: IOTableLayout? = nil, mappings: [AttributeMapping] = [], delimiter: UInt8? = nil,
                numberFormat: NumberFormatOptions = NumberFormatOptions()) {
        self.layout = layout
        self.mappings = mappings
        self.delimiter = delimiter
        self.numberFormat = numberFormat
    }
}
