/// Why a matrix could not be inverted.
enum MatrixInversionError: Error, Sendable, Equatable {
    /// `column` is the first column whose pivot vanished, or nil when the factorisation succeeded
    /// but the matrix is too ill-conditioned to trust.
    case singular(column: Int?)
    /// LAPACK could not be loaded.
    case unavailable(LAPACKUnavailable)
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
    func inverse() throws(MatrixInversionError) -> DenseMatrix {
        precondition(rows == columns, "only square matrices have an inverse")
        let n = rows
        if n == 0 { return self }
        let lapack: LAPACK
        switch LAPACK.shared {
        case .success(let loaded): lapack = loaded
        case .failure(let reason): throw .unavailable(reason)
        }
        var factors = values
        var pivots = [Int32](repeating: 0, count: n)
        let size = Int32(n)   // lapack_int is a 32-bit int in Debian's LAPACKE
        let oneNorm = CChar(UInt8(ascii: "1")), noTranspose = CChar(UInt8(ascii: "N"))
        let norm = lapack.dlange(LAPACK.columnMajor, oneNorm, size, size, factors, size)
        let factorised = lapack.dgetrf(LAPACK.columnMajor, size, size, &factors, size, &pivots)
        if factorised > 0 { throw .singular(column: Int(factorised) - 1) }
        precondition(factorised == 0, "dgetrf rejected its arguments")
        var reciprocalCondition = 0.0
        let estimated = lapack.dgecon(LAPACK.columnMajor, oneNorm, size, factors, size, norm, &reciprocalCondition)
        if estimated != 0 || !(reciprocalCondition >= Self.smallestReciprocalCondition) {
            throw .singular(column: nil)
        }
        var result = DenseMatrix.identity(n)
        let solved = lapack.dgetrs(LAPACK.columnMajor, noTranspose, size, size, factors, size, pivots,
                                   &result.values, size)
        precondition(solved == 0, "dgetrs rejected its arguments")
        guard result.isFinite else { throw .singular(column: nil) }
        return result
    }
}
