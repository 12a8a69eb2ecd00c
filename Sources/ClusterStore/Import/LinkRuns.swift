import Foundation

/// Links read from a file, put into (source, target) order in bounded memory: an external merge
/// sort. Links gather in memory up to ``runCapacity``; a full run is sorted and written to a
/// temporary file; at the end the runs are merged as ``drain(_:)`` hands them on.
///
/// A file of 10⁸ links thus needs a few hundred megabytes, not the gigabytes that holding every
/// link would (and a file of a few million links never touches the disk). The order is stable:
/// links of the same pair come in the order the file gave them, so parallel links are summed,
/// and an attribute given twice resolved, as they were written.
///
/// The temporary files live next to the database and are unlinked as soon as they are opened,
/// so nothing is left behind even when the import is killed.
///
/// ```swift
/// var runs = LinkRuns(directory: ".")
/// try runs.append(LinkRuns.Entry(source: 2, target: 1, kind: 0, row: 0, weight: 1))
/// try runs.drain { entry in … }   // (source, target) order
/// ```
struct LinkRuns {
    /// One link: 24 bytes.
    struct Entry {
        /// source << 32 | target, so one comparison orders both.
        var key: UInt64
        var kind: UInt32
        /// The link's data row, for its attributes.
        var row: UInt32
        var weight: Double

        init(source: Int32, target: Int32, kind: Int32, row: Int, weight: Double) {
            key = UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
            self.kind = UInt32(bitPattern: kind)
            self.row = UInt32(truncatingIfNeeded: row)
            self.weight = weight
        }

        var source: Int32 { Int32(truncatingIfNeeded: key >> 32) }
        var target: Int32 { Int32(truncatingIfNeeded: key & 0xFFFF_FFFF) }
    }

    /// Links sorted in memory at a time: 4 Mi links, 96 MiB (twice that while sorting).
    static let defaultRunCapacity = 1 << 22

    let runCapacity: Int
    private let directory: String
    private var current: [Entry] = []
    private var runs: [RunFile] = []
    /// The largest node id seen, so sorting skips key digits that are zero everywhere.
    private var largestNode: UInt32 = 0

    /// - Parameter directory: where run files go (they are unlinked at once).
    init(directory: String, runCapacity: Int = LinkRuns.defaultRunCapacity) {
        self.directory = directory
        self.runCapacity = runCapacity
    }

    /// Links appended so far.
    var count: Int { runs.reduce(current.count) { $0 + $1.count } }

    @inline(__always)
    mutating func append(_ entry: Entry) throws {
        current.append(entry)
        largestNode = max(largestNode, UInt32(truncatingIfNeeded: entry.key >> 32), UInt32(truncatingIfNeeded: entry.key))
        if current.count == runCapacity { try spill() }
    }

    /// Hands every link to `body` in (source, target) order, stable, then empties the runs.
    mutating func drain(_ body: (Entry) throws -> Void) throws {
        Self.sort(&current, largestNode: largestNode)
        if runs.isEmpty {
            for entry in current { try body(entry) }
            current = []
            return
        }
        var sources = runs.map { RunReader(file: $0) }
        sources.append(RunReader(memory: current))
        current = []
        runs = []
        // A heap of (next key, source) pairs; ties go to the earlier source, keeping file order.
        var heap: [(key: UInt64, source: Int)] = []
        for index in sources.indices where sources[index].peek() != nil {
            heap.append((sources[index].peek()!.key, index))
        }
        func precedes(_ a: (key: UInt64, source: Int), _ b: (key: UInt64, source: Int)) -> Bool { (a.key, a.source) < (b.key, b.source) }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                var smallest = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && precedes(heap[child], heap[smallest]) {
                    smallest = child
                }
                guard smallest != parent else { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        for index in stride(from: heap.count / 2, through: 0, by: -1) { siftDown(index) }
        while let top = heap.first {
            let source = top.source
            // A peeked source always has an entry.
            try body(sources[source].peek().unsafelyUnwrapped)
            try sources[source].advance()
            if let next = sources[source].peek() {
                heap[0] = (next.key, source)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
        }
    }

    private mutating func spill() throws {
        Self.sort(&current, largestNode: largestNode)
        runs.append(try RunFile(directory: directory, entries: current))
        current.removeAll(keepingCapacity: true)
    }

    /// Stable LSD radix sort by key, 16 bits a pass, skipping the digits no node id reaches.
    ///
    /// - Complexity: O(m) per pass, at most four passes.
    static func sort(_ entries: inout [Entry], largestNode: UInt32) {
        guard entries.count > 1 else { return }
        let digits: [Int] = largestNode < 1 << 16 ? [0, 32] : [0, 16, 32, 48]
        var scratch = [Entry](unsafeUninitializedCapacity: entries.count) { _, count in count = entries.count }
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in digits {
            for index in counts.indices { counts[index] = 0 }
            entries.withUnsafeBufferPointer { entries in
                counts.withUnsafeMutableBufferPointer { counts in
                    for entry in entries { counts[Int(truncatingIfNeeded: entry.key >> UInt64(shift)) & 0xFFFF] += 1 }
                    var total = 0
                    for bucket in 0..<counts.count {
                        let size = counts[bucket]
                        counts[bucket] = total
                        total += size
                    }
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        for entry in entries {
                            let bucket = Int(truncatingIfNeeded: entry.key >> UInt64(shift)) & 0xFFFF
                            scratch[counts[bucket]] = entry
                            counts[bucket] += 1
                        }
                    }
                }
            }
            swap(&entries, &scratch)
        }
    }
}

/// A sorted run written to an unlinked temporary file.
private final class RunFile {
    let handle: FileHandle
    let count: Int

    init(directory: String, entries: [LinkRuns.Entry]) throws {
        let path = (directory as NSString).appendingPathComponent(".clusternet-import-\(UUID().uuidString).run")
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "a temporary file for sorting links cannot be created there")
        }
        try? FileManager.default.removeItem(atPath: path)
        self.handle = handle
        count = entries.count
        try entries.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return }
            try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: bytes.count, deallocator: .none))
        }
        try handle.seek(toOffset: 0)
    }

    deinit { try? handle.close() }
}

/// Reads a run in order: from its file a block at a time, or from memory.
private struct RunReader {
    private let file: RunFile?
    private var buffer: [LinkRuns.Entry]
    private var position = 0
    private var remaining: Int

    /// Links read from a file at a time: 64 Ki, 1.5 MiB.
    private static let block = 1 << 16

    init(file: RunFile) {
        self.file = file
        buffer = []
        remaining = file.count
        try? refill()
    }

    init(memory entries: [LinkRuns.Entry]) {
        file = nil
        buffer = entries
        remaining = 0
    }

    @inline(__always)
    func peek() -> LinkRuns.Entry? { position < buffer.count ? buffer[position] : nil }

    @inline(__always)
    mutating func advance() throws {
        position += 1
        if position == buffer.count && remaining > 0 { try refill() }
    }

    private mutating func refill() throws {
        guard let file else { return }
        let wanted = min(Self.block, remaining)
        let stride = MemoryLayout<LinkRuns.Entry>.stride
        guard let data = try file.handle.read(upToCount: wanted * stride), data.count == wanted * stride else {
            throw StoreError.cannotReadFile(path: "(temporary file of sorted links)", reason: "it could not be read back; check the disk")
        }
        buffer = [LinkRuns.Entry](unsafeUninitializedCapacity: wanted) { entries, count in
            data.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(entries).copyMemory(from: bytes)
            }
            count = wanted
        }
        position = 0
        remaining -= wanted
    }
}
