import Foundation

/// Wall-clock time of a command's phases for `--timings`, printed as one stderr line
/// `timings: load=0.012 compute=0.340` so benchmarks can time the algorithm apart from the database.
///
/// ```swift
/// var timer = PhaseTimer()
/// let graph = try store.loadGraph(named: name)
/// timer.finish("load")
/// ```
struct PhaseTimer {
    private var start = DispatchTime.now().uptimeNanoseconds
    private var phases: [(String, Double)] = []

    /// Ends the phase that began at the previous call (or at creation) and names it.
    mutating func finish(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((phase, Double(now - start) / 1e9))
        start = now
    }

    /// Records a phase measured elsewhere (inside a library call), without restarting the clock.
    mutating func record(_ phase: String, seconds: Double) {
        phases.append((phase, seconds))
    }

    /// Writes the line to stderr when `enabled`.
    func report(if enabled: Bool) {
        guard enabled else { return }
        let fields = phases.map { name, seconds in "\(name)=" + String(format: "%.6f", seconds) }
        Terminal.writeStandardError("timings: " + fields.joined(separator: " ") + "\n")
    }
}
