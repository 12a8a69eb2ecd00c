/// The seed's (ETLA's) four maturity categories of a cluster, and the outcomes that are not a class.
///
/// A rules file names only the four classes; the classifier gives `unclassified` when a deciding
/// indicator is unknown (no earlier year for dynamics) or when no class fits, `notACluster` to a
/// group of a single sector, and the assessment pipeline `local` to the sectors that serve the home
/// market (Delgado, Porter & Stern 2016), which are reported as the local economy, not as a cluster.
public enum MaturityClass: String, Codable, Sendable, CaseIterable {
    /// Export-specialised against the world, tightly linked, balanced, not shrinking (Finland's forest cluster).
    case strong
    /// Positive dynamics of all its elements, not yet strong (energy, basic metals, machinery).
    case stable
    /// Uneven: a specialised core beside weak members, growing or knowledge-intensive (business services, health care).
    case potential
    /// Successful members with weak links among them (food, construction: Valio, Fazer, Skanska, Kone).
    case latent
    /// A deciding indicator is unknown, or no class fits; the reasons say which.
    case unclassified
    /// One sector alone is not a cluster of a sector graph.
    case notACluster = "not a cluster"
    /// The local economy: sectors that serve the home market, left out of cluster detection.
    case local = "local economy"

    /// The four classes a rules file may define, in the seed's order.
    public static let ruled: [MaturityClass] = [.strong, .stable, .potential, .latent]

    /// True for the four classes of the seed (not for the outcomes that are not a class).
    public var isClass: Bool { Self.ruled.contains(self) }

    /// The name with a capital, to start a sentence.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
