/// The rules that assign maturity classes, as kept in a JSON rules file.
///
/// Classes are tried in order; the first whose conditions all hold is the cluster's class. A
/// cluster no class fits is `unclassified` (a last class without conditions, if a rules file has
/// one, takes the rest instead). Thresholds are absolute values or, as a last resort, percentiles
/// over the clusters of the same economy. Each condition names its source: the seed article's
/// sentence it implements (in Kyrgyz, with an English rendering) or a judgement with its reason.
/// The defaults are ``MaturityRules/standard`` (shipped as `Rules/maturity-default.json`).
///
/// ```json
/// {"name": "…", "indicators": {"businessServiceSectors": ["69_75"], "supportingShare": 0.1},
///  "classes": [{"class": "strong", "summary": "…", "conditions": [
///     {"indicator": "rca", "test": "atLeast", "threshold": {"value": 1},
///      "why": "More export-specialised than the world.", "source": "judgement", "reason": "Balassa's anchor."}]}]}
/// ```
public struct MaturityRules: Codable, Sendable, Equatable {
    public var name: String
    public var indicators: IndicatorSettings
    /// Groups with fewer members are not clusters: they get the last class without tests and stay
    /// out of the percentile thresholds. Default 2.
    public var minimumMembers: Int?
    public var classes: [ClassRule]

    public init(name: String, indicators: IndicatorSettings, minimumMembers: Int? = 2, classes: [ClassRule]) {
        self.name = name
        self.indicators = indicators
        self.minimumMembers = minimumMembers
        self.classes = classes
    }

    /// One class and when it applies.
    public struct ClassRule: Codable, Sendable, Equatable {
        public var `class`: MaturityClass
        /// What the class means, for the reader.
        public var summary: String
        public var conditions: [Condition]
        /// Indicators shown as context with this class (value only, no test).
        public var describe: [Indicator]?

        public init(class maturity: MaturityClass, summary: String, conditions: [Condition], describe: [Indicator]? = nil) {
            self.class = maturity
            self.summary = summary
            self.conditions = conditions
            self.describe = describe
        }
    }

    /// A test of one indicator against a threshold, or `anyOf` several tests.
    public struct Condition: Codable, Sendable, Equatable {
        public var indicator: Indicator?
        public var test: Comparison?
        public var threshold: Threshold?
        /// At least one of these must hold (instead of `indicator`/`test`/`threshold`).
        public var anyOf: [Condition]?
        /// `skip`: missing data leaves the condition untested (said in the reasons); `fail`
        /// (default): missing data fails it.
        public var ifMissing: MissingPolicy?
        /// The sentence a policy reader needs to see why the condition matters.
        public var why: String?
        /// Where the condition comes from: the seed article (`quote` and `english` required) or
        /// judgement (`reason` required).
        public var source: Source?
        /// The seed article's sentence, in the original Kyrgyz.
        public var quote: String?
        /// An English rendering of `quote`.
        public var english: String?
        /// Why the condition or its threshold is what it is, in one line.
        public var reason: String?

        public init(_ indicator: Indicator, _ test: Comparison, _ threshold: Threshold,
                    ifMissing: MissingPolicy? = nil, why: String? = nil, from provenance: Provenance? = nil) {
            self.indicator = indicator
            self.test = test
            self.threshold = threshold
            self.ifMissing = ifMissing
            self.why = why
            cite(provenance)
        }

        public init(anyOf: [Condition], ifMissing: MissingPolicy? = nil, why: String? = nil, from provenance: Provenance? = nil) {
            self.anyOf = anyOf
            self.ifMissing = ifMissing
            self.why = why
            cite(provenance)
        }

        private mutating func cite(_ provenance: Provenance?) {
            source = provenance?.source
            quote = provenance?.quote
            english = provenance?.english
            reason = provenance?.reason
        }

        /// The condition in symbols: `rca ≥ 1`, `lq ≥ p75`, `any of (a > 0, b ≥ 0.01)`.
        public var label: String {
            if let anyOf { return "any of (" + anyOf.map(\.label).joined(separator: ", ") + ")" }
            let limit = threshold?.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }
                ?? threshold?.percentile.map { "p\($0 == $0.rounded() ? String(Int($0)) : String($0))" } ?? "?"
            return "\(indicator?.rawValue ?? "?") \(test?.symbol ?? "?") \(limit)"
        }

        /// The indicators the condition reads, in order.
        public var indicators: [Indicator] {
            anyOf?.flatMap(\.indicators) ?? indicator.map { [$0] } ?? []
        }
    }

    public enum Source: String, Codable, Sendable {
        /// The condition implements a sentence of the seed article.
        case seed
        /// The condition is ClusterNet's judgement; `reason` says why.
        case judgement
    }

    /// A condition's source in one value, for writing rules in code.
    public struct Provenance: Sendable {
        public var source: Source
        public var quote: String?
        public var english: String?
        public var reason: String?

        /// A sentence of the seed article (Kyrgyz original and English rendering), with why the
        /// numeric threshold is what it is.
        public static func seed(_ quote: String, _ english: String, threshold reason: String? = nil) -> Provenance {
            Provenance(source: .seed, quote: quote, english: english, reason: reason)
        }

        public static func judgement(_ reason: String) -> Provenance {
            Provenance(source: .judgement, quote: nil, english: nil, reason: reason)
        }
    }

    public enum Comparison: String, Codable, Sendable {
        case atLeast, atMost, above, below

        func holds(_ value: Double, _ threshold: Double) -> Bool {
            switch self {
            case .atLeast: value >= threshold
            case .atMost: value <= threshold
            case .above: value > threshold
            case .below: value < threshold
            }
        }

        var symbol: String {
            switch self {
            case .atLeast: "≥"
            case .atMost: "≤"
            case .above: ">"
            case .below: "<"
            }
        }

        var words: String {
            switch self {
            case .atLeast: "at least"
            case .atMost: "at most"
            case .above: "above"
            case .below: "below"
            }
        }
    }

    /// An absolute `value`, or a `percentile` (0–100) of the indicator over the economy's clusters.
    public struct Threshold: Codable, Sendable, Equatable {
        public var value: Double?
        public var percentile: Double?

        public static func value(_ value: Double) -> Threshold { Threshold(value: value, percentile: nil) }
        public static func percentile(_ percentile: Double) -> Threshold { Threshold(value: nil, percentile: percentile) }
    }

    /// What missing data does to a condition.
    public enum MissingPolicy: String, Codable, Sendable {
        /// Leaves the condition untested and the class open ("not tested" in the reasons).
        case skip
        /// Fails the condition ("counts as not met").
        case fail
        /// Leaves the class undecided: the cluster is `unclassified` with what is missing, and no
        /// lower class is tried (stable without an earlier year cannot be told from potential).
        case undecided
    }
}
