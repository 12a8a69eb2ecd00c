/// The rules that assign maturity classes, as kept in a JSON rules file.
///
/// Classes are tried in order; the first whose conditions all hold is the cluster's class. The
/// last class has no conditions and takes every cluster the others leave. Thresholds are absolute
/// values or percentiles over the clusters of the same economy. The defaults are
/// ``MaturityRules/standard`` (shipped as `Rules/maturity-default.json`); `--rules FILE` replaces them.
///
/// ```json
/// {"name": "…", "indicators": {"rdSectors": ["69_75"], "supportingShare": 0.1},
///  "classes": [{"class": "strong", "summary": "…", "conditions": [
///     {"indicator": "export_share", "test": "atLeast", "threshold": {"percentile": 60},
///      "why": "Strong clusters sell a large part of their output abroad."}]},
///   {"class": "latent", "summary": "…", "conditions": []}]}
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

        public init(_ indicator: Indicator, _ test: Comparison, _ threshold: Threshold,
                    ifMissing: MissingPolicy? = nil, why: String? = nil) {
            self.indicator = indicator
            self.test = test
            self.threshold = threshold
            self.ifMissing = ifMissing
            self.why = why
        }

        public init(anyOf: [Condition], ifMissing: MissingPolicy? = nil, why: String? = nil) {
            self.anyOf = anyOf
            self.ifMissing = ifMissing
            self.why = why
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

    public enum MissingPolicy: String, Codable, Sendable {
        case skip, fail
    }
}
