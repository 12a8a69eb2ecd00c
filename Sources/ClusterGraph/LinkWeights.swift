/// The weights of a graph's links, stored in the narrowest form that keeps every value exactly:
/// nothing at all when every weight is 1 (an unweighted firm network), 32-bit floats when every
/// weight is one (whole amounts below 2²⁴, halves, quarters…), 64-bit doubles otherwise.
///
/// On a graph of 10⁸ links that is the difference between 0, 0.8 and 1.6 GB per direction, and
/// an algorithm reads the same values whichever form holds them.
///
/// ```swift
/// var column = LinkWeights.Column()
/// column.append(1); column.append(1)
/// column.weights.width          // .unit: nothing stored
/// column.append(2.5)
/// column.weights.width          // .single
/// column.weights[2]             // 2.5
/// ```
public struct LinkWeights: Sendable, RandomAccessCollection, Equatable {
    /// How the values are held.
    public enum Width: Sendable, Comparable {
        /// Every weight is 1; nothing is stored.
        case unit
        /// 32-bit floats, each equal to the weight given.
        case single
        /// 64-bit doubles.
        case double
    }

    @usableFromInline let count_: Int
    @usableFromInline let singles: [Float]
    @usableFromInline let doubles: [Double]
    public let width: Width

    /// `count` weights of 1.
    public init(unitCount count: Int) {
        self.init(count: count, singles: [], doubles: [], width: .unit)
    }

    /// 32-bit float weights held as they are, in ``Width/single`` (even were every one 1): how a
    /// column known to need that width is rebuilt at once instead of appended value by value.
    public init(singles values: [Float]) {
        self.init(count: values.count, singles: values, doubles: [], width: .single)
    }

    /// The weights given, held in the narrowest width that keeps every one exactly.
    public init(_ values: [Double]) {
        var column = Column()
        column.reserveCapacity(values.count)
        for value in values { column.append(value) }
        self = column.weights
    }

    /// `parts` one after the other, in the widest width any of them has.
    public static func concatenated(_ parts: [LinkWeights]) -> LinkWeights {
        let count = parts.reduce(0) { $0 + $1.count }
        switch parts.map(\.width).max() ?? .unit {
        case .unit: return LinkWeights(unitCount: count)
        case .single:
            var values: [Float] = []
            values.reserveCapacity(count)
            for part in parts {
                if part.width == .unit { values.append(contentsOf: repeatElement(1, count: part.count)) } else { values.append(contentsOf: part.singles) }
            }
            return LinkWeights(count: count, singles: values, doubles: [], width: .single)
        case .double:
            var values: [Double] = []
            values.reserveCapacity(count)
            for part in parts {
                switch part.width {
                case .unit: values.append(contentsOf: repeatElement(1, count: part.count))
                case .single: values.append(contentsOf: part.singles.lazy.map(Double.init))
                case .double: values.append(contentsOf: part.doubles)
                }
            }
            return LinkWeights(count: count, singles: [], doubles: values, width: .double)
        }
    }

    private init(count: Int, singles: [Float], doubles: [Double], width: Width) {
        self.count_ = count
        self.singles = singles
        self.doubles = doubles
        self.width = width
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count_ }

    @inlinable
    public subscript(position: Int) -> Double {
        switch width {
        case .unit: precondition(position >= 0 && position < count_, "weight index out of range"); return 1
        case .single: return Double(singles[position])
        case .double: return doubles[position]
        }
    }

    /// Bytes the stored values take.
    public var storedBytes: Int { singles.count * MemoryLayout<Float>.stride + doubles.count * MemoryLayout<Double>.stride }

