import ClusterGraph
import InputOutput

/// The chain measures of an input-output table that need the Leontief inverse, computed once per
/// table and then asked for any set of member sectors.
///
/// - Average propagation length (Dietzenbacher, Romero & Bosma 2005, "Using average propagation
///   lengths to identify production chains in the Andalusian economy", Estudios de Economía
///   Aplicada 23): APL_ij = h_ij / (l_ij − δ_ij) with H = L(L − I) = Σ_k k·A^k, the mean number of
///   steps an impulse takes from j to i. For a set C: Σ_{i,j∈C} h_ij / Σ_{i,j∈C} (l_ij − δ_ij),
///   the APLs weighted by the size of the effect.
/// - Import content of exports (Hummels, Ishii & Yi 2001, "The nature and growth of vertical
///   specialization in world trade", Journal of International Economics 54): VS = m L e_C / Σ e_C
///   with m_j = imported inputs of j / output of j and e_C the members' exports — the imports used,
///   directly and through domestic suppliers, per unit of exports. Domestic value added in exports
///   is 1 − VS where the table balances (output = intermediate inputs + imported inputs + value added).
///
/// ```swift
/// let chain = try InputOutputChain(graph: fin2011)
/// chain.averagePropagationLength(of: forest)   // 1.34
/// ```
///
/// - Complexity: O(n³) once (LAPACK), then O(|C|²) + O(|C|·n) per APL and O(n·|C|) per import content.
struct InputOutputChain: Sendable {
    let table: FlowMatrix
    let leontief: DenseMatrix
    /// Matrix position of each graph node (−1 for sectors the table leaves out).
    let position: [Int]
    /// m_j, aligned with the table's sectors; nil when a sector lacks `imported_inputs`.
    let importCoefficients: [Double]?
    /// Why there are no import coefficients.
    let importProblem: String

    /// Tables larger than this are not inverted for a profile (a dense inverse of a firm network
    /// would take hours); their chain measures are reported as not measured.
    static let largestTable = 1_000

    init(graph: LinkageGraph) throws(LinkageAnalysisError) {
        table = try FlowMatrix(graph: graph, graphName: "flows")
        leontief = try table.leontiefInverse()
        var position = [Int](repeating: -1, count: graph.nodeCount)
        for (sector, node) in table.nodeIndices.enumerated() { position[node] = sector }
        self.position = position
        let imported = table.nodeIndices.map { graph.attributes.number("imported_inputs", at: $0) }
        if imported.allSatisfy({ $0 != nil }) {
            importCoefficients = zip(imported, table.output).map { ($0 ?? 0) / $1 }
            importProblem = ""
        } else {
            importCoefficients = nil
            let lacking = zip(table.keys, imported).filter { $0.1 == nil }.map(\.0)
            importProblem = lacking.count == table.count
                ? "the table has no `imported_inputs` row"
                : "\(lacking.count) sectors lack `imported_inputs` (\(lacking.prefix(3).joined(separator: ", ")))"
        }
    }

    /// The members' matrix positions (sectors the table left out have no flows and drop out).
    func positions(of members: [Int]) -> [Int] {
        members.map { position[$0] }.filter { $0 >= 0 }
    }

    /// The effect-weighted average propagation length among the members; nil without effects.
    ///
    /// Σ_{i,j∈C} h_ij = Σ_k (Σ_{i∈C} l_ik)(Σ_{j∈C} (l_kj − δ_kj)), so the sum over pairs costs
    /// O(|C|·n) rather than O(|C|²·n). Pairs without an effect have h_ij = 0 and add nothing.
    func averagePropagationLength(of members: [Int]) -> Double? {
        let set = positions(of: members)
        var intoMembers = [Double](repeating: 0, count: table.count), fromMembers = intoMembers
        var effects = 0.0
        for k in 0..<table.count {
            for i in set { intoMembers[k] += leontief[i, k] }
            for j in set { fromMembers[k] += leontief[k, j] - (k == j ? 1 : 0) }
        }
        for i in set {
            for j in set { effects += leontief[i, j] - (i == j ? 1 : 0) }
        }
        let steps = zip(intoMembers, fromMembers).reduce(0) { $0 + $1.0 * $1.1 }
        return effects > 0 ? steps / effects : nil
    }

    /// The import content of the members' exports; nil without import coefficients or exports.
    func importContent(of members: [Int], exports: [Int: Double]) -> Double? {
        guard let m = importCoefficients else { return nil }
        var imported = 0.0, total = 0.0
        for member in members {
            let k = position[member]
            guard k >= 0, let e = exports[member], e > 0 else { continue }
            total += e
            for j in 0..<table.count { imported += m[j] * leontief[j, k] * e }
        }
        return total > 0 ? imported / total : nil
    }
}
