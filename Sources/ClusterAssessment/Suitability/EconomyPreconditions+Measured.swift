extension EconomyPreconditions {
    /// What a graph's (or a cluster's) profile says about an economy's preconditions:
    /// export orientation = min(1, export share / 0.5); world-market experience = min(1, RCA / 2)
    /// for a cluster (a whole economy's RCA against the world is 1 by construction); leader firms =
    /// the profile's leader-firms score (concentration, or the supplier pyramid of a firm network).
    ///
    /// ```swift
    /// let measured = EconomyPreconditions.measured(profile: profile, indicators: set, subject: "graph kz", isCluster: false)
    /// measured[.exportOrientation]?.value   // 0.28
    /// ```
    public static func measured(profile: ModelProfile, indicators: IndicatorSet, subject: String,
                                isCluster: Bool) -> [Precondition: Value] {
        var values: [Precondition: Value] = [:]
        if let share = indicators[.exportShare] {
            values[.exportOrientation] = Value(
                value: min(1, share / 0.5),
                source: "on \(subject): exports are \(Indicator.exportShare.describe(share)) of output (half or more scores 1)",
                origin: .measured)
        }
        if isCluster, let rca = indicators[.rca] {
            values[.worldMarketExperience] = Value(
                value: min(1, rca / 2),
                source: "on \(subject): revealed comparative advantage \(Indicator.rca.describe(rca)) (2 or more scores 1)",
                origin: .measured)
        }
        if let leader = profile[.leaderFirms], let score = leader.score, !leader.isWhatIf {
            values[.leaderFirms] = Value(value: score, source: "on \(subject): \(leader.text)", origin: .measured)
        }
        return values
    }
}
