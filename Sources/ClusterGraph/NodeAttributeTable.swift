/// Node attributes by column: for each attribute name, one optional value per node index.
///
/// Columnar because analyses read one attribute across all nodes (output, exports), and a
/// missing value stays `nil` rather than turning into zero.
public struct NodeAttributeTable: Sendable, Equatable {
    /// Numeric columns, each `nodeCount` long.
    public private(set) var numeric: [String: [Double?]]
    /// Text columns, each `nodeCount` long.
    public private(set) var text: [String: [String?]]
    /// Booleans and lists, which analyses do not read, by name and node index.
    private var others: [String: [Int: AttributeValue]]
    public let nodeCount: Int

    public init(nodeCount: Int) {
        self.nodeCount = nodeCount
        self.numeric = [:]
        self.text = [:]
        self.others = [:]
    }

    /// The numeric value of `name` at node `index`, or nil when missing or text.
    public func number(_ name: String, at index: Int) -> Double? {
        numeric[name]?[index] ?? nil
    }

    /// The numeric column `name`, or nil when no node has it.
    public func column(_ name: String) -> [Double?]? {
        numeric[name]
    }

    /// The value of `name` at node `index` (an integer reads back as a number).
    public func value(_ name: String, at index: Int) -> AttributeValue? {
        if let number = numeric[name]?[index] { return .number(number) }
        if let string = text[name]?[index] { return .text(string) }
        return others[name]?[index]
    }

    /// All attribute names, sorted.
    public var names: [String] {
        Set(numeric.keys).union(text.keys).union(others.keys).sorted()
    }

    /// Sets the value of `name` at node `index` (nil removes it). Integers join the numeric column.
    public mutating func set(_ name: String, at index: Int, to value: AttributeValue?) {
        precondition(index >= 0 && index < nodeCount, "node index \(index) out of range")
        numeric[name]?[index] = nil
        text[name]?[index] = nil
        others[name]?[index] = nil
        switch value {
        case .number, .integer:
            numeric[name, default: Array(repeating: nil, count: nodeCount)][index] = value?.number
        case .text(let string)?:
            text[name, default: Array(repeating: nil, count: nodeCount)][index] = string
        case .boolean?, .list?:
            others[name, default: [:]][index] = value
        case nil:
            break
        }
    }

    /// The attributes of node `index` as a dictionary.
    public func attributes(at index: Int) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for (name, column) in numeric { if let value = column[index] { result[name] = .number(value) } }
        for (name, column) in text { if let value = column[index] { result[name] = .text(value) } }
        for (name, column) in others { if let value = column[index] { result[name] = value } }
        return result
    }
}
