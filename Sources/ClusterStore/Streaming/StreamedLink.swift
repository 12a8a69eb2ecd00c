import ClusterGraph

/// One stored link as ``GraphStream/forEachLink(filter:labels:_:)`` reads it: valid only inside
/// the callback (its text is SQLite's buffer).
public struct StreamedLink {
    public let source: RowText
    public let target: RowText
    /// The end nodes' labels, when asked for and set.
    public let sourceLabel: RowText?
    public let targetLabel: RowText?
    public let kind: RowText
    public let weight: Double
    /// Its attributes, sorted by name.
    public let attributes: [(name: String, value: AttributeValue)]

    /// A copy to keep.
    public var record: LinkRecord {
        LinkRecord(source: source.string, target: target.string, weight: weight, kind: kind.string,
                   attributes: Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }
}
