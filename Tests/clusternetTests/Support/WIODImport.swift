import Testing
import TestSupport

extension ScratchDatabase {
    /// Imports WIOD country-years as graphs named `CCC-YYYY`, with labels and world exports, and
    /// records what each stands for (`describe`).
    func importWIOD(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = Repository.path("Graphs/wiod-2013")
        for name in names {
            let year = String(name.suffix(4)), country = String(name.prefix(3))
            for arguments in [["import", "io", "\(data)/\(name).csv", "--graph", name, "--labels", "\(data)/industries.csv",
                               "--world-exports", "\(data)/world-exports.csv", "--year", year],
                              ["describe", name, "--economy", country, "--year", year, "--unit", "USD million"]] {
                let result = try run(arguments)
                #expect(result.status == 0, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
            }
        }
    }
}
