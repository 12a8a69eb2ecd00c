/// The key-sector typology of Rasmussen (1956) and Hirschman (1958) from the two normalised
/// linkage indices, each compared with the average 1.
public enum SectorType: String, Sendable, CaseIterable {
    /// Backward and forward index both above 1.
    case key
    /// Only the backward index above 1: a strong buyer.
    case backwardOriented = "backward-oriented"
    /// Only the forward index above 1: a strong supplier.
    case forwardOriented = "forward-oriented"
    /// Neither above 1.
    case weak

    public init(backward: Double, forward: Double) {
        switch (backward > 1, forward > 1) {
        case (true, true): self = .key
        case (true, false): self = .backwardOriented
        case (false, true): self = .forwardOriented
        case (false, false): self = .weak
        }
    }
}
