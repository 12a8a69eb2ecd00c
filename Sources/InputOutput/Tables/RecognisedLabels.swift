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

    /// The aliases lowercased, and those of one word, for matching without lowercasing them again.
    private let lowercasedAliases: Set<String>
    private let oneWordAliases: Set<String>

    init(_ attribute: String, _ axis: TableAxis, _ aliases: [String], sumsComponents: Bool = false) {
        self.attribute = attribute
        self.axis = axis
        self.aliases = aliases
        self.sumsComponents = sumsComponents
        lowercasedAliases = Set(aliases.map { $0.lowercased() })
        oneWordAliases = Set(aliases.filter { !$0.contains(" ") }.map { $0.lowercased() })
    }

    /// True when `label` matches one of this rule's aliases.
    public func matches(_ label: String) -> Bool { matches(LabelWords(label)) }

    func matches(_ words: LabelWords) -> Bool {
        lowercasedAliases.contains(words.whole) || words.first.map(oneWordAliases.contains) == true
    }

    /// True when `label` matches any rule: such labels are never taken for sectors.
    public static func isRecognised(_ label: String) -> Bool {
        let words = LabelWords(label)
        return rules.contains { $0.matches(words) }
    }
}

/// A label as the recognisers compare it: trimmed and lowercased whole, and its first and last
/// words when it has several. Worked out once per label, so a table of 100,000 columns costs
/// 100,000 lowercasings, not one per alias.
struct LabelWords {
    let whole: String
    let first: String?
    let last: String?

    init(_ label: String) {
        whole = label.trimmingCharacters().lowercased()
        let words = whole.split(separator: " ")
        first = words.count > 1 ? words.first.map(String.init) : nil
        last = words.count > 1 ? words.last.map(String.init) : nil
    }
}

/// Row and column labels that name totals — `Total`, `Sum`, `Yhteensä`, `Итого`, `Σ`, `Gesamt`,
/// `Summe`, … as the whole label or its first or last word (`Total industries`, `Toimialat
/// yhteensä`) — which are never sectors (a spreadsheet's total row and column would otherwise
/// stand as a sector of their own). Labels recognised as attributes come first: `total_output`
/// is output.
///
/// ```swift
/// TotalLabel.isTotal("Yhteensä")           // true
/// TotalLabel.isTotal("0 Toimialat yhteensä") // true
/// TotalLabel.isTotal("Totalisators")         // false
/// ```
public enum TotalLabel {
    /// Total in the languages of the tables seen so far, lowercased.
    public static let words: Set<String> = [
        "total", "totals", "grand total", "sum", "sums", "σ", "∑", "all industries", "all products",
        "yhteensä", "summa", "gesamt", "insgesamt", "summe", "итого", "всего", "сумма",
        "totalt", "i alt", "totaal", "somme", "suma", "razem", "celkem", "összesen", "kokku", "iš viso", "kopā",
        "合计", "合計", "总计", "총계",
    ]

    public static func isTotal(_ label: String) -> Bool { isTotal(LabelWords(label)) }

    static func isTotal(_ words: LabelWords) -> Bool {
        Self.words.contains(words.whole) || words.first.map(Self.words.contains) == true
            || words.last.map(Self.words.contains) == true
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingCharacters() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
