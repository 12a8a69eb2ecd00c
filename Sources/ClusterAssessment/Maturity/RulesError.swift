import ClusterGraph

/// A rules or prototypes file that cannot be used, with the place in it and what to fix.
public struct RulesError: UserFacingError, Equatable {
    public let source: String
    public let place: String
    public let message: String

    public init(source: String, place: String, message: String) {
        self.source = source
        self.place = place
        self.message = message
    }

    public var description: String {
        "\(source)\(place.isEmpty ? "" : " at \(place)"): \(message)"
    }
}
