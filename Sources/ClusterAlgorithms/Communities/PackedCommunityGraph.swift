import ClusterGraph

/// A level of the community graph put aside while the coarser levels are solved, its rows packed
/// into bytes, and unpacked exactly, entry for entry, when the way back reaches it.
///
/// Leiden's multilevel refinement moves the nodes of every level again on the way back from the
/// coarsest (see ``leidenIteration(_:resolution:start:threads:random:)``), so every finer level
/// waits while the coarser ones are built and solved. Kept whole they were the larger part of
/// Leiden's memory: at 10⁷ links, level 0 (19.8 M row entries, 111 MB) and levels 1–4 (23 M
/// entries, about 190 MB). Packed, a row is its length, then each neighbour as the difference from
/// the one before it (from the row's own node for the first), zigzag-encoded: the nodes of a
/// community are numbered together, so most differences are small. Each such number takes the 1
/// to 4 bytes it needs, and 2 bits elsewhere say how many (Lemire, Kurz & Rupp 2018, "Stream
/// VByte: faster byte-oriented integer compression"): where each number starts is known without
/// reading the one before it, so they are read several at a time, not one after another.
/// Weights that are 32-bit floats holding whole numbers (an unweighted graph's levels hold counts
/// of links) are packed in 1, 2 or 4 bytes each, the fewest the largest of their range needs; other
/// weights are kept as they are. About 2–4 bytes an entry instead of 8.
///
/// Rows keep their order, so moving the unpacked level's nodes gives the same result as on the
/// level kept whole. The per-node sums (strengths, self-weights) are kept as they are. Rows are
/// packed in ranges fixed by the graph, each into bytes of its own, so that up to `threads`
/// threads pack and unpack them at once.
///
/// ```swift
/// let packed = PackedCommunityGraph(level, threads: 2)   // level's rows can now be freed
/// let again = packed.unpacked(threads: 2)               // the same rows, weights and sums
/// ```
///
/// - Complexity: O(n + m) time to pack and to unpack.
struct PackedCommunityGraph: Sendable {
    /// How the weights are held.
    private enum Weights: Sendable {
        /// Every weight is 1: nothing is held.
        case unit
        /// Whole numbers held as 32-bit floats, packed in `rangeWeights`, each range's in the 1, 2
        /// or 4 bytes its largest needs.
        case whole
        /// Anything else, kept as it is.
        case kept(LinkWeights)
    }

    private let nodeCount: Int
    /// The first node and the first row entry of each range, and the node and entry counts last.
    private let rangeNodes: [Int]
    private let rangeEntries: [Int]
    /// Each range's rows: each row's length, then its neighbours.
    private let rangeRows: [[UInt8]]
    /// Each range's weights when they are ``Weights/whole``.
    private let rangeWeights: [[UInt8]]
    private let weights: Weights
    private let weightScale: Double
    private let selfWeights: [Double]
    private let outStrengths: [Double]
    private let inStrengths: [Double]
    private let totalWeight: Double

