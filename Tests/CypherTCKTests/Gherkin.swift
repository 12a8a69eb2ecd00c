import Foundation

/// A scenario of a TCK feature file, with `Scenario Outline` examples already substituted.
struct TCKScenario: Sendable {
    /// The feature's folder and file, such as `clauses/match/Match1`.
    var feature: String
    /// `[3] Matching nodes using multiple labels`, with an outline's example row number appended.
    var name: String
    var steps: [Step]
    /// The scenario's position among all scenarios read, to report them in file order.
    var order = 0

    struct Step: Sendable {
        /// The step's text after its keyword (`having executed:`, `executing query:`, …).
        var text: String
        var docString: String?
        var table: [[String]]
    }

    /// An id that names the case in reports and the known-wrong list: `Match1 [3]`, `Literals2 [8] #2`.
    var id: String {
        let file = feature.split(separator: "/").last.map(String.init) ?? feature
        let number = name.split(separator: " ").first.map(String.init) ?? name
        let example = name.range(of: " #").map { String(name[$0.lowerBound...]) } ?? ""
        return "\(file) \(number)\(example)"
    }
}

/// Reads the Gherkin of the TCK's feature files: `Background`, `Scenario`, `Scenario Outline` with
/// `Examples`, steps with doc strings (`"""`) and tables (`| a | b |`, where `\|` is a bar and
/// `\\` a backslash). Comments (`#`) and tags (`@…`) are skipped.
enum Gherkin {
    static func scenarios(in text: String, feature: String) -> [TCKScenario] {
        var scenarios: [TCKScenario] = []
        var background: [TCKScenario.Step] = []
        var current: (name: String, steps: [TCKScenario.Step], outline: Bool)?
        var examples: [[String]] = []
        var inBackground = false
        var inExamples = false
        // Some feature files end lines with CRLF, which Swift keeps as one character.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var index = 0

        func finish() {
            guard let scenario = current else { return }
            if scenario.outline {
                let header = examples.first ?? []
                for (number, row) in examples.dropFirst().enumerated() {
                    let values = Dictionary(zip(header, row), uniquingKeysWith: { first, _ in first })
                    let steps = (background + scenario.steps).map { substitute($0, values) }
                    let name = values.reduce(scenario.name) { $0.replacingOccurrences(of: "<\($1.key)>", with: $1.value) }
                    scenarios.append(TCKScenario(feature: feature, name: "\(name) #\(number + 1)", steps: steps))
                }
            } else {
                scenarios.append(TCKScenario(feature: feature, name: scenario.name, steps: background + scenario.steps))
            }
            current = nil
            examples = []
        }

        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("@") { continue }
            if line.hasPrefix("Feature:") { continue }
            if line.hasPrefix("Background:") {
                inBackground = true
                continue
            }
            if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario:") {
                finish()
                inBackground = false
                inExamples = false
                let outline = line.hasPrefix("Scenario Outline:")
                let name = String(line.dropFirst(outline ? "Scenario Outline:".count : "Scenario:".count)).trimmingCharacters(in: .whitespaces)
                current = (name, [], outline)
                continue
            }
            if line.hasPrefix("Examples:") {
                inExamples = true
                continue
            }
            if line.hasPrefix("|") {
                let cells = tableCells(line)
                if inExamples {
                    examples.append(cells)
                } else if inBackground {
                    background[background.count - 1].table.append(cells)
                } else if var scenario = current, !scenario.steps.isEmpty {
                    scenario.steps[scenario.steps.count - 1].table.append(cells)
                    current = scenario
                }
                continue
            }
            if line.hasPrefix("\"\"\"") {
                let indentation = lines[index - 1].prefix { $0 == " " || $0 == "\t" }.count
                var body: [String] = []
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
                    body.append(String(lines[index].dropFirst(min(indentation, lines[index].prefix { $0 == " " }.count))))
                    index += 1
                }
                index += 1
                let docString = body.joined(separator: "\n")
                if inBackground {
                    background[background.count - 1].docString = docString
                } else if var scenario = current, !scenario.steps.isEmpty {
                    scenario.steps[scenario.steps.count - 1].docString = docString
                    current = scenario
                }
                continue
            }
            for keyword in ["Given ", "When ", "Then ", "And ", "But "] where line.hasPrefix(keyword) {
                let step = TCKScenario.Step(text: String(line.dropFirst(keyword.count)), docString: nil, table: [])
                if inBackground { background.append(step) } else { current?.steps.append(step) }
            }
        }
        finish()
        return scenarios
    }

    /// The cells of a table row, unescaped.
    private static func tableCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                switch character {
                case "|": cell.append("|")
                case "\\": cell.append("\\")
                case "n": cell.append("\n")
                default: cell.append("\\"); cell.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }

    private static func substitute(_ step: TCKScenario.Step, _ values: [String: String]) -> TCKScenario.Step {
        func replaced(_ text: String) -> String {
            values.reduce(text) { $0.replacingOccurrences(of: "<\($1.key)>", with: $1.value) }
        }
        return TCKScenario.Step(text: replaced(step.text), docString: step.docString.map(replaced),
                                table: step.table.map { $0.map(replaced) })
    }
}
