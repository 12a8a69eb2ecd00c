/// Finds a node's index by its key: an open-addressing hash table of 32-bit node indices over
/// the graph's own key array.
///
/// A `[String: Int]` holds a copy of every key beside an 8-byte index, about 50 bytes a node
/// (out-of-line keys, over 15 bytes, cost a heap object more); this holds 4 to 8 bytes a
/// node and compares against the keys the graph keeps anyway.
///
/// ```swift
/// let index = KeyIndex(keys: ["a", "b"])
/// index.find("b", in: ["a", "b"])   // 1
/// ```
///
/// - Complexity: O(n) to build; O(1) expected per lookup.
struct KeyIndex: Sendable {
    /// Node index + 1 per slot; 0 marks an empty slot. The count is a power of two.
    private let slots: [UInt32]

    /// Indexes `keys`; the first of several equal keys wins.
    init(keys: [String]) {
        // At most half full, so probes stay short.
        var capacity = 4
        while capacity < 2 * keys.count { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = key.hashValue & mask
            while slots[slot] != 0 {
                if keys[Int(slots[slot]) - 1] == key { break }
                slot = (slot + 1) & mask
            }
            if slots[slot] == 0 { slots[slot] = UInt32(index + 1) }
        }
        self.slots = slots
    }

    /// The index of `key` in `keys` (the array this index was built from), or nil.
    func find(_ key: String, in keys: [String]) -> Int? {
        let mask = slots.count - 1
        var slot = key.hashValue & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if keys[index] == key { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether every key was distinct when the index was built.
    static func keysAreDistinct(_ keys: [String], _ index: KeyIndex) -> Bool {
        keys.indices.allSatisfy { index.find(keys[$0], in: keys) == $0 }
    }
}