    /// Packs `graph`'s rows on up to `threads` threads; `graph` itself is left to the caller to drop.
    init(_ graph: CommunityGraph, threads: Int) {
        nodeCount = graph.nodeCount
        weightScale = graph.weightScale
        selfWeights = graph.selfWeights
        outStrengths = graph.outStrengths
        inStrengths = graph.inStrengths
        totalWeight = graph.totalWeight
        // Ranges of about the same number of entries: a few per thread even on the coarse levels,
        // whose few nodes have long rows.
        let rangeNodes = balancedRanges(graph.nodeCount, target: max(1 << 16, graph.neighbours.count / 64)) {
            graph.offsets[$0 + 1] - graph.offsets[$0]
        }
        let rangeEntries = rangeNodes.map { graph.offsets[$0] }
        let rangeCount = rangeNodes.count - 1
        let workers = max(1, min(threads, rangeCount))
        self.rangeNodes = rangeNodes
        self.rangeEntries = rangeEntries
        // 32-bit float weights are packed as whole numbers, each range's in the fewest bytes its
        // largest needs, unless one of them is not a whole number below 2³²: then all are kept.
        let packsWeights = graph.weights.width == .single
        // Room for the most a range can take: its lengths, then 4 bytes a row length or a neighbour
        // and the 3 that writing the last as a word runs over.
        let room = 3 + (0..<rangeCount).reduce(0) { most, range in
            max(most, packedRoom(rangeNodes[range + 1] - rangeNodes[range] + rangeEntries[range + 1] - rangeEntries[range]))
        }
        var rangeRows = [[UInt8]](repeating: [], count: rangeCount)
        var rangeWeights = rangeRows
        graph.withRows { rows in
        rangeRows.withUnsafeMutableBufferPointer { rangeRows in
        rangeWeights.withUnsafeMutableBufferPointer { rangeWeights in
            runWorkers(workers) { worker in
                // Each range is packed into the worker's scratch, then copied to bytes of its exact
                // size and the 3 that reading its last number as a word runs over.
                let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: room, alignment: 8)
                defer { scratch.deallocate() }
                for range in stride(from: worker, to: rangeCount, by: workers) {
                    let nodes = rangeNodes[range]..<rangeNodes[range + 1]
                    var writer = PackedNumberWriter(scratch, count: nodes.count + rangeEntries[range + 1] - rangeEntries[range])
                    for u in nodes {
                        writer.write(UInt32(rows.offsets[u + 1] - rows.offsets[u]))
                        var previous = Int32(u)
                        for position in rows.offsets[u]..<rows.offsets[u + 1] {
                            let neighbour = rows.neighbours[position]
                            writer.write(zigzag(neighbour, after: previous))
                            previous = neighbour
                        }
                    }
                    let used = writer.finish()
                    rangeRows[range] = [UInt8](unsafeUninitializedCapacity: used + 3) { bytes, count in
                        UnsafeMutableRawBufferPointer(bytes).copyMemory(from: UnsafeRawBufferPointer(rebasing: scratch[..<used]))
                        bytes[used...].initialize(repeating: 0)
                        count = used + 3
                    }
                    let entries = rangeEntries[range]..<rangeEntries[range + 1]
                    // Nil when the range's weights are not all whole numbers below 2³².
                    guard packsWeights, let largest = largestWhole(rows.weights.stored, entries) else { continue }
                    let bytes = largest <= UInt8.max ? 1 : largest <= UInt16.max ? 2 : 4
                    rangeWeights[range] = [UInt8](unsafeUninitializedCapacity: bytes * entries.count) { packed, count in
                        let packed = UnsafeMutableRawBufferPointer(packed)
                        switch bytes {
                        case 1: narrow(rows.weights.stored, entries, as: UInt8.self, into: packed)
                        case 2: narrow(rows.weights.stored, entries, as: UInt16.self, into: packed)
                        default: narrow(rows.weights.stored, entries, as: UInt32.self, into: packed)
                        }
                        count = bytes * entries.count
                    }
                }
            }
        }
        }
        }
        self.rangeRows = rangeRows
        // A range left empty had a weight that does not pack (an empty range has no weights).
        let packed = packsWeights && (0..<rangeCount).allSatisfy {
            !rangeWeights[$0].isEmpty || rangeEntries[$0] == rangeEntries[$0 + 1]
        }
        self.rangeWeights = packed ? rangeWeights : []
        weights = graph.weights.width == .unit ? .unit : packed ? .whole : .kept(graph.weights)
    }

    /// Row entries of the level.
    var entryCount: Int { rangeEntries[rangeEntries.count - 1] }

    /// Bytes the packed rows and weights take.
    var packedBytes: Int { (rangeRows + rangeWeights).reduce(0) { $0 + $1.count } }

    /// The level as it was packed, unpacked on up to `threads` threads: the same rows in the same
    /// order, the same weights and sums.
    ///
    /// - Complexity: O(n + m).
    func unpacked(threads: Int) -> CommunityGraph {
        let entryCount = entryCount
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        let neighbours = [Int32](unsafeUninitializedCapacity: entryCount) { neighbours, count in
            offsets.withUnsafeMutableBufferPointer { offsets in
                forEachChunk(rangeRows.count, chunkSize: 1, threads: threads) { range, _ in
                    rangeRows[range].withUnsafeBytes { bytes in
                        let nodes = rangeNodes[range]..<rangeNodes[range + 1]
                        var reader = PackedNumberReader(bytes, count: nodes.count + rangeEntries[range + 1] - rangeEntries[range])
                        var entry = rangeEntries[range]
                        for u in nodes {
                            let end = entry &+ Int(reader.next())
                            var previous = Int32(u)
                            while entry < end {
                                previous = unzigzag(reader.next(), after: previous)
                                neighbours[entry] = previous
                                entry &+= 1
                            }
                            offsets[u + 1] = end
                        }
                    }
                }
            }
            count = entryCount
        }
        let rowWeights: LinkWeights
        switch weights {
        case .unit:
            rowWeights = LinkWeights(unitCount: entryCount)
        case .kept(let kept):
            rowWeights = kept
        case .whole:
            rowWeights = LinkWeights(singles: [Float](unsafeUninitializedCapacity: entryCount) { singles, count in
                forEachChunk(rangeWeights.count, chunkSize: 1, threads: threads) { range, _ in
                    rangeWeights[range].withUnsafeBytes { packed in
                        let start = rangeEntries[range]
                        switch packed.count / max(1, rangeEntries[range + 1] - start) {
                        case 1: widen(packed, as: UInt8.self, into: singles, from: start)
                        case 2: widen(packed, as: UInt16.self, into: singles, from: start)
                        default: widen(packed, as: UInt32.self, into: singles, from: start)
                        }
                    }
                }
                count = entryCount
            })
        }
        return CommunityGraph(offsets: offsets, neighbours: neighbours, weights: rowWeights, weightScale: weightScale,
                              selfWeights: selfWeights, outStrengths: outStrengths, inStrengths: inStrengths,
                              totalWeight: totalWeight)
    }
}

