import ClusterGraph
import TabularText

/// The type a header gives an attribute column with a suffix, as Neo4j's import does:
/// `founded:integer`, `share:float`, `active:boolean`, `code:string`, `tags:list` (items separated
/// by `;`; `int[]`, `float[]`, `boolean[]`, `string[]` type the items). A column without a known
/// suffix is typed from its values (numbers when all are numbers, otherwise text).
///
/// An empty cell is a missing value; in a `string` column a quoted empty cell (`""`) is the empty
/// string, in a list column the empty list.
///
/// ```swift
/// AttributeColumnType.split("active:boolean")   // ("active", .boolean)
/// try AttributeColumnType.integer.value("1987", quoted: false, decimalComma: false)   // .integer(1987)
/// ```
enum AttributeColumnType: Sendable, Equatable {
    case integer, float, boolean, string
    indirect case list(AttributeColumnType)

    private static let names: [String: AttributeColumnType] = [
        "int": .integer, "integer": .integer, "long": .integer, "float": .float, "double": .float, "number": .float,
        "boolean": .boolean, "bool": .boolean, "string": .string, "text": .string, "list": .list(.string),
        "int[]": .list(.integer), "integer[]": .list(.integer), "long[]": .list(.integer), "float[]": .list(.float),
        "double[]": .list(.float), "boolean[]": .list(.boolean), "string[]": .list(.string),
    ]

    /// The attribute name and type of a header such as `active:boolean`; no type without a known suffix.
    static func split(_ header: String) -> (name: String, type: AttributeColumnType?) {
        guard let colon = header.lastIndex(of: ":"), colon != header.startIndex,
              let type = names[header[header.index(after: colon)...].lowercased()] else { return (header, nil) }
        return (String(header[..<colon]), type)
    }

    /// What a value of the type looks like, for error messages.
    var example: String {
        switch self {
        case .integer: return "an integer such as 1987"
        case .float: return "a number such as 0.75"
        case .boolean: return "true or false"
        case .string: return "text"
        case .list(let item): return "items separated by ';', each \(item.example)"
        }
    }

    /// The value of a field (nil for a missing one), or a reason the field is not of the type.
    func value(_ field: String, quoted: Bool, decimalComma: Bool) -> Result<AttributeValue?, ValueError> {
        if field.isEmpty {
            switch self {
            case .string where quoted: return .success(.text(""))
            case .list where quoted: return .success(.list([]))
            default: return .success(nil)
            }
        }
        let trimmed = field.trimmingCharacters(in: [" ", "\t"])
        switch self {
        case .string:
            return .success(.text(field))
        case .integer:
            guard let value = Int64(trimmed) else { return .failure(ValueError(field: field, expected: self)) }
            return .success(.integer(value))
        case .float:
            guard case .success(let value?) = NumberField.parse(trimmed, decimalComma: decimalComma) else {
                return .failure(ValueError(field: field, expected: self))
            }
            return .success(.number(value))
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "1": return .success(.boolean(true))
            case "false", "0": return .success(.boolean(false))
            default: return .failure(ValueError(field: field, expected: self))
            }
        case .list(let item):
            var items: [AttributeValue] = []
            for part in field.split(separator: ";", omittingEmptySubsequences: false) {
                guard case .success(let value?) = item.value(String(part), quoted: false, decimalComma: decimalComma) else {
                    return .failure(ValueError(field: field, expected: self))
                }
                items.append(value)
            }
            return .success(.list(items))
        }
    }

    struct ValueError: Error, Equatable {
        var field: String
        var expected: AttributeColumnType
    }
}
