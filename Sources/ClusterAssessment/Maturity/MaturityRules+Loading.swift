import Foundation

extension MaturityRules {
    /// Reads rules from JSON text and checks they can classify every cluster.
    ///
    /// ```swift
    /// let rules = try MaturityRules.decode(Data(text.utf8), source: "my-rules.json")
    /// ```
    public static func decode(_ data: Data, source: String) throws(RulesError) -> MaturityRules {
        let rules: MaturityRules = try JSONInput.decode(data, source: source, expecting: "maturity rules")
        try rules.validate(source: source)
        return rules
    }

    /// Checks the classes: each one of the seed's four at most once, only the last without
    /// conditions, conditions well formed and their sources complete.
    public func validate(source: String) throws(RulesError) {
        guard !classes.isEmpty else {
            throw RulesError(source: source, place: "classes", message: "no classes are defined; list the classes in order (strong, stable, potential, latent).")
        }
        var seen: Set<MaturityClass> = []
        for (position, rule) in classes.enumerated() {
            guard rule.class.isClass else {
                throw RulesError(source: source, place: "classes[\(position)].class",
                                 message: "\"\(rule.class.rawValue)\" is an outcome, not a class a rule can define; use strong, stable, potential or latent.")
            }
            if rule.conditions.isEmpty && position != classes.count - 1 {
                throw RulesError(source: source, place: "classes[\(position)]",
                                 message: "only the last class may have no conditions (it then takes every cluster the others leave).")
            }
            guard seen.insert(rule.class).inserted else {
                throw RulesError(source: source, place: "classes[\(position)]", message: "class \"\(rule.class.rawValue)\" is defined twice; keep one.")
            }
            for (index, condition) in rule.conditions.enumerated() {
                try condition.validate(source: source, place: "classes[\(position)].conditions[\(index)]")
            }
        }
        guard indicators.supportingShare >= 0, indicators.supportingShare <= 1 else {
            throw RulesError(source: source, place: "indicators.supportingShare", message: "the share must be between 0 and 1.")
        }
    }
}

extension MaturityRules.Condition {
    func validate(source file: String, place: String) throws(RulesError) {
        switch source {
        case .seed? where (quote ?? "").isEmpty || (english ?? "").isEmpty:
            throw RulesError(source: file, place: place,
                             message: "a condition whose source is \"seed\" needs the article's sentence in \"quote\" and an English rendering in \"english\".")
        case .judgement? where (reason ?? "").isEmpty:
            throw RulesError(source: file, place: place, message: "a condition whose source is \"judgement\" needs its \"reason\" in one line.")
        default:
            break
        }
        if let anyOf {
            guard indicator == nil, test == nil, threshold == nil, !anyOf.isEmpty else {
                throw RulesError(source: file, place: place, message: "a condition has either a non-empty \"anyOf\" list or \"indicator\", \"test\" and \"threshold\", not both.")
            }
            for (index, condition) in anyOf.enumerated() {
                try condition.validate(source: file, place: "\(place).anyOf[\(index)]")
            }
            return
        }
        guard indicator != nil, test != nil, let threshold else {
            throw RulesError(source: file, place: place, message: "a condition needs \"indicator\", \"test\" (atLeast, atMost, above, below) and \"threshold\".")
        }
        guard (threshold.value == nil) != (threshold.percentile == nil) else {
            throw RulesError(source: file, place: "\(place).threshold", message: "give either \"value\" or \"percentile\", exactly one.")
        }
        if let percentile = threshold.percentile, !(0...100).contains(percentile) {
            throw RulesError(source: file, place: "\(place).threshold.percentile", message: "a percentile is between 0 and 100, not \(percentile).")
        }
    }
}
