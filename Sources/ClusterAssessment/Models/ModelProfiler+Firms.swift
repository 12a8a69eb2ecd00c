/// The characteristics a firm network shows in its links (``FirmStructure``).
extension ModelProfiler {
    /// Competition among peers = max(0, 1 − HHI / 0.25) over the market-facing firms (an HHI of
    /// 0.25 is "highly concentrated" in the US DOJ/FTC Horizontal Merger Guidelines 2010): one lead
    /// in a pyramid scores 0, hundreds of similar peers in a district near 1.
    func firmCompetition(_ structure: FirmStructure) -> Score {
        guard let hhi = structure.peerHHI, !structure.marketFacing.isEmpty else {
            return .missing(.competition, indicator: "peer_hhi", because: "every firm sells to another firm of the network: none faces the market")
        }
        let score = max(0, 1 - hhi / 0.25)
        var context: [String] = []
        if let largest = structure.largestPeerShare {
            context.append("the largest has \(Indicator.decimal(largest * 100, digits: 1)) % of it")
        }
        if let reciprocity = structure.reciprocity, let density = structure.density {
            context.append("reciprocity \(Indicator.decimal(reciprocity * 100, digits: 1)) % and density \(Indicator.decimal(density * 100, digits: 2)) % among all firms (shown, not scored)")
        }
        return Score(characteristic: .competition, score: score, indicator: "peer_hhi", value: hhi,
                     text: "competition among peers \(Indicator.decimal(score, digits: 2)): \(structure.marketFacing.count) market-facing firm(s) (selling to no other firm of the network) with an HHI of \(Indicator.decimal(hhi, digits: 3)) over their \(structure.peerWeights) (1 − HHI / 0.25; 0.25 or more is highly concentrated)\(context.map { "; " + $0 }.joined()).",
                     basis: structure.peerWeights == "size" ? ["links", "size"] : ["links"])
    }

    /// Ties along the chain = ½ min(1, tied share / 0.5) + ½ min(1, (depth − 1) / 2): how many
    /// firms sell inside the network, and how many links their goods travel to the market.
    func firmLinkage(_ structure: FirmStructure) -> Score {
        guard structure.memberCount > 0 else {
            return .missing(.linkage, indicator: "chain_depth", because: "the network has no firms")
        }
        let tied = Double(structure.tiedCount) / Double(structure.memberCount)
        let depth = structure.meanDepth ?? 0
        let score = 0.5 * min(1, tied / 0.5) + 0.5 * min(1, max(0, (depth - 1) / 2))
        let depthText = structure.meanDepth.map { "a supplier's goods travel on average \(Indicator.decimal($0, digits: 2)) links to a market-facing firm" }
            ?? "no supplier's goods reach a market-facing firm (depth 0)"
        return Score(characteristic: .linkage, score: score, indicator: "chain_depth", value: structure.meanDepth,
                     text: "ties along the chain \(Indicator.decimal(score, digits: 2)): \(Indicator.decimal(tied * 100, digits: 1)) % of the firms sell to another firm of the network (half or more gives full marks on this half) and \(depthText) (3 links, the seed's third tier, or more gives full marks on this half).",
                     basis: ["links"])
    }

    /// Leader firms = the share of the other firms that supply the lead, directly or through tiers.
    func firmLeader(_ structure: FirmStructure) -> Score {
        guard let pyramid = structure.pyramid, let lead = structure.leadKey else {
            return .missing(.leaderFirms, indicator: "reach_share", because: "every firm sells to another firm of the network: no lead faces the market")
        }
        let share = pyramid.reachShare
        let fanIn = pyramid.fanIn.dropLast().map { Indicator.decimal($0, digits: 1) }.joined(separator: " → ")
        let inflow = pyramid.leadInflowShare.map { "; the lead takes \(Indicator.decimal($0 * 100, digits: 1)) % of the links' weight directly" } ?? ""
        return Score(characteristic: .leaderFirms, score: share, indicator: "reach_share", value: share,
                     text: "leader firms \(Indicator.decimal(share, digits: 2)): \(Indicator.decimal(share * 100, digits: 1)) % of the other firms supply the lead, \(lead), directly or through tiers (tiers \(pyramid.shape); direct suppliers per firm \(fanIn.isEmpty ? "none" : fanIn)\(inflow)).",
                     basis: ["links"])
    }

    /// FDI among the key links: in a pyramid (the lead reaches at least half of the firms) the
    /// foreign share of the lead and its first tier, the seed's Indian "key links of the chain";
    /// otherwise of all firms.
    func firmFDI(_ structure: FirmStructure, _ subject: Subject) -> Score {
        if let pyramid = structure.pyramid, pyramid.reachShare >= 0.5, let tier = pyramid.tiers.first {
            return attributeShare(.fdi, "foreign_owned", subject, over: [pyramid.lead] + tier, scale: 0.5,
                                  meaning: "foreign-owned firms make", whose: "the lead and its \(tier.count) first-tier suppliers, the key links of the pyramid")
        }
        return attributeShare(.fdi, "foreign_owned", subject, scale: 0.5, meaning: "foreign-owned firms make")
    }
}
