extension IOTable {
    /// The table with three more sector attributes from world exports by industry w_i:
    /// `world_exports` (w_i), `world_share` (e_i / w_i, the country's share of world exports) and
    /// `rca`, Balassa's revealed comparative advantage (e_i / Σe) / (w_i / Σw), where e is the
    /// table's `exports` attribute, Σe its sum over sectors and Σw the world total over all industries.
    ///
    /// Balassa, B. (1965), "Trade Liberalisation and Revealed Comparative Advantage",
    /// The Manchester School 33(2), 99–123.
    ///
    /// A sector missing from the world figures, or without exports, gets no share and no RCA.
    ///
    /// ```swift
    /// let fin = try set.national.withWorldPosition(try world.exports(year: 2011), source: "world-exports.csv")
    /// fin.attribute("rca", of: "c7")   // ≈ 7.85
    /// ```
    ///
    /// - Complexity: O(n + industries).
    public func withWorldPosition(_ worldExports: [String: Double], source: String) throws -> IOTable {
        guard let exports = attributes["exports"] else {
            throw IOTableError.noExports(table: region.map { "the table of \($0)" } ?? "the table")
        }
        guard sectors.contains(where: { worldExports[$0.key] != nil }) else {
            throw IOTableError.worldExportsMatchNoSector(file: source, sectorKeys: sectors.map(\.key))
        }
        let countryTotal = exports.reduce(0) { $0 + ($1 ?? 0) }
        let worldTotal = worldExports.values.reduce(0, +)
        var result = self
        result.attributes["world_exports"] = sectors.map { worldExports[$0.key] }
        result.attributes["world_share"] = sectors.indices.map { index in
            guard let e = exports[index], let w = worldExports[sectors[index].key], w > 0 else { return nil }
            return e / w
        }
        result.attributes["rca"] = sectors.indices.map { index in
            guard let e = exports[index], let w = worldExports[sectors[index].key], w > 0, countryTotal > 0, worldTotal > 0 else {
                return nil
            }
            return (e / countryTotal) / (w / worldTotal)
        }
        return result
    }
}
