import Foundation

/// Counts per feature folder (cases, run, passed, wrong, refused, skipped) and the reasons for
/// what did not pass, as the TCK test prints them and `Docs/query-language.md` quotes them.
struct TCKSummary {
    struct Counts {
        var cases = 0, passed = 0, wrong = 0, refused = 0, skipped = 0
        var run: Int { cases - skipped }
        /// Passed of the cases whose setup the store can hold.
        var passRate: Double { run == 0 ? 1 : Double(passed) / Double(run) }
        /// Passed of the cases answered (not refused).
        var answeredPassRate: Double { run - refused == 0 ? 1 : Double(passed) / Double(run - refused) }
    }

    var features: [(String, Counts)] = []
    var total = Counts()
    var wrong: [(id: String, detail: String)] = []
    var refused: [String: [String]] = [:]
    var skipped: [String: [String]] = [:]

    init(_ results: [TCKRunner.CaseResult]) {
        var byFeature: [String: Counts] = [:]
        for result in results {
            let folder = result.scenario.feature.split(separator: "/").dropLast().joined(separator: "/")
            var counts = byFeature[folder, default: Counts()]
            counts.cases += 1
            switch result.outcome {
            case .passed: counts.passed += 1
            case .wrong(let detail):
                counts.wrong += 1
                wrong.append((result.scenario.id, detail))
            case .refused(let reason):
                counts.refused += 1
                refused[reason, default: []].append(result.scenario.id)
            case .skipped(let reason):
                counts.skipped += 1
                skipped[reason, default: []].append(result.scenario.id)
            }
            byFeature[folder] = counts
        }
        features = byFeature.sorted { $0.key < $1.key }
        for (_, counts) in features {
            total.cases += counts.cases
            total.passed += counts.passed
            total.wrong += counts.wrong
            total.refused += counts.refused
            total.skipped += counts.skipped
        }
    }

    func report() -> String {
        func row(_ name: String, _ counts: Counts) -> String {
            let cells = [name.padding(toLength: 28, withPad: " ", startingAt: 0)] + [counts.cases, counts.run, counts.passed, counts.wrong, counts.refused, counts.skipped]
                .map { String($0).leftPadded(7) } + [String(format: "%6.1f %%", counts.passRate * 100)]
            return cells.joined(separator: " ")
        }
        var lines = ["feature                        cases     run  passed   wrong refused skipped   passed/run"]
        for (name, counts) in features { lines.append(row(name, counts)) }
        lines.append(row("all", total))
        lines.append(String(format: "passed of answered (run − refused): %.1f %%", total.answeredPassRate * 100))
        if !wrong.isEmpty {
            lines.append("\nwrong:")
            for (id, detail) in wrong { lines.append("  \(id): \(detail)") }
        }
        for (title, reasons) in [("refused", refused), ("skipped", skipped)] where !reasons.isEmpty {
            lines.append("\n\(title):")
            for (reason, ids) in reasons.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
                lines.append("  \(ids.count) × \(reason) (\(ids.prefix(4).joined(separator: ", "))\(ids.count > 4 ? ", …" : ""))")
            }
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
