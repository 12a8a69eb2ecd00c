import ClusterGraph

/// Output multipliers, Rasmussen–Hirschman linkage indices, their coefficients of variation and
/// the key-sector typology of an input-output graph.
///
/// Rasmussen, P. N. (1956) *Studies in Inter-Sectoral Relations*; Hirschman, A. O. (1958)
/// *The Strategy of Economic Development*; formulas as in DOMAIN.md §3 and Miller & Blair (2009) §12.
/// The coefficient of variation of column j is V_j = sqrt(Σ_i (l_ij − l̄_j)² / (n − 1)) / l̄_j with
/// l̄_j = Σ_i l_ij / n (Rasmussen's definition), and likewise for rows.
///
/// ```swift
/// let analysis = try LinkageAnalysis(graph: graph, graphName: "de1995")
/// analysis.sectors.filter { $0.type == .key }.map(\.key)
/// ```
/// - Complexity: O(n³) for n sectors (one LU factorisation); the Ghosh inverse comes from L in O(n²).
public struct LinkageAnalysis: Sendable {
    public let convention: ForwardConvention
    /// One entry per sector kept, in key order.
    public let sectors: [SectorLinkage]
    /// Empty sectors left out (zero output, no flows).
    public let omittedSectors: [String]

    public init(graph: LinkageGraph, graphName: String, forward convention: ForwardConvention = .ghosh,
                outputAttribute: String = "output") throws(LinkageAnalysisError) {
        let table = try FlowMatrix(graph: graph, graphName: graphName, outputAttribute: outputAttribute)
        try self.init(table: table, forward: convention)
    }

    public init(table: FlowMatrix, forward convention: ForwardConvention = .ghosh) throws(LinkageAnalysisError) {
        let leontief = try table.leontiefInverse()
        let forwardMatrix = convention == .ghosh ? table.ghoshInverse(leontief: leontief) : leontief
        let n = table.count
        let columnSums = leontief.columnSums()
        let rowSums = forwardMatrix.rowSums()
        let backwardMean = columnSums.reduce(0, +) / Double(n)
        let forwardMean = rowSums.reduce(0, +) / Double(n)
        let backwardVariation = Self.columnVariation(leontief, sums: columnSums)
        let forwardVariation = Self.rowVariation(forwardMatrix, sums: rowSums)
        self.convention = convention
        self.omittedSectors = table.omittedSectors
        self.sectors = (0..<n).map { i in
            let backward = columnSums[i] / backwardMean
            let forward = rowSums[i] / forwardMean
            return SectorLinkage(
                key: table.keys[i], label: table.labels[i], multiplier: columnSums[i],
                backward: backward, forward: forward,
                backwardVariation: backwardVariation[i], forwardVariation: forwardVariation[i],
                type: SectorType(backward: backward, forward: forward))
        }
        #if DEBUG
        for sector in sectors {
            assert([sector.multiplier, sector.backward, sector.forward].allSatisfy(\.isFinite), "non-finite index")
        }
        #endif
    }

    /// Notices for the reader: which convention, which sectors were left out.
    public var notices: [String] {
        var notices = ["Forward convention: \(convention.rawValue) (\(convention.explanation))."]
        if !omittedSectors.isEmpty {
            notices.append("Left out \(omittedSectors.count) empty sector(s) with zero output and no flows: "
                + omittedSectors.joined(separator: ", ") + ".")
        }
        return notices
    }

    private static func columnVariation(_ matrix: DenseMatrix, sums: [Double]) -> [Double] {
        let n = matrix.rows
        return (0..<matrix.columns).map { j in
            let mean = sums[j] / Double(n)
            var squares = 0.0
            for i in 0..<n { let d = matrix[i, j] - mean; squares += d * d }
            return variation(squares: squares, mean: mean, count: n)
        }
    }

    private static func rowVariation(_ matrix: DenseMatrix, sums: [Double]) -> [Double] {
        let n = matrix.columns
        let means = sums.map { $0 / Double(n) }
        var squares = Array(repeating: 0.0, count: matrix.rows)
        for j in 0..<n {
            for i in 0..<matrix.rows { let d = matrix[i, j] - means[i]; squares[i] += d * d }
        }
        return (0..<matrix.rows).map { variation(squares: squares[$0], mean: means[$0], count: n) }
    }

    /// A one-sector table has no spread: its variation is 0 rather than 0/0.
    private static func variation(squares: Double, mean: Double, count: Int) -> Double {
        guard count > 1, mean != 0 else { return 0 }
        return (squares / Double(count - 1)).squareRoot() / mean
    }
}
