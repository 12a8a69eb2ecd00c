/// Coefficient matrices and inverses of the demand-driven (Leontief) and supply-driven (Ghosh)
/// models (Miller & Blair, *Input-Output Analysis*, 2nd ed. 2009, ch. 2 and 12).
extension FlowMatrix {
    /// Technical coefficients A = Z diag(x)⁻¹: a_ij is sector j's purchase from i per unit of j's output.
    ///
    /// - Complexity: O(n²).
    public func technicalCoefficients() -> DenseMatrix {
        var a = flows
        for j in 0..<count {
            let scale = 1 / output[j]
            for i in 0..<count { a[i, j] *= scale }
        }
        return a
    }

    /// Allocation coefficients B = diag(x)⁻¹ Z: b_ij is the share of i's output sold to j.
    ///
    /// - Complexity: O(n²).
    public func allocationCoefficients() -> DenseMatrix {
        var b = flows
        for j in 0..<count {
            for i in 0..<count { b[i, j] /= output[i] }
        }
        return b
    }

    /// The Leontief inverse L = (I − A)⁻¹: l_ij is the output of i needed per unit of final demand for j.
    ///
    /// Throws ``LinkageAnalysisError/unproductiveColumn(graph:sector:columnSum:)`` when a column of A
    /// sums to 1 or more, ``LinkageAnalysisError/singular(graph:sector:)`` when I − A cannot be
    /// inverted reliably, and ``LinkageAnalysisError/linearAlgebraUnavailable(reason:)`` when
    /// LAPACKE is not installed.
    ///
    /// - Complexity: O(n³) (LAPACK LU factorisation and solve).
    public func leontiefInverse() throws(LinkageAnalysisError) -> DenseMatrix {
        let a = technicalCoefficients()
        for (j, sum) in a.columnSums().enumerated() where sum >= 1 {
            throw .unproductiveColumn(graph: graphName, sector: keys[j], columnSum: sum)
        }
        var leontief = a
        for index in leontief.values.indices { leontief.values[index] = -leontief.values[index] }
        for i in 0..<count { leontief[i, i] += 1 }
        do {
            return try leontief.inverse()
        } catch {
            switch error {
            case .singular(let column): throw .singular(graph: graphName, sector: column.map { keys[$0] })
            case .unavailable(let missing): throw .linearAlgebraUnavailable(reason: missing.reason)
            }
        }
    }

    /// The Ghosh inverse G = (I − B)⁻¹ obtained from the Leontief inverse without a second
    /// factorisation: B = X̂⁻¹ A X̂, hence G = X̂⁻¹ L X̂ and g_ij = l_ij x_j / x_i
    /// (Miller & Blair 2009, eq. 12.9).
    ///
    /// - Complexity: O(n²).
    public func ghoshInverse(leontief: DenseMatrix) -> DenseMatrix {
        var ghosh = leontief
        for j in 0..<count {
            for i in 0..<count { ghosh[i, j] *= output[j] / output[i] }
        }
        return ghosh
    }
}
