/// One sector's multiplier, Rasmussen–Hirschman indices and type.
public struct SectorLinkage: Sendable, Equatable {
    public let key: String
    public let label: String?
    /// Output multiplier: column sum of the Leontief inverse.
    public let multiplier: Double
    /// Backward linkage index BL_j = n Σ_i l_ij / Σ_ij l_ij.
    public let backward: Double
    /// Forward linkage index FL_i = n Σ_j g_ij / Σ_ij g_ij (or rows of L, by convention).
    public let forward: Double
    /// Coefficient of variation of column j of L: low means the sector's purchases spread evenly.
    public let backwardVariation: Double
    /// Coefficient of variation of row i of G (or L): low means its sales spread evenly.
    public let forwardVariation: Double
    public let type: SectorType
}
