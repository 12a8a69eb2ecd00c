/// The seed's (ETLA's) four maturity categories of a cluster.
public enum MaturityClass: String, Codable, Sendable, CaseIterable {
    /// Export-oriented, specialised, tightly linked, balanced, innovative (Finland's forest cluster).
    case strong
    /// Established and growing, but weaker on exports or linkage (energy, basic metals, machinery).
    case stable
    /// Uneven structure, yet growing or knowledge-intensive (business services, health care).
    case potential
    /// Successful individual members, weak links among them (food, construction).
    case latent
}
