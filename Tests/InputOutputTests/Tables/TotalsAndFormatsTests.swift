import InputOutput
import TabularText
import Testing

/// Tables as spreadsheets export them: total rows and columns, number formats, wide files.
@Suite struct TotalsAndFormatsTests {
    func read(_ text: String, _ options: IOTableOptions = IOTableOptions()) throws -> IOTableSet {
        try IOTableReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    @Test(arguments: ["Total", "TOTAL", "Sum", "Yhteensä", "Итого", "Σ", "Gesamt", "Summe", "Toimialat yhteensä", "Total industries"])
    func totalLabelsAreNeverSectors(label: String) throws {
        let set = try read(";A;B;C;\(label)\nA;1;2;3;6\nB;4;5;6;15\nC;7;8;9;24\n\(label);12;15;18;45\n")
        #expect(set.national.sectors.map(\.key) == ["A", "B", "C"])
        #expect(set.totalRows == [label])
        #expect(set.totalColumns == [label])
        #expect(set.ignoredRows.isEmpty && set.ignoredColumns.isEmpty)
        #expect(set.totalsNotice == "left out as totals (not sectors): row '\(label)'; column '\(label)'")
    }

    @Test func labelsThatMerelyContainTotalAreSectors() {
        #expect(!TotalLabel.isTotal("Totalisators"))
        #expect(!TotalLabel.isTotal("Summer tourism"))
        #expect(TotalLabel.isTotal("0 Toimialat yhteensä"))
        // An attribute label wins: total_output is output, not a total to drop.
        #expect(RecognisedLabel.isRecognised("total_output"))
    }

    @Test func aSectorAddingUpToTheOthersIsATotal() throws {
        // Rounded to whole numbers: the total row may differ from the sum by up to half a unit per term.
        let set = try read(",A,B,C,D,ALL\nA,1,2,3,4,10\nB,4,5,6,1,16\nC,7,8,9,2,26\nD,1,1,1,1,4\nALL,13,16,19,8,56\n")
        #expect(set.national.sectors.map(\.key) == ["A", "B", "C", "D"])
        #expect(set.totalRows == ["ALL"] && set.totalColumns == ["ALL"])
        let rounded = try read(",A,B,C,D,T9\nA,1.2,2.4,3.1,4,10.7\nB,4,5,6,1,16\nC,7,8,9,2,26\nD,1,1,1,1,4\nT9,13.2,16.4,19.1,8,56.7\n")
        #expect(rounded.totalRows == ["T9"])
        // A real sector that is not the sum stays.
        let real = try read(",A,B,C,D\nA,1,2,3,4\nB,4,5,6,1\nC,7,8,9,2\nD,12,15,18,7\n")
        #expect(real.national.sectorCount == 4)
        #expect(real.totalRows.isEmpty)
    }

    @Test func numbersAreReadInTheFileFormat() throws {
        let set = try read(";A;B\nA;1.746;2,5\nB;1 234,5;1\u{A0}000\n")
        #expect(set.national.flows == [1746, 2.5, 1234.5, 1000])
        let long = try read("row;col;value\nA;A;1.746\nA;B;2,5\n")
        #expect(long.national.flows == [1746])   // B stands only as a column: not a sector
        #expect(throws: TabularTextError.self) { try read(";A;B\nA;1;2\nB;1.746;4\n") }
        let decided = try read(";A;B\nA;1;2\nB;1.746;4\n", IOTableOptions(numberFormat: NumberFormatOptions(decimalComma: true)))
        #expect(decided.national.flows[2] == 1746)
    }

    @Test func wideTablesFindTheirLabelColumnInOnePass() throws {
        let columns = 30_000
        var text = "," + (0..<columns).map { "c\($0)" }.joined(separator: ",") + "\n"
        for row in 0..<2 { text += "c\(row)," + (0..<columns).map { String(($0 + row) % 9) }.joined(separator: ",") + "\n" }
        let set = try read(text)
        #expect(set.national.sectors.map(\.key) == ["c0", "c1"])
        #expect(set.national.flows == [0, 1, 1, 2])
        #expect(set.ignoredColumns.count == columns - 2)
    }
}
