/// A dense real matrix stored column by column, the layout LAPACK and BLAS expect.
///
/// Input-output tables are dense (a few thousand sectors at most, most pairs trade), so the
/// coefficient matrices and inverses live here rather than in the sparse `LinkageGraph`.
///
/// ```swift
/// var m = DenseMatrix(rows: 2, columns: 2)
/// m[0, 1] = 0.25
/// m.columnSums()   // [0, 0.25]
/// ```
public struct DenseMatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Entry (i, j) is `values[i + j * rows]`.
    public internal(set) var values: [Double]

    /// A matrix of zeros.
    public init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.values = Array(repeating: 0, count: rows * columns)
    }

    /// The n × n identity matrix.
    public static func identity(_ n: Int) -> DenseMatrix {
        var matrix = DenseMatrix(rows: n, columns: n)
        for i in 0..<n { matrix[i, i] = 1 }
        return matrix
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[row + column * rows] }
        set { values[row + column * rows] = newValue }
    }

    /// Σ_i m_ij for each column j.
    ///
    /// - Complexity: O(rows × columns).
    public func columnSums() -> [Double] {
        (0..<columns).map { j in
            var sum = 0.0
            for i in 0..<rows { sum += values[i + j * rows] }
            return sum
        }
    }

    /// Σ_j m_ij for each row i.
    ///
    /// - Complexity: O(rows × columns).
    public func rowSums() -> [Double] {
        var sums = Array(repeating: 0.0, count: rows)
        for j in 0..<columns {
            let base = j * rows
            for i in 0..<rows { sums[i] += values[base + i] }
        }
        return sums
    }

    /// True when every entry is a finite number.
    public var isFinite: Bool { values.allSatisfy(\.isFinite) }
}
