/// One thread's scratch for weighing a node against its neighbouring communities (or groups):
/// a weight per community, zero between uses, and the list of communities touched (one spare
/// place, as the tallies need), so that only those are reset.
struct NeighbourScratch: @unchecked Sendable {
    let weights: UnsafeMutableBufferPointer<Double>
    let listed: UnsafeMutableBufferPointer<Int32>

    init(slots: Int, maxListed: Int) {
        weights = .allocate(capacity: slots)
        weights.initialize(repeating: 0)
        listed = .allocate(capacity: maxListed + 1)
    }

    func deallocate() {
        weights.deallocate()
        listed.deallocate()
    }
}
