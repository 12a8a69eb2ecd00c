/// Graphs of one economy in different years, told by their names: the same name but for a
/// four-digit year (`FIN-1995`, `FIN-2000`, …, or `fi2005`, `fi2014`). The store does not record a
/// graph's year, so this is how a front end offers the earlier graph to `--compare` with.
///
/// ```swift
/// GraphSeries.earlier(than: "FIN-2011", among: ["FIN-1995", "FIN-2005", "FIN-2011", "SWE-2005"])   // "FIN-2005"
/// ```
public enum GraphSeries {
    /// The graphs of `graph`'s series among `names` with their years, earliest first (empty when
    /// the name holds no year).
    public static func series(of graph: String, among names: [String]) -> [(name: String, year: Int)] {
        guard let pattern = yearPattern(graph) else { return [] }
        return names.compactMap { name -> (String, Int)? in
            guard let other = yearPattern(name), other.stem == pattern.stem else { return nil }
            return (name, other.year)
        }.sorted { $0.1 < $1.1 }
    }

    /// The graph of the same series with the latest year before `graph`'s, if any.
    public static func earlier(than graph: String, among names: [String]) -> String? {
        guard let year = yearPattern(graph)?.year else { return nil }
        return series(of: graph, among: names).last { $0.year < year }?.name
    }

    /// The name with its last four-digit year (1800–2099, not part of a longer number) taken out.
    private static func yearPattern(_ name: String) -> (stem: String, year: Int)? {
        let characters = Array(name)
        var index = characters.count - 4
        while index >= 0 {
            let digits = characters[index..<index + 4]
            let before = index > 0 ? characters[index - 1] : " ", after = index + 4 < characters.count ? characters[index + 4] : " "
            if digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && !before.isNumber && !after.isNumber,
               let year = Int(String(digits)), (1800...2099).contains(year) {
                return (String(characters[..<index]) + "\u{0}" + String(characters[(index + 4)...]), year)
            }
            index -= 1
        }
        return nil
    }
}