    /// The same values rearranged: `visit` calls `place(from, to)` once for every position `to`
    /// of the result, naming the position `from` of this column whose value goes there.
    ///
    /// How CSR rows are transposed or renumbered without a second array of positions.
    ///
    /// - Parameter count: the number of values the result holds (this column's count by default).
    public func scattered(count: Int? = nil, _ visit: (_ place: (_ from: Int, _ to: Int) -> Void) -> Void) -> LinkWeights {
        let count = count ?? count_
        switch width {
        case .unit:
            return LinkWeights(unitCount: count)
        case .single:
            var values = [Float](repeating: 0, count: count)
            singles.withUnsafeBufferPointer { singles in
                values.withUnsafeMutableBufferPointer { values in visit { from, to in values[to] = singles[from] } }
            }
            return LinkWeights(count: count, singles: values, doubles: [], width: .single)
        case .double:
            var values = [Double](repeating: 0, count: count)
            doubles.withUnsafeBufferPointer { doubles in
                values.withUnsafeMutableBufferPointer { values in visit { from, to in values[to] = doubles[from] } }
            }
            return LinkWeights(count: count, singles: [], doubles: values, width: .double)
        }
    }

    public static func == (a: LinkWeights, b: LinkWeights) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    /// Calls `body` with a reader of the values that hot loops can index without bounds checks
    /// or reference counting; the reader is valid only inside `body`.
    @inlinable
    public func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
        try singles.withUnsafeBufferPointer { singles in
            try doubles.withUnsafeBufferPointer { doubles in
                try body(Reader(width: width, singles: singles.baseAddress, doubles: doubles.baseAddress))
            }
        }
    }

    /// Unchecked access to the values, made by ``withReader(_:)``.
    ///
    /// The width is tested at every read; it is the same for the whole loop, so the branch is
    /// always predicted and costs next to nothing beside the memory reads around it, and one loop
    /// serves every width instead of three specialised copies.
    public struct Reader {
        @usableFromInline let width: Width
        @usableFromInline let singles: UnsafePointer<Float>?
        @usableFromInline let doubles: UnsafePointer<Double>?

        @inlinable
        init(width: Width, singles: UnsafePointer<Float>?, doubles: UnsafePointer<Double>?) {
            self.width = width
            self.singles = singles
            self.doubles = doubles
        }

        /// The weight at `position`, which the caller guarantees is in range.
        @inlinable @inline(__always)
        public subscript(position: Int) -> Double {
            switch width {
            case .unit: 1
            case .single: Double(singles.unsafelyUnwrapped[position])
            case .double: doubles.unsafelyUnwrapped[position]
            }
        }
    }

    /// Weights appended one at a time, widened when a value needs it: how loaders build
    /// ``LinkWeights`` without knowing the data in advance or holding a second copy.
    ///
    /// - Complexity: amortised O(1) per value; widening copies the values so far once.
    public struct Column: Sendable {
        private var count = 0
        private var singles: [Float] = []
        private var doubles: [Double] = []
        private var width = Width.unit
        private var reserved = 0

        public init() {}

        public var weights: LinkWeights { LinkWeights(count: count, singles: singles, doubles: doubles, width: width) }

        /// Room for `capacity` values in whatever width they end up needing.
        public mutating func reserveCapacity(_ capacity: Int) {
            reserved = capacity
            switch width {
            case .unit: break
            case .single: singles.reserveCapacity(capacity)
            case .double: doubles.reserveCapacity(capacity)
            }
        }

        @inline(__always)
        public mutating func append(_ value: Double) {
            switch width {
            case .unit where value == 1: break
            case .single where Double(Float(value)) == value: singles.append(Float(value))
            case .double: doubles.append(value)
            default: widen(for: value); append(value); return
            }
            count += 1
        }

        private mutating func widen(for value: Double) {
            let capacity = Swift.max(reserved, count + 1)
            if width == .unit && Double(Float(value)) == value {
                singles.reserveCapacity(capacity)
                singles.append(contentsOf: repeatElement(1, count: count))
                width = .single
            } else {
                doubles.reserveCapacity(capacity)
                if width == .single {
                    doubles.append(contentsOf: singles.lazy.map(Double.init))
                    singles = []
                } else {
                    doubles.append(contentsOf: repeatElement(1, count: count))
                }
                width = .double
            }
        }
    }
}
