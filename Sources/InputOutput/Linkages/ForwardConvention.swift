/// How forward linkages are measured: the two conventions found in the literature and in tools.
public enum ForwardConvention: String, Sendable, CaseIterable {
    /// Row sums of the Ghosh inverse G = (I − B)⁻¹ (supply-driven; Miller & Blair 2009 §12.2;
    /// the default, as DOMAIN.md §3 asks).
    case ghosh
    /// Row sums of the Leontief inverse L (Rasmussen 1956's original "sensitivity of dispersion").
    case leontief

    /// A phrase saying which matrix the forward index comes from.
    public var explanation: String {
        switch self {
        case .ghosh: return "forward linkages from row sums of the Ghosh inverse G = (I - B)^-1"
        case .leontief: return "forward linkages from row sums of the Leontief inverse L = (I - A)^-1"
        }
    }
}
