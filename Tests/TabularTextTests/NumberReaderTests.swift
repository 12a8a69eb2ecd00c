import TabularText
import Testing

/// Number formats as spreadsheets write them: decimal point or comma, thousands by `.`, `,` or
/// any space, worked out per file.
@Suite struct NumberReaderTests {
    func values(_ fields: [String], delimiter: Character = ";", options: NumberFormatOptions = NumberFormatOptions())
        -> [Result<NumberReader.Reading, NumberReader.Problem>] {
        var reader = NumberReader(options: options, delimiter: UInt8(ascii: delimiter.unicodeScalars.first ?? ";"))
        return fields.enumerated().map { reader.read($1, line: $0 + 2) }
    }

    @Test func eachFormatReadsItsOwnNumbers() {
        let point = NumberFormat(decimalMark: .point)
        let comma = NumberFormat(decimalMark: .comma)
        #expect(point.value(of: "1,234.5") == .success(1234.5))
        #expect(point.value(of: "1 234 567.25") == .success(1_234_567.25))
        #expect(point.value(of: "1\u{A0}234") == .success(1234))          // no-break space
        #expect(point.value(of: "-1\u{202F}234") == .success(-1234))      // narrow no-break space
        #expect(point.value(of: "1\u{2009}234.5") == .success(1234.5))    // thin space
        #expect(point.value(of: " 0.125 ") == .success(0.125))
        #expect(point.value(of: "1.5e6") == .success(1.5e6))
        #expect(point.value(of: "") == .success(nil))
        #expect(comma.value(of: "1.234,5") == .success(1234.5))
        #expect(comma.value(of: "1 234,5") == .success(1234.5))
        #expect(comma.value(of: "3,75") == .success(3.75))
        // Groups after the first have three digits; the first one to three, not starting with 0.
        #expect(point.value(of: "1,23") == .failure(.notANumber))
        #expect(point.value(of: "1234,567") == .failure(.notANumber))
        #expect(comma.value(of: "0.125") == .failure(.notANumber))
        #expect(comma.value(of: "1,2,3") == .failure(.notANumber))
        #expect(point.value(of: "1,234e5") == .failure(.notANumber))
        #expect(point.value(of: "1e999") == .failure(.notFinite))
        #expect(point.value(of: "NaN") == .failure(.notFinite))
        #expect(point.value(of: "12 kg") == .failure(.notANumber))
        #expect(NumberFormat(decimalMark: .point, thousands: NumberFormat.Thousands.none).value(of: "1,234") == .failure(.notANumber))
    }

    @Test func theFirstUnambiguousNumberDecidesTheFile() {
        let readings = values(["1.746", "2,5", "1.5"])
        guard case .success(.pending(let pending)) = readings[0] else { Issue.record("1.746 is pending"); return }
        #expect(pending.withPoint == 1.746 && pending.withComma == 1746)
        #expect(readings[1] == .success(.value(2.5)))
        #expect(readings[2] == .failure(.otherFormat(.point, decidedBy: "2,5", line: 3)))

        var reader = NumberReader(options: NumberFormatOptions(), delimiter: UInt8(ascii: ";"))
        _ = reader.read("1.746", line: 2)
        #expect(reader.resolve(pending) == nil)       // nothing decided yet: ambiguous
        _ = reader.read("0.5", line: 3)
        #expect(reader.decimalMark == .point)
        #expect(reader.resolve(pending) == 1.746)
    }

    @Test func commaSeparatedFilesFallBackToAPoint() {
        var reader = NumberReader(options: NumberFormatOptions(), delimiter: UInt8(ascii: ","))
        guard case .success(.pending(let pending)) = reader.read("1.746", line: 2) else { Issue.record("pending"); return }
        #expect(reader.resolve(pending) == 1.746)
    }

    @Test func optionsFixTheFormat() {
        #expect(values(["1.746"], options: NumberFormatOptions(decimalComma: true)) == [.success(.value(1746))])
        #expect(values(["1.746"], options: NumberFormatOptions(thousands: NumberFormat.Thousands.none)) == [.success(.value(1.746))])
        #expect(values(["1,746"], options: NumberFormatOptions(thousands: .comma)) == [.success(.value(1746))])
        #expect(values(["1 746,5"], options: NumberFormatOptions(thousands: .space)) == [.success(.value(1746.5))])
        #expect(NumberFormat.Thousands(argument: "space") == .space)
        #expect(NumberFormat.Thousands(argument: "x") == nil)
    }

    @Test func spacesOnlyGroupAndPlainNumbersDecideNothing() {
        var reader = NumberReader(options: NumberFormatOptions(), delimiter: UInt8(ascii: "\t"))
        #expect(reader.read("1 234", line: 2) == .success(.value(1234)))
        #expect(reader.read("17", line: 3) == .success(.value(17)))
        #expect(reader.decimalMark == nil)
    }

    @Test func messagesCutLongFields() {
        let long = String(repeating: "x", count: 1_000)
        let message = NumberReader.Problem.notANumber.message(long, what: "weight")
        #expect(message.hasPrefix("weight 'xxxx"))
        #expect(message.contains("…' (1,000 characters) is not a number"))
        #expect("cement".quotedForMessage == "'cement'")
    }

    @Test func excelSeparatorLineNamesTheDelimiter() throws {
        var reader = try DelimitedTextReader(bytes: Array("\u{FEFF}sep=;\r\na;b\n1,5;2\n".utf8), fileName: "x.csv")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.header == ["a", "b"])
        #expect(reader.headerLine == 2)
        #expect(try reader.next()?.fields == ["1,5", "2"])
        let quoted = try DelimitedTextReader(bytes: Array("\"sep=,\"\na,b\n".utf8), fileName: "x.csv")
        #expect(quoted.header == ["a", "b"])
    }

    @Test func nulBytesAreRefusedWhereTheyStand() {
        #expect(throws: TabularTextError(file: "x.csv", line: 2, column: 4, message: "a NUL byte (0x00) in a field; a text file "
                + "holds none — save the file as UTF-8 text (a binary file, or UTF-16 without a byte-order mark, looks like this)")) {
            var reader = try DelimitedTextReader(bytes: Array("a,b\nx,y\u{0}z\n".utf8), fileName: "x.csv")
            _ = try reader.next()
        }
    }

    @Test func aRewoundReaderStartsAfterTheHeader() throws {
        var reader = try DelimitedTextReader(bytes: Array("sep=,\na,b\n1,2\n3,4\n".utf8), fileName: "x.csv")
        while try reader.next() != nil {}
        var again = try reader.rewound()
        let first = try again.next()
        #expect(first?.fields == ["1", "2"])
        #expect(first?.line == 3)
    }
}
