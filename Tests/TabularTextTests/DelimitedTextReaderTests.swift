import TabularText
import Testing

@Suite struct DelimitedTextReaderTests {
    private func read(_ text: String, delimiter: UInt8? = nil) throws -> (header: [String], rows: [[String]]) {
        var reader = try DelimitedTextReader(bytes: Array(text.utf8), fileName: "t.csv", delimiter: delimiter)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return (reader.header, rows)
    }

    @Test func detectsSemicolonsAndTabs() throws {
        #expect(try read("a;b\n1;2\n").rows == [["1", "2"]])
        #expect(try read("a\tb\n1\t2\n").rows == [["1", "2"]])
        #expect(try read("a,b\r\n1,2\r\n").rows == [["1", "2"]])
    }

    @Test func quotedFieldsMayHoldDelimitersQuotesAndNewlines() throws {
        let result = try read("key,label\nx,\"Wood, cork\"\ny,\"say \"\"hi\"\"\nthere\"\nz,\n")
        #expect(result.rows == [["x", "Wood, cork"], ["y", "say \"hi\"\nthere"], ["z", ""]])
    }

    @Test func keepsCyrillicAndFinnishAndSkipsBOM() throws {
        let result = try read("\u{FEFF}ключ;nimi\nцемент;Pääoma\n")
        #expect(result.header == ["ключ", "nimi"])
        #expect(result.rows == [["цемент", "Pääoma"]])
    }

    @Test func raggedRowNamesLineAndColumn() {
        #expect(throws: TabularTextError(file: "t.csv", line: 3, column: 5,
                                         message: "this row has 3 fields but the header has 2; check for a missing or extra ',' or an unclosed quote")) {
            try read("a,b\n1,2\n3,4,5\n")
        }
    }

    @Test func invalidUTF8PointsAtTheByte() {
        var bytes = Array("a,b\nок,".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("x\n".utf8))
        #expect {
            var reader = try DelimitedTextReader(bytes: bytes, fileName: "t.csv")
            while try reader.next() != nil {}
        } throws: { error in
            let error = error as! TabularTextError
            return error.line == 2 && error.column == 4 && error.message.contains("invalid UTF-8")
        }
    }

    @Test func unclosedQuoteIsReported() {
        #expect(throws: TabularTextError.self) { try read("a,b\n1,\"open\n") }
    }

    @Test func numbersRejectNaNInfinityAndWords() {
        #expect(NumberField.parse("1.5e3") == .success(1500))
        #expect(NumberField.parse(" -2 ") == .success(-2))
        #expect(NumberField.parse("") == .success(nil))
        #expect(NumberField.parse("3,75", decimalComma: true) == .success(3.75))
        #expect(NumberField.parse("3,75") == .failure(.notANumber))
        #expect(NumberField.parse("NaN") == .failure(.notFinite))
        #expect(NumberField.parse("inf") == .failure(.notFinite))
        #expect(NumberField.parse("1e999") == .failure(.notFinite))
        #expect(NumberField.parse("12 kg") == .failure(.notANumber))
        #expect(NumberField.parse("0x10") == .failure(.notANumber))
    }
}
