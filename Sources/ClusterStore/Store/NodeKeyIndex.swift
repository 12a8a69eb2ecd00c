import Foundation

/// The node keys of one graph as UTF-8 in a single buffer, with a hash index from key to id
/// (ids are positions, `0..<count`): how a writer finds or adds the id of every key a file
/// names without a `String` or a dictionary entry per node.
///
/// Ten million keys of a firm network (`FI12345678`, …) take about 25 bytes each here, against
/// about 60 in a `[String: Int32]`; and a key read from a file is looked up from its bytes, so
/// only a new key is ever turned into anything.
///
/// ```swift
/// var table = NodeKeyIndex()
/// table.id(of: "cement", adding: true)    // (0, true)
/// table.id(of: "cement", adding: true)    // (0, false)
/// table.key(0)                            // "cement"
/// ```
struct NodeKeyIndex {
    private var bytes: [UInt8] = []
    /// Where each key ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []
    /// id + 1 per slot, 0 when empty; a power of two long, at most half full.
    private var slots: [UInt32] = Array(repeating: 0, count: 16)

    var count: Int { ends.count }

    /// The id of `key`, adding it when new and `adding` (else nil for an unknown key).
    mutating func id(of key: String, adding: Bool) -> (id: Int32, isNew: Bool)? {
        var key = key
        return key.withUTF8 { id(of: $0, adding: adding) }
    }

    /// The id of the key whose UTF-8 is `key`, adding it when new and `adding`.
    @inline(__always)
    mutating func id(of key: UnsafeBufferPointer<UInt8>, adding: Bool) -> (id: Int32, isNew: Bool)? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot]) - 1
            if keyEquals(id, key) { return (Int32(id), false) }
            slot = (slot + 1) & mask
        }
        guard adding else { return nil }
        let id = ends.count
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        slots[slot] = UInt32(id + 1)
        if 2 * ends.count > slots.count { grow() }
        return (Int32(id), true)
    }

    /// Key number `id`.
    func key(_ id: Int) -> String {
        let start = id == 0 ? 0 : ends[id - 1]
        return String(decoding: bytes[start..<ends[id]], as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 of key number `id`.
    func withKey<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = id == 0 ? 0 : ends[id - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[id]])) }
    }

    mutating func reserveCapacity(keys: Int, bytes byteCount: Int) {
        ends.reserveCapacity(keys)
        bytes.reserveCapacity(byteCount)
        var capacity = slots.count
        while capacity < 2 * keys { capacity *= 2 }
        if capacity > slots.count { rehash(capacity) }
    }

    @inline(__always)
    private func keyEquals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() { rehash(slots.count * 2) }

    private mutating func rehash(_ capacity: Int) {
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (id, end) in ends.enumerated() {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt32(id + 1)
                start = end
            }
        }
        self.slots = slots
    }

    /// FNV-1a over the bytes, finished with a multiply-shift so the low bits that pick a slot
    /// depend on every byte.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
