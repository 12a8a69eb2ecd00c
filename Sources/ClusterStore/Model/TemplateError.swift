import ClusterGraph

/// Why a cluster template or a named cluster could not be found, saved or changed.
///
/// The words name the thing and what to run; front ends with flags add nothing.
public enum TemplateError: UserFacingError, Equatable {
    case unknownTemplate(String, suggestions: [String])
    case templateExists(String)
    /// A cluster reference (a name or an id) that the template or partition does not have.
    case unknownCluster(reference: String, in: String, names: [String], count: Int)
    /// A prefix shared by several cluster names.
    case ambiguousCluster(reference: String, in: String, matches: [String])
    /// A name another cluster of the same template or partition already has.
    case duplicateClusterName(String, in: String)
    /// A name that would be read as an id, or is empty.
    case invalidClusterName(String)
    /// A key listed in two clusters of one template.
    case repeatedKey(String, template: String)

    public var description: String {
        switch self {
        case let .unknownTemplate(name, suggestions):
            let hint = suggestions.isEmpty ? "" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))? "
            return "there is no cluster template named '\(name)'; \(hint)run `clusternet template list` to see them"
        case let .templateExists(name):
            return "a cluster template named '\(name)' already exists; add --replace to overwrite it or choose another name"
        case let .unknownCluster(reference, owner, names, count):
            let close = NameSuggestions.closest(to: reference, among: names)
            let hint = close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"
            let choices = names.isEmpty ? "ids 0 to \(max(count - 1, 0))" : "a name or an id from 0 to \(max(count - 1, 0))"
            return "\(owner) has no cluster '\(reference)'\(hint); give \(choices)"
        case let .ambiguousCluster(reference, owner, matches):
            return "'\(reference)' could be any of \(matches.map { "'\($0)'" }.joined(separator: ", ")) in \(owner); give more of the name"
        case let .duplicateClusterName(name, owner):
            return "\(owner) already has a cluster named '\(name)'; choose another name"
        case let .invalidClusterName(name):
            return name.isEmpty ? "a cluster name cannot be empty" : "'\(name)' is a number, and cluster ids are numbers; give a name with a letter in it"
        case let .repeatedKey(key, template):
            return "key '\(key)' is in two clusters of template '\(template)'; give each key one cluster"
        }
    }
}
