import Foundation
import TabularText
import Testing
import TestSupport

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

    /// A file several times the streaming window, with records that cross its edges in every way:
    /// quoted fields spanning lines, doubled quotes, `\r\n`, blank lines, non-ASCII text.
    private static func largeFile() -> String {
        var text = "source;target;note\r\n"
        var index = 0
        while text.utf8.count < 3_500_000 {
            switch index % 7 {
            case 0: text += "a\(index);b\(index);plain\r\n"
            case 1: text += "\"q;\(index)\";\"say \"\"hi\"\"\";\"two\nlines\"\n"
            case 2: text += "\n\nцемент\(index);Pääoma;\"\"\n"
            case 3: text += "x\(index);y;" + String(repeating: "z", count: index % 997) + "\n"
            case 4: text += "\"\";\"\";\"\"\r\n"
            case 5: text += "k\(index);;\n"
            default: text += "\"\(index)\";\"v\r\nw\";end\n"
            }
            index += 1
        }
        return text + "last;row;no line end"
    }

    @Test func streamingAFileGivesTheSameRecordsAsReadingItWhole() throws {
        let directory = try TemporaryDirectory()
        let text = Self.largeFile()
        let path = try directory.write("large.csv", text)
        var whole = try DelimitedTextReader(bytes: Array(text.utf8), fileName: path)
        var streamed = try DelimitedTextReader(path: path)
        #expect(streamed.header == whole.header)
        #expect(streamed.byteCount == text.utf8.count)
        var records = 0
        while let expected = try whole.next() {
            let record = try #require(try streamed.next())
            #expect(record.fields == expected.fields && record.line == expected.line, "record \(records)")
            records += 1
        }
        #expect(try streamed.next() == nil)
        #expect(records > 30_000)
        #expect(streamed.bytesRead == text.utf8.count)
    }

    @Test func rawRecordsGiveBytesWhereTheyCanAndStringsAlways() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("raw.csv", "a,b,c\nplain,\"quoted, yes\",\"say \"\"hi\"\"\"\nок,,x\n")
        var reader = try DelimitedTextReader(path: path)
        #expect(try reader.nextRaw())
        #expect(reader.withRawField(0) { String(decoding: $0, as: UTF8.self) } == "plain")
        #expect(reader.withRawField(1) { String(decoding: $0, as: UTF8.self) } == "quoted, yes")
        #expect(reader.withRawField(2) { _ in true } == nil)   // a doubled quote needs undoing
        #expect(try reader.fieldString(2) == "say \"hi\"")
        #expect(try reader.nextRaw())
        #expect(reader.currentLine == 3)
        #expect(try reader.fieldString(0) == "ок")
        #expect(reader.withRawField(1) { $0.count } == 0)
        #expect(reader.error("bad", field: 2) == TabularTextError(file: path, line: 3, column: 5, message: "bad"))
        #expect(try !reader.nextRaw())
    }

    @Test func streamingReportsErrorsAtTheirPlace() throws {
        let directory = try TemporaryDirectory()
        let padding = String(repeating: "p,q\n", count: 400_000)
        let ragged = try directory.write("ragged.csv", "a,b\n" + padding + "1,2,3\n")
        #expect(throws: TabularTextError(file: ragged, line: 400_002, column: 5,
                                         message: "this row has 3 fields but the header has 2; check for a missing or extra ',' or an unclosed quote")) {
            var reader = try DelimitedTextReader(path: ragged)
            while try reader.nextRaw() {}
        }
        let unclosed = try directory.write("unclosed.csv", "a,b\n" + padding + "1,\"open\n")
        #expect(throws: TabularTextError.self) {
            var reader = try DelimitedTextReader(path: unclosed)
            while try reader.next() != nil {}
        }
        #expect(throws: ChunkedFile.OpenError.self) { try DelimitedTextReader(path: directory.path("missing.csv")) }
    }
}
