/// The row and column labels recognised as sector attributes when the user names none.
///
/// For each attribute the rules are tried in order and the first that finds a label wins. A rule
/// that adds up components (final demand: household and government consumption, capital
/// formation, inventory change) sums every matching label; the others take the first match.
///
/// A label matches an alias when the two are equal ignoring case, or when the label's first
/// word equals the alias ignoring case — so `P6K Tavaroiden ja palvelujen vienti` matches `P6K`
/// and `Output at basic prices` matches `output`.
public struct RecognisedLabel: Sendable {
    public let attribute: String
    public let axis: TableAxis
    public let aliases: [String]
    /// True when every matching label is a component to add up.
    public let sumsComponents: Bool

    /// The standard sector attribute names `import io` sets, in the order they are reported.
    public static let standardAttributes = [
        "output", "value_added", "wages", "exports", "domestic_exports", "final_demand", "imported_inputs", "employment",
    ]

    /// The rules, in the order they are tried. Documented in `Docs/input-output-import.md`.
    public static let rules: [RecognisedLabel] = [
        // Germany's table carries output both as a column (output_bp) and a row (P1); its README
        // names the column as x_i, so the column is tried first.
        RecognisedLabel("output", .column, ["output", "output_bp", "total_output", "P1", "Tuotos perushintaan"]),
        RecognisedLabel("output", .row, ["output", "output_bp", "total_output", "P1", "Tuotos perushintaan"]),
        RecognisedLabel("value_added", .row, ["value_added", "B1G", "gva_bp", "gva", "Arvonlisäys, brutto perushintaan"]),
        RecognisedLabel("wages", .row, ["wages", "D1", "compensation_employees", "Compensation of employees", "Palkansaajakorvaukset"]),
        RecognisedLabel("exports", .column, ["exports", "export", "export_goods_services", "P6", "P6K"]),
        RecognisedLabel("domestic_exports", .column, ["domestic_exports", "Tavaroiden ja palvelujen vienti kotimaahan"]),
        RecognisedLabel("final_demand", .column, ["final_demand", "domestic_final_demand"]),
        RecognisedLabel("final_demand", .column, [
            "P3", "P3/S13", "P3/S14", "P3/S15", "P5", "P51", "P51G", "P52", "P53",
            "consumption_expenditure_household", "consumption_expenditure_government", "gross_capital_formation",
            "inventory_change",
        ], sumsComponents: true),
        RecognisedLabel("imported_inputs", .row, [
            "imported_inputs", "imports", "P7", "import_goods_services", "Ulkomaisten tuontituotteiden käyttö yhteensä",
        ]),
        RecognisedLabel("employment", .row, ["employment", "EMP", "employment_total"]),
    ]

    init(_ attribute: String, _ axis: TableAxis, _ aliases: [String], sumsComponents: Bool = false) {
        self.attribute = attribute
        self.axis = axis
        self.aliases = aliases
        self.sumsComponents = sumsComponents
    }

    /// True when `label` matches one of this rule's aliases.
    public func matches(_ label: String) -> Bool {
        aliases.contains { Self.label(label, matches: $0) }
    }

    /// True when `label` matches any rule: such labels are never taken for sectors.
    public static func isRecognised(_ label: String) -> Bool {
        rules.contains { $0.matches(label) }
    }

    static func label(_ label: String, matches alias: String) -> Bool {
        let trimmed = label.trimmingCharacters()
        if trimmed.caseInsensitiveEquals(alias) { return true }
        guard !alias.contains(" "), let space = trimmed.firstIndex(of: " ") else { return false }
        return String(trimmed[..<space]).caseInsensitiveEquals(alias)
    }
}

extension String {
    /// Equality ignoring case, independent of the machine's locale.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }

    /// The string without leading and trailing spaces and tabs.
    func trimmingCharacters() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
