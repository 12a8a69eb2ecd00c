/// An error whose `description` is a complete sentence for the person at the terminal: what went
/// wrong, where (file:line:column or query position, when there is one) and what to do about it.
///
/// Every module's error types conform, so the command-line tool prints any of them as
/// `error: <description>` and exits non-zero without knowing the module it came from.
public protocol UserFacingError: Error, CustomStringConvertible, Sendable {}

/// Reports progress of long work: `done` units out of `total` (nil when the total is unknown).
///
/// Library code calls it at coarse intervals; the tool decides whether to draw anything
/// (only on a terminal).
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int?) -> Void
