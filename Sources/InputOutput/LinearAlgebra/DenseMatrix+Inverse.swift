import CLapack

/// The matrix could not be inverted; `column` is the first column whose pivot vanished, or nil
/// when the factorisation succeeded but the matrix is too ill-conditioned to trust.
struct SingularMatrix: Error, Sendable {
    let column: Int?
}

extension DenseMatrix {
    /// Reciprocal condition numbers below this mean the inverse has no correct digits left.
    static let smallestReciprocalCondition = 1e-14

    /// The inverse of a square matrix, by LU factorisation with partial pivoting (LAPACK `dgetrf`)
    /// and a solve against the identity (`dgetrs`) — the same work as `numpy.linalg.inv`.
    ///
    /// The reciprocal condition number (`dgecon`, 1-norm) is checked so that a nearly singular
    /// matrix is reported instead of returning an inverse full of rounding noise.
    ///
    /// ```swift
    /// let inverse = try (DenseMatrix.identity(3)).inverse()
    /// ```
    /// - Complexity: O(n³) time, O(n²) extra memory.
    func inverse() throws(SingularMatrix) -> DenseMatrix {
        precondition(rows == columns, "only square matrices have an inverse")
        let n = rows
        if n == 0 { return self }
        var factors = values
        var pivots = [Int32](repeating: 0, count: n)
        let size = Int32(n)   // lapack_int is a 32-bit int in Debian's LAPACKE
        let norm = LAPACKE_dlange(LAPACK_COL_MAJOR, 49 /* "1" */, size, size, factors, size)
        let factorised = LAPACKE_dgetrf(LAPACK_COL_MAJOR, size, size, &factors, size, &pivots)
        if factorised > 0 { throw SingularMatrix(column: Int(factorised) - 1) }
        precondition(factorised == 0, "dgetrf rejected its arguments")
        var reciprocalCondition = 0.0
        let estimated = LAPACKE_dgecon(LAPACK_COL_MAJOR, 49, size, factors, size, norm, &reciprocalCondition)
        if estimated != 0 || !(reciprocalCondition >= Self.smallestReciprocalCondition) {
            throw SingularMatrix(column: nil)
        }
        var result = DenseMatrix.identity(n)
        let solved = LAPACKE_dgetrs(LAPACK_COL_MAJOR, 78 /* "N" */, size, size, factors, size, pivots, &result.values, size)
        precondition(solved == 0, "dgetrs rejected its arguments")
        guard result.isFinite else { throw SingularMatrix(column: nil) }
        return result
    }
}
