// Fuzzes the input-output table readers (wide and long layouts, totals, number formats): any
// bytes must give tables or a user-facing error, never a crash.
import FuzzDriver
import Foundation
import InputOutput

runFuzzer { data, size in
    let bytes = bytes(data, size)
    for layout in [nil, IOTableLayout.wide, .long] {
        if let set = try? IOTableReader.read(bytes: bytes, fileName: "fuzz.csv", options: IOTableOptions(layout: layout)) {
            for table in set.allTables {
                precondition(table.flows.count == table.sectorCount * table.sectorCount, "flows are n × n")
                _ = table.linkRecords()
                _ = table.nodeRecords()
            }
        }
    }
    return 0
}
