import ClusterGraph

/// One stored node as ``GraphStream/forEachNode(kind:limit:_:)`` reads it: valid only inside
/// the callback (its text is SQLite's buffer).
public struct StreamedNode {
    public let key: RowText
    public let label: RowText?
    public let kind: RowText
    /// Its attributes, sorted by name.
    public let attributes: [(name: String, value: AttributeValue)]

    /// A copy to keep.
    public var record: NodeRecord {
        NodeRecord(key: key.string, label: label?.string, kind: kind.string,
                   attributes: Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }
}
