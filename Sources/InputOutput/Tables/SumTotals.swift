/// Finds a total that a table carries as a sector: a label standing as a row and a column whose
/// row is, column by column, the sum of the other sectors' rows, and whose column is, row by row,
/// the sum of the other sectors' columns — within the rounding of the table's figures (a table
/// printed in whole numbers may have totals that differ from the sum by half a unit per term).
///
/// Both the row and the column must add up, at least three sectors must remain, and the total
/// must not be all zero, so a real sector is never taken for a total by coincidence.
///
/// - Complexity: O(n²) for n candidate sectors, the size of the flow matrix.
enum SumTotals {
    /// Positions in `rows`/`columns` (which pair a candidate's row and column) of the totals.
    static func find(in matrix: LabelledMatrix, rows: [Int], columns: [Int]) -> [Int] {
        let n = rows.count
        guard n >= 4 else { return [] }
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { values[i * n + j] = matrix.value(rows[i], columns[j]) ?? 0 } }
        var columnSums = [Double](repeating: 0, count: n), rowSums = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n {
                columnSums[j] += values[i * n + j]
                rowSums[i] += values[i * n + j]
            }
        }
        let unit = roundingUnit(values)
        let allowance = 0.5 * unit * Double(n - 1)
        func adds(_ value: Double, upTo sum: Double) -> Bool {
            // `sum` includes `value` itself: the others add up to sum - value.
            abs(value - (sum - value)) <= allowance + 1e-9 * abs(sum)
        }
        return (0..<n).filter { s in
            var nonZero = false
            for k in 0..<n where k != s {
                let inRow = values[s * n + k], inColumn = values[k * n + s]
                guard adds(inRow, upTo: columnSums[k]), adds(inColumn, upTo: rowSums[k]) else { return false }
                nonZero = nonZero || inRow != 0 || inColumn != 0
            }
            return nonZero
        }
    }

    /// The place of the last digit the figures carry: 1 for whole numbers, 0.01 for cents, …
    /// (at most six decimals).
    static func roundingUnit(_ values: [Double]) -> Double {
        var decimals = 0, scale = 1.0
        for value in values where value != 0 {
            while decimals < 6 {
                let scaled = value * scale
                if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) { break }
                decimals += 1
                scale *= 10
            }
        }
        return 1 / scale
    }
}
