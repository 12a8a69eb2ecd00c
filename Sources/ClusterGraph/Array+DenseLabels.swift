extension Array where Element: BinaryInteger {
    /// The labels renumbered `0..<count` in order of first appearance, and that count.
    ///
    /// ```swift
    /// [7, 7, 3, 9].denseRelabelled()   // ([0, 0, 1, 2], 3)
    /// ```
    ///
    /// Labels that are already small non-negative numbers (below the array's length, as every
    /// algorithm's community ids are) are mapped through an array; any others through a dictionary.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func denseRelabelled() -> (labels: [Element], count: Int) {
        var count = 0
        if allSatisfy({ $0 >= 0 && $0 < self.count }) {
            var relabel = [Int](repeating: -1, count: self.count)
            let dense = map { label in
                if relabel[Int(label)] < 0 {
                    relabel[Int(label)] = count
                    count += 1
                }
                return Element(relabel[Int(label)])
            }
            return (dense, count)
        }
        var relabel: [Element: Int] = [:]
        let dense = map { label in
            if let known = relabel[label] { return Element(known) }
            relabel[label] = count
            count += 1
            return Element(count - 1)
        }
        return (dense, count)
    }
}
