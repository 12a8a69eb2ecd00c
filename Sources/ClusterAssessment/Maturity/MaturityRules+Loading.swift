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

    /// Checks the classes: each at most once, conditions well formed, the last one a fallback
    /// without conditions so every cluster gets a class.
    public func validate(source: String) throws(RulesError) {
        guard let last = classes.last else {
            throw RulesError(source: source, place: "classes", message: "no classes are defined; list the classes in order, the last without conditions.")
        }
        guard last.conditions.isEmpty else {
            throw RulesError(source: source, place: "classes[\(classes.count - 1)]",
                             message: "the last class (\(last.class.rawValue)) must have no conditions, so that every cluster gets a class.")
        }
        var seen: Set<MaturityClass> = []
        for (position, rule) in classes.enumerated() {
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
    func validate(source: String, place: String) throws(RulesError) {
        if let anyOf {
            guard indicator == nil, test == nil, threshold == nil, !anyOf.isEmpty else {
                throw RulesError(source: source, place: place, message: "a condition has either a non-empty \"anyOf\" list or \"indicator\", \"test\" and \"threshold\", not both.")
            }
            for (index, condition) in anyOf.enumerated() {
                try condition.validate(source: source, place: "\(place).anyOf[\(index)]")
            }
            return
        }
        guard indicator != nil, test != nil, let threshold else {
            throw RulesError(source: source, place: place, message: "a condition needs \"indicator\", \"test\" (atLeast, atMost, above, below) and \"threshold\".")
        }
        guard (threshold.value == nil) != (threshold.percentile == nil) else {
            throw RulesError(source: source, place: "\(place).threshold", message: "give either \"value\" or \"percentile\", exactly one.")
        }
        if let percentile = threshold.percentile, !(0...100).contains(percentile) {
            throw RulesError(source: source, place: "\(place).threshold.percentile", message: "a percentile is between 0 and 100, not \(percentile).")
        }
    }
}