/// The largest of the weights at `positions` of `stored`, or nil when one of them is not a whole
/// number below 2³².
private func largestWhole(_ stored: LinkWeights.Reader, _ positions: Range<Int>) -> UInt32? {
    var largest: UInt32 = 0
    for position in positions {
        let weight = stored[position]
        guard weight >= 0 && weight < 0x1_0000_0000 && Double(UInt32(weight)) == weight else { return nil }
        largest = max(largest, UInt32(weight))
    }
    return largest
}

/// The whole weights at `positions` of `stored`, each as a `Word`, one after the other in `packed`.
@inline(__always)
private func narrow<Word: FixedWidthInteger & UnsignedInteger>(_ stored: LinkWeights.Reader, _ positions: Range<Int>,
                                                               as _: Word.Type, into packed: UnsafeMutableRawBufferPointer) {
    for (index, position) in positions.enumerated() {
        packed.storeBytes(of: Word(truncatingIfNeeded: UInt32(stored[position])), toByteOffset: index * MemoryLayout<Word>.size,
                          as: Word.self)
    }
}

/// The `Word`s in `packed` as 32-bit floats, into `singles` from `start` on.
@inline(__always)
private func widen<Word: FixedWidthInteger & UnsignedInteger>(_ packed: UnsafeRawBufferPointer, as _: Word.Type,
                                                              into singles: UnsafeMutableBufferPointer<Float>, from start: Int) {
    for index in 0..<packed.count / MemoryLayout<Word>.size {
        singles[start + index] = Float(UInt32(packed.loadUnaligned(fromByteOffset: index * MemoryLayout<Word>.size, as: Word.self)))
    }
}

/// `neighbour − previous` as an unsigned number that is small when the difference is small
/// either way: 0, −1, 1, −2, 2… become 0, 1, 2, 3, 4… Node numbers are below 2³¹, so it fits 32 bits.
@inline(__always)
private func zigzag(_ neighbour: Int32, after previous: Int32) -> UInt32 {
    let difference = Int64(neighbour) - Int64(previous)
    return UInt32(truncatingIfNeeded: (difference << 1) ^ (difference >> 63))
}

/// The neighbour whose ``zigzag(_:after:)`` difference from `previous` is `code`.
@inline(__always)
private func unzigzag(_ code: UInt32, after previous: Int32) -> Int32 {
    let difference = Int64(code >> 1) ^ -Int64(code & 1)
    return Int32(truncatingIfNeeded: Int64(previous) + difference)
}

/// Bytes that `count` numbers packed by ``PackedNumberWriter`` take at most: 2 bits and 4 bytes each.
private func packedRoom(_ count: Int) -> Int { (count + 3) / 4 + 4 * count }

/// Writes 32-bit numbers each in the 1 to 4 bytes it needs, after room for 2 bits a number that
/// say how many (the first number's in the low bits of the first byte).
private struct PackedNumberWriter {
    private let bytes: UnsafeMutableRawBufferPointer
    private var index = 0
    private var cursor: Int
    /// The lengths of the numbers written since the last whole byte of them.
    private var lengths: UInt8 = 0

    /// A writer of `count` numbers into `bytes`, which has room for ``packedRoom(_:)`` of them and
    /// 3 bytes more (each number is written as a whole word).
    init(_ bytes: UnsafeMutableRawBufferPointer, count: Int) {
        self.bytes = bytes
        cursor = (count + 3) / 4
    }

    @inline(__always)
    mutating func write(_ number: UInt32) {
        let length = max(1, (39 &- number.leadingZeroBitCount) / 8)
        bytes.storeBytes(of: number.littleEndian, toByteOffset: cursor, as: UInt32.self)
        cursor &+= length
        lengths |= UInt8(length &- 1) &<< UInt8((index & 3) &* 2)
        if index & 3 == 3 {
            bytes.storeBytes(of: lengths, toByteOffset: index &>> 2, as: UInt8.self)
            lengths = 0
        }
        index &+= 1
    }

    /// Writes the last lengths; returns the bytes used.
    mutating func finish() -> Int {
        if index & 3 != 0 { bytes.storeBytes(of: lengths, toByteOffset: index &>> 2, as: UInt8.self) }
        return cursor
    }
}

/// Reads back the numbers a ``PackedNumberWriter`` wrote, from bytes with 3 to spare at the end.
private struct PackedNumberReader {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var cursor: Int

    init(_ bytes: UnsafeRawBufferPointer, count: Int) {
        self.bytes = bytes
        cursor = (count + 3) / 4
    }

    @inline(__always)
    mutating func next() -> UInt32 {
        // Where the next number starts depends on the lengths alone, not on the numbers.
        let lengthCode = Int(bytes[index &>> 2] &>> UInt8((index & 3) &* 2)) & 3
        let word = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: cursor, as: UInt32.self))
        cursor &+= lengthCode &+ 1
        index &+= 1
        return word & UInt32.max &>> UInt32(24 &- 8 &* lengthCode)
    }
}
