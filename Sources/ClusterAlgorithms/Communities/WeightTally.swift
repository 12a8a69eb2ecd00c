/// Adds `weight` to `totals[slot]` and, the first time that total leaves zero, appends `slot` to
/// `listed[0..<count]`: how local moving sums a node's links per neighbouring community,
/// refinement per sub-community and aggregation per group, before reading back only the slots
/// listed and zeroing them.
///
/// There is no branch: whether a link reaches a slot not yet listed is unpredictable, and a
/// mispredicted branch here waits on two dependent cache misses (the neighbour's community, then
/// its total). The slot is written at `listed[count]` every time and `count` advances only for a
/// new one, so `listed` needs one spare place beyond the most slots it can hold. After a
/// zero-weight link a slot may be listed twice, which adds nothing.
///
/// ```swift
/// var count = 0
/// tally(2, into: 5, totals: totals, listed: listed, count: &count)   // totals[5] = 2, listed [5]
/// ```
@inline(__always)
func tally(_ weight: Double, into slot: Int, totals: UnsafeMutableBufferPointer<Double>,
           listed: UnsafeMutableBufferPointer<Int32>, count: inout Int) {
    let total = totals[slot]
    listed[count] = Int32(slot)
    count &+= total == 0 ? 1 : 0
    totals[slot] = total + weight
}
