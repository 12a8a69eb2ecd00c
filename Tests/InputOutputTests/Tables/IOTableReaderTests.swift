import Foundation
import InputOutput
import TabularText
import Testing

/// Reading small hand-made wide and long tables, and every way they can be wrong.
@Suite struct IOTableReaderTests {
    func read(_ text: String, _ options: IOTableOptions = IOTableOptions()) throws -> IOTableSet {
        try IOTableReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    /// The location-bearing error a bad file raises.
    func located(_ text: String, _ options: IOTableOptions = IOTableOptions()) -> TabularTextError? {
        do {
            _ = try read(text, options)
            return nil
        } catch let error as TabularTextError {
            return error
        } catch {
            Issue.record("expected a located error, got \(error)")
            return nil
        }
    }

    static let wide = """
        ,A,B,final_demand,exports,total
        A,1,2,3,4,10
        B,0,5,-1,6,10
        value_added,9,3,,,
        output,10,10,,,
        """

    @Test func wideTableGivesSectorsFlowsAndAttributes() throws {
        let set = try read(Self.wide)
        let table = set.national
        #expect(table.sectors.map(\.key) == ["A", "B"])
        #expect(table.flows == [1, 2, 0, 5])
        #expect(table.attributes["output"] == [10, 10])
        #expect(table.attributes["value_added"] == [9, 3])
        #expect(table.attributes["exports"] == [4, 6])
        #expect(table.attributes["final_demand"] == [3, -1])   // negative final demand is allowed
        #expect(table.attributes["wages"] == nil)
        #expect(set.regions.isEmpty)
        #expect(set.ignoredColumns.isEmpty)
        #expect(set.totalColumns == ["total"])
        #expect(set.attributeSources.map(\.attribute) == ["exports", "final_demand", "output", "value_added"])
    }

    @Test func namedRowsAndColumnsReplaceRecognition() throws {
        let text = """
            ;A;B;Sales abroad;Gross output
            A;1;2;4;7
            B;0;5;6;11
            Output;10;10;;
            """
        let options = IOTableOptions(mappings: [
            AttributeMapping(attribute: "output", axis: .column, label: "Gross output"),
            AttributeMapping(attribute: "exports", axis: .column, label: "Sales abroad"),
        ])
        let table = try read(text, options).national
        #expect(table.attributes["output"] == [7, 11])
        #expect(table.attributes["exports"] == [4, 6])
    }

    @Test func emptyCellsAreMissingNotZero() throws {
        let text = """
            ,A,B
            A,,2
            B,1,
            output,5,
            """
        let table = try read(text).national
        #expect(table.flows == [0, 2, 1, 0])
        #expect(table.attributes["output"] == [5, nil])
    }

    @Test func codeLikeFirstWordsBecomeKeys() throws {
        let text = """
            ,01 Maatalous,17_18 Paperiteollisuus ja painaminen
            01 Maatalous,1,2
            17_18 Paperiteollisuus ja painaminen,3,4
            """
        let table = try read(text).national
        #expect(table.sectors == [IOSector(key: "01", label: "Maatalous"), IOSector(key: "17_18", label: "Paperiteollisuus ja painaminen")])
    }

    @Test func namesWithoutCodesStayWhole() throws {
        let text = """
            ,01 Maatalous,Services
            01 Maatalous,1,2
            Services,3,4
            """
        #expect(try read(text).national.sectors.map(\.key) == ["01 Maatalous", "Services"])
    }

    @Test func longFileGivesRegionsAndTheirSum() throws {
        let text = """
            REG;COM;IND;value
            North;A;A;1
            North;A;B;2
            North;B;A;3
            North;Tuotos perushintaan;A;10
            North;Tuotos perushintaan;B;20
            North;A;P6K Vienti;5
            South;A;A;4
            South;B;B;6
            South;Tuotos perushintaan;A;1
            South;Tuotos perushintaan;B;2
            South;A;P6K Vienti;0,5
            """
        let set = try read(text)
        #expect(set.regions.map(\.region) == ["North", "South"])
        #expect(set.regions[0].flows == [1, 2, 3, 0])
        #expect(set.regions[1].flows == [4, 0, 0, 6])
        #expect(set.national.region == nil)
        #expect(set.national.flows == [5, 2, 3, 6])
        #expect(set.national.attributes["output"] == [11, 22])
        #expect(set.national.attributes["exports"] == [5.5, nil])   // B has no exports anywhere
    }

    @Test func longLayoutIsDetectedOnlyFromAValueColumn() throws {
        // Four columns but a matrix: A,B,C sectors.
        let text = """
            ,A,B,C
            A,1,0,0
            B,0,1,0
            C,0,0,1
            """
        #expect(try read(text).national.sectorCount == 3)
        let long = "ROW,COLUMN,value\nA,A,1\nA,B,2\nB,A,3\n"
        let table = try read(long).national
        #expect(table.flows == [1, 2, 3, 0])
    }

    @Test func namedFinalDemandColumnsAddUp() throws {
        let text = """
            ,A,B,Households,Government,Investment
            A,1,2,3,4,-1
            B,0,5,6,0,2
            """
        let options = IOTableOptions(mappings: ["Households", "Government", "Investment"].map {
            AttributeMapping(attribute: "final_demand", axis: .column, label: $0)
        })
        let set = try read(text, options)
        #expect(set.national.attributes["final_demand"] == [6, 8])
        #expect(set.attributeSources == [AttributeSource(attribute: "final_demand", axis: .column,
                                                         labels: ["Households", "Government", "Investment"])])
    }

    @Test func forcedLongLayoutNeedsThreeOrFourColumns() {
        #expect(throws: IOTableError.notLong(file: "t.csv", columnCount: 5)) {
            try read(",A,B,C,D\nA,1,2,3,4\n", IOTableOptions(layout: .long))
        }
    }

    @Test func oneAttributeCannotComeFromRowsAndColumns() {
        let options = IOTableOptions(mappings: [AttributeMapping(attribute: "output", axis: .row, label: "B"),
                                                AttributeMapping(attribute: "output", axis: .column, label: "B")])
        #expect(throws: IOTableError.conflictingMappings(attribute: "output")) {
            try read(",A,B\nA,1,2\nB,3,4\n", options)
        }
    }

    // MARK: - Errors

    @Test func notANumberIsLocated() {
        let error = located(",A,B\nA,1,x2\nB,3,4\n")
        #expect(error?.line == 2)
        #expect(error?.column == 5)
        #expect(error?.message.contains("'x2' is not a number") == true)
    }

    @Test func nanIsLocated() {
        let error = located(",A,B\nA,1,2\nB,NaN,4\n")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(error?.message.contains("not a finite number") == true)
    }

    @Test func negativeFlowIsLocated() {
        let error = located(",A,B,final_demand\nA,1,2,-5\nB,3,-4,1\n")
        #expect(error?.line == 3)
        #expect(error?.column == 5)
        #expect(error?.message.contains("negative intermediate flow -4.0 from 'B' to 'B'") == true)
    }

    @Test func negativeFlowInALongFileNamesItsRegionAndLine() {
        let error = located("REG;ROW;COL;value\nN;A;A;1\nS;A;A;-2\n")
        #expect(error?.line == 3)
        #expect(error?.column == 7)
        #expect(error?.message.contains("in region 'S'") == true)
    }

    @Test func repeatedCellInALongFileIsLocated() {
        let error = located("REG;ROW;COL;value\nN;A;A;1\nN;A;B;1\nN;A;A;2\n")
        #expect(error?.line == 4)
        #expect(error?.message.contains("already given on line 2") == true)
    }

    @Test func repeatedSectorRowIsLocated() {
        let error = located(",A,B\nA,1,2\nB,3,4\nA,5,6\n")
        #expect(error?.line == 4)
        #expect(error?.column == 1)
        #expect(error?.message.contains("appears twice") == true)
    }

    @Test func raggedRowIsLocated() {
        let error = located(",A,B\nA,1,2\nB,3\n")
        #expect(error?.line == 3)
        #expect(error?.message.contains("2 fields but the header has 3") == true)
    }

    @Test func noSectorsSaysWhichLabelsWereSeen() {
        #expect(throws: IOTableError.self) { try read(",X,Y\nA,1,2\nB,3,4\n") }
        do {
            _ = try read(",X,Y\nA,1,2\nB,3,4\n")
        } catch {
            let text = "\(error)"
            #expect(text.contains("no sectors found"))
            #expect(text.contains("'A', 'B'"))
            #expect(text.contains("'X', 'Y'"))
        }
    }

    @Test func unknownNamedLabelIsAnError() {
        let options = IOTableOptions(mappings: [AttributeMapping(attribute: "output", axis: .row, label: "Total")])
        #expect(throws: IOTableError.unknownLabel(file: "t.csv", axis: .row, label: "Total", seen: ["A", "B"])) {
            try read(",A,B\nA,1,2\nB,3,4\n", options)
        }
    }

    // MARK: - Labels

    @Test func labelsFileReplacesLabels() throws {
        let labels = try SectorLabels.read(bytes: Array("key,label\nA,Alpha\nZ,Zulu\n".utf8), fileName: "l.csv")
        let set = try read(Self.wide).applyingLabels(labels)
        #expect(set.national.sectors.map(\.label) == ["Alpha", nil])
    }

    @Test func labelsFileMatchingNothingIsAnError() throws {
        let labels = try SectorLabels.read(bytes: Array("key,label\nZ,Zulu\n".utf8), fileName: "l.csv")
        #expect(throws: IOTableError.labelsMatchNoSector(file: "l.csv", sectorKeys: ["A", "B"])) {
            try read(Self.wide).applyingLabels(labels)
        }
    }

    @Test func repeatedLabelKeyIsLocated() {
        #expect(throws: TabularTextError(file: "l.csv", line: 3, column: 1,
                                         message: "the key 'A' already has a label on line 2; give each key one label")) {
            try SectorLabels.read(bytes: Array("key,label\nA,x\nA,y\n".utf8), fileName: "l.csv")
        }
    }

    @Test func recordsSkipZeroFlowsAndKeepSelfLoops() throws {
        let table = try read(Self.wide).national
        let links = table.linkRecords()
        #expect(links.map { "\($0.source)>\($0.target)" } == ["A>A", "A>B", "B>B"])
        #expect(links.allSatisfy { $0.kind == "io" })
        let nodes = table.nodeRecords()
        #expect(nodes[1].attributes["exports"] == .number(6))
        #expect(nodes[0].kind == "sector")
    }
}
